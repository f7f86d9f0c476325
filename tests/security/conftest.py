# The review chain's people and units (tests/workflows/conftest.py) serve these tests too.
from tests.workflows.conftest import chain  # noqa: F401 -- a fixture, used by name
