"""Log lines cannot be forged: control characters in logged values are escaped by a filter on
every handler, and production writes one JSON object a line (``security/logs.py``)."""

import io
import json
import logging

import pytest
from django.conf import settings

from security.logs import EscapeControlCharacters, JSONFormatter
from tests.security.test_headers import production

pytestmark = pytest.mark.django_db

FORGED = "someone\n2026-12-04 portal.audit login actor=admin ip=10.0.0.1 target=admin"


@pytest.fixture
def audit_output():
    """What the configured ``portal.audit`` handlers write."""
    # The handlers LOGGING configured (pytest adds its own capturing handlers too).
    handlers = [
        h for h in logging.getLogger("portal.audit").handlers if type(h) is logging.StreamHandler
    ]
    assert handlers
    streams = [handler.setStream(io.StringIO()) for handler in handlers]
    yield handlers
    for handler, stream in zip(handlers, streams, strict=True):
        handler.setStream(stream)


def test_a_newline_in_a_sign_in_user_name_writes_one_audit_line(client, chain, audit_output):
    client.post("/admin/login/", {"username": FORGED, "password": "sai"})
    written = audit_output[0].stream.getvalue()
    lines = written.splitlines()
    # One line for the failure, with the newline escaped; no line that starts like an event.
    assert len([line for line in lines if "login_failed" in line]) == 1, written
    assert "actor=someone\\n2026-12-04 portal.audit login actor=admin" in written
    assert not any(line.startswith("2026-12-04") for line in lines), written


def test_every_handler_escapes_control_characters():
    for name, handler in settings.LOGGING["handlers"].items():
        assert "escape_controls" in handler.get("filters", []), name
    record = logging.LogRecord(
        "portal.audit", logging.INFO, __file__, 1, "login %s", ("a\r\nb\x1b[31m\u2028c",), None
    )
    EscapeControlCharacters().filter(record)
    assert record.getMessage() == "login a\\r\\nb\\x1b[31m\\u2028c"


def test_production_logs_are_one_json_object_a_line():
    record = logging.LogRecord(
        "portal.audit", logging.INFO, __file__, 1, "login_failed actor=%s", (FORGED,), None
    )
    line = JSONFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["logger"] == "portal.audit"
    assert entry["level"] == "INFO"
    assert entry["message"] == f"login_failed actor={FORGED}"


def test_production_settings_use_the_json_formatter():
    result = production(
        "from django.conf import settings as s; "
        "print(s.LOGGING['handlers']['console']['formatter'], "
        "s.LOGGING['formatters']['json']['()'], s.LOGGING['handlers']['console']['filters'])"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["json", "security.logs.JSONFormatter", "['escape_controls']"]
