"""Vietnamese search that ignores diacritics alike on SQLite and PostgreSQL.

Pages index ASCII-folded copies of their text (``title_folded``, ``text_folded``) and every query
is folded the same way, so ``tuyen truyen`` finds ``tuyên truyền`` and ``Dong Nam A`` finds
``Đông Nam Á`` without a database extension (see the shared notes on Vietnamese search).
"""

import unicodedata

from anyascii import anyascii
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, IntegerField, OuterRef, Subquery
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, get_page_models

from home.visibility import public_q, public_row_q, visible

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


def capped_search(pages, query):
    """``(results, count, capped)`` of the public search among ``pages`` (the site's pages in the
    reader's language), of which only the public ones are searched (``home.visibility``).

    Counting and ranking every match of a common word read every item's text (at 10,000 items a
    count took 133 ms and a page of ranked results 239 ms, docs/performance.md). The matches are
    counted up to ``RESULTS_CAP`` + 1 only; when there are more, the first ``RESULTS_CAP`` are
    shown newest first (readers of a ministry's news want the latest, and more words narrow the
    search), otherwise all of them, by relevance."""
    if connection.vendor == "postgresql":
        found = _capped_search_postgresql(pages, query)
        if found is not None:
            return found
    pages = visible(pages)
    # The id stands for the age: pages are numbered as they are created.
    newest = search_pages(pages.order_by("-id"), query, order_by_relevance=False)
    count = newest[: RESULTS_CAP + 1].count()
    if count > RESULTS_CAP:
        return newest[:RESULTS_CAP], RESULTS_CAP, True
    return search_pages(pages, query), count, False


# PostgreSQL ---------------------------------------------------------------------------------
# Wagtail's query joins every page in scope to its index entry and, with ``visible()``'s
# ``pk IN (public pages)``, lists every public page first: 40-50 ms for a word in all 12,000
# items of a language, however few results are shown. Two shapes serve the two kinds of word:
#
# - a word found in most of the newest items is found by reading the items newest first (the
#   primary key backwards), each checked against its own index entry, and stopping at the
#   ``RESULTS_CAP`` + 1st match: the cost follows the cap, not the number of matches;
# - any other word is found through the GIN index on the search vector (migration 0007), and
#   the newest ``RESULTS_CAP`` + 1 public pages among its matches are read in one query that
#   gives both the count and the results, without a second search.
#
# The newest ``DENSITY_SAMPLE`` public pages tell which shape to use (the walk when more than
# half of them match); the walk reads at most twice the cap, after which the GIN index answers
# (a word common only lately).
DENSITY_SAMPLE = 100


def _capped_search_postgresql(pages, query):
    """``capped_search`` on PostgreSQL with Wagtail's database backend; ``None`` when that
    backend is not in use or the query has no word (Wagtail's own path answers then)."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
    from wagtail.search.models import IndexEntry

    if not quote_query(fold(query)):
        return None
    searched = search_pages(pages, query, order_by_relevance=False)
    compiler = getattr(searched, "query_compiler", None)
    if not isinstance(compiler, PostgresSearchQueryCompiler):
        return None
    # The backend's own expression: the same words, configuration and vector as its searches
    # (``title || body``, the expression that the GIN index is built on).
    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(searched.backend))
    entries = IndexEntry.objects.annotate(
        _vector=CombinedExpression(F("title"), "||", F("body"))
    ).filter(_vector=tsquery)
    now = timezone.now()
    public = pages.filter(public_row_q(now)).order_by("-pk")

    # Whether a page matches, as a subquery per page that PostgreSQL cannot turn into a join:
    # one look-up in the entries' unique index (content type, object id); a page is indexed
    # under its own (specific) content type.
    match = Subquery(
        entries.filter(
            content_type_id=OuterRef("content_type_id"),
            object_id=Cast(OuterRef("pk"), CharField(max_length=50)),
        ).values("pk")[:1]
    )
    walk = public.annotate(_match=match)
    sample = list(walk.values_list("_match", flat=True)[:DENSITY_SAMPLE])
    if sum(m is not None for m in sample) * 2 > len(sample):
        newest = NewestMatches(walk)
        if newest.more_than_cap():
            return newest, RESULTS_CAP, True

    page_ids = entries.filter(
        content_type_id__in=[
            ct.pk for ct in ContentType.objects.get_for_models(*get_page_models()).values()
        ]
    ).values(page_id=Cast("object_id", IntegerField()))
    # Here the rule as a join (``public_q``): every match is read, and PostgreSQL, which costs
    # the alias's subquery for every row, would compile the query (JIT, 30 ms) for its cost.
    matching = pages.filter(public_q(now), pk__in=page_ids).order_by("-pk")
    ids = list(matching.values_list("pk", flat=True)[: RESULTS_CAP + 1])
    if len(ids) > RESULTS_CAP:
        return Page.objects.filter(pk__in=ids[:RESULTS_CAP]).order_by("-pk"), RESULTS_CAP, True
    if not ids:
        return Page.objects.none(), 0, False
    return search_pages(Page.objects.filter(pk__in=ids), query), len(ids), False


class NewestMatches:
    """The first ``RESULTS_CAP`` matches of a common word, newest first, as the paginator reads
    them: each slice is one query that reads the newest pages by the primary key backwards and
    stops after the slice's last match.

    ``walk`` is the public pages newest first, annotated with ``_match``. Its SQL is wrapped in
    an outer query that skips the pages without a match (Django cannot filter a sliced queryset):
    the inner ``LIMIT``, twice the cap, keeps PostgreSQL to the newest pages (read one by one in
    the primary key's order) and bounds the work; the outer ``OFFSET`` and ``LIMIT`` stop it.
    Filtering on the annotation in Django's own query would run each page's subquery twice.

    PostgreSQL costs each page's subqueries as if they all ran: about 76,000 for the deepest
    slice at the default cost settings, below the cost at which it compiles a query to machine
    code first (``jit_above_cost``, 100,000), 30 ms of compiling for a query of 10."""

    ordered = True

    def __init__(self, walk):
        self.walk = walk

    def _sql(self, queryset):
        sql, params = queryset[: 2 * (RESULTS_CAP + 1)].query.sql_with_params()
        return f"SELECT * FROM ({sql}) walk WHERE walk._match IS NOT NULL", params  # noqa: S608 -- Django's own SQL

    def more_than_cap(self):
        """Whether more than ``RESULTS_CAP`` of the newest ``2 * (RESULTS_CAP + 1)`` pages
        match (when they do not, the search index answers)."""
        sql, params = self._sql(self.walk.values("pk", "_match"))
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} OFFSET %s LIMIT 1", (*params, RESULTS_CAP))
            return cursor.fetchone() is not None

    def count(self):
        return RESULTS_CAP

    def __len__(self):
        return RESULTS_CAP

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("NewestMatches reads slices only")
        start = max(key.start or 0, 0)
        stop = min(RESULTS_CAP if key.stop is None else key.stop, RESULTS_CAP)
        if stop <= start:
            return []
        sql, params = self._sql(self.walk)
        return list(
            self.walk.model.objects.raw(f"{sql} OFFSET %s LIMIT %s", (*params, start, stop - start))
        )
