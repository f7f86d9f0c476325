"""Vietnamese search that ignores diacritics alike on SQLite and PostgreSQL.

Pages index ASCII-folded copies of their text (``title_folded``, ``text_folded``) and every query
is folded the same way, so ``tuyen truyen`` finds ``tuyên truyền`` and ``Dong Nam A`` finds
``Đông Nam Á`` without a database extension (see the shared notes on Vietnamese search).
"""

import unicodedata

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


def _is_word_character(character):
    # Letters (L*), combining marks (M*: Vietnamese tones typed as separate marks) and numbers
    # (N*). Everything else is punctuation, a symbol, a control or format character (RTL marks)
    # or a lone surrogate: separators to both search engines, syntax to some of them.
    return unicodedata.category(character)[0] in "LMN"


def quote_query(text):
    """User text as a query that every search backend reads as plain words, nothing else.

    SQLite's full-text engine (FTS5) reads ``"``, ``*``, ``^``, ``:``, ``(``, ``)``, ``+``,
    ``-`` and ``NEAR(`` as syntax and fails on an unbalanced one; PostgreSQL's ``to_tsquery``
    reads ``&|!:*'()\\``. Both tokenizers treat every character that is not a letter, mark or
    number as a separator, so replacing those by spaces changes no match: it only removes the
    syntax. Words such as ``AND`` or ``NEAR`` stay: the backends quote each word as a term.

    Every path from user text to a search backend passes here: the public search
    (``search_pages``), and the project's search backend (``home.search_backend``), which runs
    it on every query Wagtail builds (the API's ``search``, the admin's searches and choosers).
    """
    text = unicodedata.normalize("NFC", str(text or "")[: MAX_QUERY_LENGTH * 2])
    words = "".join(c if _is_word_character(c) else " " for c in text)
    return " ".join(words.split())[:MAX_QUERY_LENGTH].strip()


def search_pages(queryset, query, order_by_relevance=True):
    """Search ``queryset`` for the folded ``query`` (all words must match)."""
    return queryset.search(
        quote_query(fold(query)), operator="and", order_by_relevance=order_by_relevance
    )


# Beyond this many matches the public search neither counts nor ranks them all.
RESULTS_CAP = 1000


def capped_search(queryset, query):
    """``(results, count, capped)`` of the public search.

    Counting and ranking every match of a common word read every item's text (at 10,000 items a
    count took 133 ms and a page of ranked results 239 ms, docs/performance.md). The matches are
    counted up to ``RESULTS_CAP`` + 1 only; when there are more, the first ``RESULTS_CAP`` are
    shown newest first (readers of a ministry's news want the latest, and more words narrow the
    search), otherwise all of them, by relevance."""
    # The id stands for the age: pages are numbered as they are created.
    newest = search_pages(queryset.order_by("-id"), query, order_by_relevance=False)
    count = newest[: RESULTS_CAP + 1].count()
    if count > RESULTS_CAP:
        return newest[:RESULTS_CAP], RESULTS_CAP, True
    return search_pages(queryset, query), count, False
