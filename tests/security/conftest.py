# The review chain's people and units (tests/workflows/conftest.py) serve these tests too.
from tests.workflows.conftest import chain  # noqa: F401 -- a fixture, used by name

# Lines that tests/security/test_fuzz.py reports: printed in the terminal summary, so that CI's
# output shows them without ``-s``.
FUZZ_SUMMARY = []


def pytest_terminal_summary(terminalreporter):
    for line in FUZZ_SUMMARY:
        terminalreporter.write_line(line)
