"""The project's search backend: Wagtail's database backend, with every query quoted first.

Wagtail's views (the admin's page, image, document, form and snippet searches, its choosers,
the API's ``search``) hand the user's text to the search backend as they received it, and
SQLite's full-text engine fails on a stray ``"`` or ``NEAR(`` with an error, a 500. Configured
in ``WAGTAILSEARCH_BACKENDS``, this backend runs ``home.search.quote_query`` on every text in
the query (plain text, phrases, and the parts of ``And``/``Or``/``Not``/``Boost``) before the
backend builds its SQLite or PostgreSQL expression, so no caller can forget it.
https://docs.wagtail.org/en/stable/topics/search/backends.html
"""

from functools import cache

from wagtail.search.backends.database import SearchBackend as database_search_backend
from wagtail.search.query import MATCH_ALL, And, Boost, Not, Or, Phrase, PlainText

from home.search import quote_query

# What a query without a single word finds: nothing, as a queryset of the searched model (an
# empty string would give results without a model, which the admin's listings cannot show).
NOTHING = Not(MATCH_ALL)


def quoted(query):
    """``query`` (a string or Wagtail search query) with its texts quoted; ``NOTHING`` when no
    word is left."""
    query = _quoted(query)
    return NOTHING if query == "" else query


def _quoted(query):
    if isinstance(query, str):
        return quote_query(query)
    if isinstance(query, PlainText):
        text = quote_query(query.query_string)
        return PlainText(text, operator=query.operator, boost=query.boost) if text else ""
    if isinstance(query, Phrase):
        text = quote_query(query.query_string)
        return Phrase(text) if text else ""
    if isinstance(query, (And, Or)):
        parts = [part for part in (_quoted(sub) for sub in query.subqueries) if part != ""]
        if not parts:
            return ""
        return parts[0] if len(parts) == 1 else type(query)(parts)
    if isinstance(query, Not):
        inner = _quoted(query.subquery)
        return Not(inner) if inner != "" else ""
    if isinstance(query, Boost):
        inner = _quoted(query.subquery)
        return Boost(inner, query.boost) if inner != "" else ""
    return query  # MATCH_ALL and other queries that carry no user text


class QuotedQueryMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if self.fts_columns_only and kwargs.get("fields"):
            # SQLite's backend would use the model's field names (``name``) as columns of its
            # full-text table, which has only ``title``, ``body`` and ``autocomplete``: "no
            # such column", a 500 on every search of a snippet listing with ``search_fields``.
            # The model's whole index entry is searched instead.
            kwargs["fields"] = None
        return super()._search(query_compiler_class, quoted(query), model_or_queryset, **kwargs)


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend module
    """The database backend Wagtail picks for the database in use (SQLite FTS5, PostgreSQL,
    or the fallback), with queries quoted."""
    return quoted_backend_class(type(database_search_backend(params)))(params)


@cache
def quoted_backend_class(backend_class):
    fts_columns_only = backend_class.__module__.endswith(".sqlite.sqlite")
    return type(
        f"Quoted{backend_class.__name__}",
        (QuotedQueryMixin, backend_class),
        {"fts_columns_only": fts_columns_only},
    )
