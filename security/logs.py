"""Log lines that cannot be forged, and structured logs for production.

User-controlled values reach log lines (the user name typed at a failed sign-in, paths, query
strings). A newline in one would start a line that looks like another event, say a fake
``portal.audit`` sign-in. ``EscapeControlCharacters``, a filter on every handler
(``LOGGING`` in ``cms/settings/base.py``), writes control characters of the message and its
arguments as escapes (``\\n``, ``\\x1b``, ``\\u2028``), so one event is always one line.
Production writes one JSON object a line (``JSONFormatter``), which log collectors read
without guessing where a message ends.
"""

import datetime
import json
import logging
import re

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def escape_controls(text):
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class EscapeControlCharacters(logging.Filter):
    """Formats the record's message once, with its control characters escaped."""

    def filter(self, record):
        if not getattr(record, "controls_escaped", False):
            try:
                message = record.getMessage()
            except Exception:  # A bad format string: leave it to the handler's error path.
                return True
            record.msg, record.args = escape_controls(message), ()
            record.controls_escaped = True
        return True


class JSONFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, and the
    exception's traceback when there is one."""

    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
