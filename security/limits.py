"""Bounds on what a query string can ask of the database, for every URL.

Control characters (NUL among them, which PostgreSQL refuses in text) are removed from every
query parameter; search parameters are cut to 200 characters and other values to 1,000. A
100 kB search is thus an ordinary search, and no filter value reaches a query unbounded.

Parameters that name an id, an offset, a limit or a page number anywhere on the site (``id``,
``offset``, ``limit``, ``child_of``, ``p``...) must be whole numbers that a database integer
holds, and parameters that name a model (``create_model``) must name an installed one: anything
else is a 400 with a message in the reader's language before any view runs
(``BadInputMiddleware``, after ``LocaleMiddleware``; ``home/bounds.py``).
Views of Wagtail's that read other request data without checking it (its link choosers, the
workflow task chooser) raise ``ValueError``, ``OverflowError`` or a missing-key error on
crafted input: ``BadInputMiddleware`` answers those with the same 400, and logs them.
"""

import logging
import re

from django.apps import apps
from django.core.paginator import InvalidPage
from django.http import HttpResponseBadRequest, JsonResponse, QueryDict
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from home.bounds import parse_bounded

logger = logging.getLogger(__name__)

SEARCH_PARAMETERS = {"q", "search", "query"}
# Names that are ids, offsets or limits wherever they appear (Wagtail's API and admin API).
INTEGER_PARAMETERS = {
    "id",
    "offset",
    "limit",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "parent_page_id",  # the admin's link choosers put it into a URL unchecked
    "p",  # the admin's page number: Wagtail's workflow editor reads it with a bare ``int()``
}
# Names that name a model as ``app_label.model_name`` (Wagtail's workflow task chooser looks
# ``create_model`` up unchecked: ``ValueError`` or ``LookupError``).
MODEL_PARAMETERS = {"create_model"}
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


def names_a_model(value):
    """Whether ``value`` is ``app_label.model_name`` of an installed model."""
    app_label, dot, model_name = value.partition(".")
    if not dot:
        return False
    try:
        apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return False
    return True


def bad_request(request, message):
    """A 400 with ``message``: JSON for the APIs, a page of the site otherwise."""
    if "/api/" in request.path:
        return JsonResponse({"message": message}, status=400)
    try:
        body = render_to_string("400.html", {"message": message}, request=request)
    except Exception:  # The error page must not fail in turn (no site for this host...).
        logger.warning("400 page not rendered", exc_info=True)
        body = message
    return HttpResponseBadRequest(body)


def patch_wagtail_input_defects():
    """Wagtail's link chooser validator calls ``None.startswith`` when its field is missing
    from the POST (an AttributeError, a 500): a missing value is not an absolute path."""
    from wagtail.admin.forms.choosers import URLOrAbsolutePathValidator

    URLOrAbsolutePathValidator.is_absolute_path = staticmethod(
        lambda value: isinstance(value, str) and value.startswith("/")
    )


class BadInputMiddleware:
    """Ids, offsets and limits that a database integer cannot hold, and crafted request data
    that a view parses without checking, are a 400 with a message, not a 500."""

    # ValueError and OverflowError: ``int()`` of a crafted number; UnicodeError: undecodable
    # bytes; LookupError: a crafted name looked up unchecked (Wagtail's task chooser resolves
    # ``create_model``, its link chooser reads form keys: KeyError, MultiValueDictKeyError);
    # InvalidPage: a page number outside the list (Wagtail's workflow editor pages its pages
    # with ``Paginator.page``).
    BAD_INPUT = (ValueError, OverflowError, UnicodeError, LookupError, InvalidPage)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # After LocaleMiddleware, so that the message is in the reader's language.
        for name in INTEGER_PARAMETERS.intersection(request.GET):
            if any(parse_bounded(value) is None for value in request.GET.getlist(name)):
                return bad_request(
                    request,
                    _("%(name)s must be a whole number from 0 to 2147483647.") % {"name": name},
                )
        for name in MODEL_PARAMETERS.intersection(request.GET):
            if any(not names_a_model(value) for value in request.GET.getlist(name)):
                return bad_request(
                    request,
                    _("%(name)s does not name a kind of content of the portal.") % {"name": name},
                )
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, self.BAD_INPUT):
            return None
        # Kept in the log with its traceback: a 400 here may also hide a bug of ours.
        logger.warning(
            "Bad input answered with 400: %s %s", request.method, request.path, exc_info=exception
        )
        return bad_request(request, _("Some of the data sent with this request is not valid."))
