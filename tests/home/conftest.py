# The review chain (units, people, workflow) for tests of items that go through it.
from tests.workflows.conftest import chain  # noqa: F401 -- a fixture, used by name
