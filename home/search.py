"""Vietnamese search that ignores diacritics alike on SQLite and PostgreSQL.

Pages index ASCII-folded copies of their text (``title_folded``, ``text_folded``) and every query
is folded the same way, so ``tuyen truyen`` finds ``tuyên truyền`` and ``Dong Nam A`` finds
``Đông Nam Á`` without a database extension (see the shared notes on Vietnamese search).
"""

from anyascii import anyascii
from django.utils.html import strip_tags

# Longer queries are cut: nobody types more, and it bounds the work a request can cause.
MAX_QUERY_LENGTH = 200


def fold(text):
    """``"Đông Nam Á"`` -> ``"dong nam a"``."""
    return anyascii(strip_tags(text or "")).lower()


def stream_text(stream_value):
    """The searchable text of a StreamField value."""
    if not stream_value:
        return ""
    return " ".join(
        str(part) for part in stream_value.stream_block.get_searchable_content(stream_value)
    )


def clean_query(raw):
    return " ".join((raw or "")[:MAX_QUERY_LENGTH].split())


def search_pages(queryset, query):
    """Search ``queryset`` for the folded ``query`` (all words must match)."""
    return queryset.search(fold(query), operator="and")
