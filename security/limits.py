"""Bounds on what a query string can ask of the database, for every URL.

Control characters (NUL among them, which PostgreSQL refuses in text) are removed from every
query parameter; search parameters are cut to 200 characters and other values to 1,000. A
100 kB search is thus an ordinary search, and no filter value reaches a query unbounded.
"""

import re

from django.http import QueryDict

SEARCH_PARAMETERS = {"q", "search", "query"}
MAX_SEARCH_LENGTH = 200
MAX_VALUE_LENGTH = 1000
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def bounded(name, value):
    value = CONTROL.sub("", value)
    limit = MAX_SEARCH_LENGTH if name in SEARCH_PARAMETERS else MAX_VALUE_LENGTH
    return value[:limit]


class QueryLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.GET
        if any(
            CONTROL.search(value) or len(value) > MAX_SEARCH_LENGTH
            for values in query.lists()
            for value in values[1]
        ):
            cleaned = QueryDict(mutable=True)
            for name, values in query.lists():
                cleaned.setlist(name, [bounded(name, value) for value in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
