"""Every URL pattern of the project, filled with hostile values, never answers a 500.

The test walks Django's resolver (the public site in both languages, the API, the admin with
every Wagtail and project view), and for each pattern, as an anonymous reader, a journalist and
an administrator:

- fills each path converter with each hostile value. A value that the converter refuses (``x``
  for ``<int:pk>``) never reaches the view: the resolver answers 404 without calling it, which
  is checked with ``resolve()`` and, once per value, over HTTP;
- fills the query parameters the view reads with each hostile value: the names found in the
  view's source (``request.GET.get("year")``, ``"theme" in params``...), its filter set's
  fields, and the generic ones (``q``, ``p``, ``page``, ``ordering``, ``offset``, ``limit``...);
- posts each form the view shows with its fields missing, duplicated and hostile.

Values that never reach a view are checked once where they stop, not per view: ids, offsets
and limits (a 400 for every URL), a 100 kB value (cut to 1,000 characters for every URL: views
get the cut value), and the signed-out admin (the sign-in redirect comes first: one request per
pattern with every value).

It asserts that no answer is a 500 and reports the count "URL patterns × values" at the end of
the test run (``tests/security/conftest.py``), so that CI's output shows it.
"""

import inspect
import re
import time
from urllib.parse import quote, urlencode

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

from security.limits import INTEGER_PARAMETERS, MAX_VALUE_LENGTH, bounded
from tests.factories import EventPageFactory, NewsPageFactory
from tests.security.conftest import FUZZ_SUMMARY
from tests.workflows.conftest import as_user

pytestmark = pytest.mark.django_db

HUGE = "1" * 25
LONG = "tuyên truyền " * 8000  # about 100 kB
HOSTILE = [
    '"',
    "a\"b NEAR(x AND y* ^z) OR 'c:",  # SQLite FTS5 and PostgreSQL tsquery syntax
    "\x00",
    "\x01\x1b[31m\r\nportal.audit INFO forged",  # control characters, a forged log line
    HUGE,
    "-" + HUGE,
    "-1",
    LONG,
    "\ud800",  # a lone surrogate, sent as its (invalid) UTF-8 bytes
    "\u202ekcatta\u200fa\u0301\u0301\u0301",  # right-to-left override and mark, combining marks
    '<script>=HYPERLINK("x")</script>../../etc/passwd%00%25%',
]
# Query parameters every view may read: searches, pagination, ordering, exports, filters (ids,
# offsets and limits: security.limits.INTEGER_PARAMETERS).
GENERIC_PARAMETERS = [
    "q",
    "p",
    "page",
    "ordering",
    "order",
    "search",
    "search_operator",
    "export",
    "locale",
    "next",
    "year",
    "month",
    "unit",
    "theme",
    "type",
    "fields",
]
# Wagtail's style guide (a development tool) and its error-page test view, which raises on
# purpose to show the 500 page.
SKIPPED = re.compile(r"^admin/(styleguide|failwhale)/")
# Forms are posted only where posting cannot take the rest of the test's content away.
DESTRUCTIVE = re.compile(r"delete|unpublish|move|copy|lock|logout|revert|disable|reset")
# Values posted into every field of a form (all of them go into query parameters).
POSTED = ['"', HUGE, "\x00"]
READS = re.compile(
    r"""(?:GET|params|query|data)\s*(?:\.get(?:list)?\(|\[)\s*["'](\w+)["']"""
    r"""|["'](\w+)["']\s+(?:not\s+)?in\s+(?:self\.)?(?:request\.)?(?:GET|params)"""
)


def encode(value):
    return quote(value, safe="", errors="surrogatepass")


def walk(resolver, prefix=(), converters=()):
    """(route parts, converters, callback) for every pattern under ``resolver``."""
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        if isinstance(pattern, LocalePrefixPattern):
            part = ("locale", None)
        elif isinstance(pattern, RoutePattern):
            part = ("route", str(pattern._route))
        else:
            part = ("regex", pattern._regex)
        if isinstance(entry, URLResolver):
            yield from walk(entry, (*prefix, part), converters)
        elif isinstance(entry, URLPattern):
            yield (*prefix, part), entry


GROUP = re.compile(r"\(\?P<(\w+)>")
ROUTE_PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


def regex_template(regex):
    """``^(?P<pk>\\d+)/edit/$`` -> ``{pk}/edit/``; optional groups are left out."""
    out, i = [], 0
    regex = regex.lstrip("^").rstrip("$").replace(r"\Z", "")
    while i < len(regex):
        match = GROUP.match(regex, i)
        if match:
            depth, j = 1, match.end()
            while depth and j < len(regex):
                depth += {"(": 1, ")": -1}.get(regex[j], 0) if regex[j - 1] != "\\" else 0
                j += 1
            optional = regex[j : j + 1] == "?"
            if not optional:
                out.append("{" + match.group(1) + "}")
            i = j + (1 if optional else 0)
        elif regex[i] == "(" and regex[i + 1 : i + 2] != "?":
            # An unnamed group, passed to the view as a positional argument.
            depth, j = 1, i + 1
            while depth and j < len(regex):
                depth += {"(": 1, ")": -1}.get(regex[j], 0) if regex[j - 1] != "\\" else 0
                j += 1
            out.append("{arg" + str(len(out)) + "}")
            i = j
        elif regex[i] == "(":
            # A non-capturing optional group such as (?:/(?P<rest>.*))?: leave it out.
            depth, j = 1, i + 1
            while depth and j < len(regex):
                depth += {"(": 1, ")": -1}.get(regex[j], 0) if regex[j - 1] != "\\" else 0
                j += 1
            i = j + (1 if regex[j : j + 1] in ("?", "*") else 0)
        elif regex[i] == "\\" and i + 1 < len(regex):
            out.append(regex[i + 1])
            i += 2
        elif regex[i] in "?*+":
            i += 1
        else:
            out.append(regex[i])
            i += 1
    return "".join(out)


def template_of(parts, language):
    """A path template with ``{name}`` for each parameter, in ``language`` (vi: no prefix)."""
    out = []
    for kind, value in parts:
        if kind == "locale":
            out.append("" if language == "vi" else "en/")
        elif kind == "route":
            out.append(ROUTE_PARAMETER.sub(lambda m: "{" + m.group(2) + "}", value))
        else:
            out.append(regex_template(value))
    return "/" + "".join(out)


def view_source_names(callback):
    """Query parameter names the view's code reads, with its filter set's fields."""
    view = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    targets = [view] if view else [getattr(callback, "__wrapped__", callback)]
    names = set()
    for target in targets:
        classes = inspect.getmro(target) if inspect.isclass(target) else [target]
        for item in classes:
            if item is object:
                continue
            try:
                source = inspect.getsource(inspect.getmodule(item))
            except (OSError, TypeError):
                continue
            for match in READS.finditer(source):
                names.add(match.group(1) or match.group(2))
            filterset = getattr(item, "filterset_class", None)
            if filterset is not None:
                names.update(getattr(filterset, "base_filters", {}))
    return sorted(names)


@pytest.fixture
def content(chain, django_user_model):
    """Something of every kind for the views to find: live news and events, a draft, a
    form page, an image, a document; a journalist and an administrator."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    news = NewsPageFactory(
        parent=chain.tree.news_vi, locale=chain.tree.vi, lead_unit=chain.unit_a, title="Tin"
    )
    news.save_revision().publish()
    EventPageFactory(parent=chain.tree.events_vi, locale=chain.tree.vi, lead_unit=chain.unit_a)
    get_image_model().objects.create(title="Ảnh", file=get_test_image_file())
    from django.core.files.base import ContentFile

    get_document_model().objects.create(title="Tài liệu", file=ContentFile(b"x", name="t.txt"))
    admin = django_user_model.objects.create_superuser("fuzz-admin", "a@example.org", "x")
    return {
        "anonymous": None,
        "journalist": chain.people.journalist_a,
        "administrator": admin,
    }


def test_no_url_pattern_answers_500_to_hostile_values(client, content):
    client.raise_request_exception = False  # a 500 is recorded, and the walk goes on
    started = time.monotonic()
    patterns = []
    for parts, entry in walk(get_resolver()):
        for language in ("vi", "en") if any(k == "locale" for k, _v in parts) else ("vi",):
            template = template_of(parts, language)
            if SKIPPED.match(template.lstrip("/")):
                continue
            patterns.append((template, entry.callback))
    failures, requests, by_resolver = [], 0, 0

    def check(method, path, data=None):
        nonlocal requests
        requests += 1
        response = client.get(path) if method == "get" else client.post(path, data or {})
        if response.status_code >= 500:
            failures.append((method, path[:200], response.status_code))
        return response

    # The 404 answer itself, once per value, with and without the language prefix; ids,
    # offsets and limits, refused for every URL before any view (security/limits.py); a 100 kB
    # value, cut to 1,000 characters before any view (the views below get it cut).
    response = check("get", "/tim-kiem/?" + urlencode({"q": LONG, "theme": LONG}))
    if response.status_code != 200 or LONG[:MAX_VALUE_LENGTH] in response.content.decode():
        failures.append(("not cut", "/tim-kiem/", response.status_code))
    for value in HOSTILE:
        check("get", "/" + encode(value) + "/")
        check("get", "/en/" + encode(value) + "/")
        for name in sorted(INTEGER_PARAMETERS):
            for path in ("/tim-kiem/", "/api/v2/pages/", "/admin/"):
                if check("get", f"{path}?{name}={encode(value)}").status_code != 400:
                    failures.append(("not refused", path, name, value[:20]))

    seconds = {}
    for name, user in content.items():
        user_started = time.monotonic()
        as_user(client, user)
        for template, callback in patterns:
            parameters = re.findall(r"{(\w+)}", template)
            base = template.format(**dict.fromkeys(parameters, "1"))
            if user is None and template.startswith("/admin/"):
                # Signed out, the admin sends to sign-in before any view runs: once per
                # pattern, with every hostile value in its query string.
                hostile = [(f"v{i}", bounded("v", v)) for i, v in enumerate(HOSTILE)]
                check("get", f"{base}?{urlencode(hostile, errors='surrogatepass')}")
                continue
            # Ids, offsets and limits with these values never reach a view (checked above).
            names = sorted(
                (set(GENERIC_PARAMETERS) | set(view_source_names(callback))) - INTEGER_PARAMETERS
            )
            for value in HOSTILE:
                # Path converters.
                for parameter in parameters:
                    path = template.format(
                        **{p: encode(value) if p == parameter else "1" for p in parameters}
                    )
                    try:
                        match = resolve(path.split("?")[0])
                    except (Resolver404, UnicodeDecodeError):
                        match = None
                    if match is None or match.func is not callback:
                        by_resolver += 1  # refused by the converter: the view never runs
                        continue
                    check("get", path)
                # Query parameters, all set to the value as the view receives it (and one
                # duplicated).
                query = urlencode(
                    [(n, bounded(n, value)) for n in names] + [("q", "x")],
                    errors="surrogatepass",
                )
                response = check("get", f"{base}?{query}")
                if (
                    value in POSTED
                    and user is not None
                    and response.status_code == 200
                    and b"<form" in response.content
                    and not DESTRUCTIVE.search(template)
                ):
                    # The form the view shows, posted with every field hostile and duplicated,
                    # then with every field missing (formsets' management fields included).
                    fields = set(re.findall(rb'name="([\w\-]+)"', response.content))
                    fields.discard(b"csrfmiddlewaretoken")
                    check("post", base, {f.decode(): [value, value] for f in sorted(fields)})
                    if value == POSTED[0]:
                        check("post", base, {})
        seconds[name] = time.monotonic() - user_started
    elapsed = time.monotonic() - started
    FUZZ_SUMMARY.append(
        f"fuzz: {len(patterns)} URL patterns × {len(HOSTILE)} hostile values × "
        f"{len(content)} users: {requests} requests, {by_resolver} refused by a path "
        f"converter before the view, {len(failures)} answers 500, {elapsed:.0f} s ("
        + ", ".join(f"{name} {spent:.0f} s" for name, spent in seconds.items())
        + ")"
    )
    assert failures == []
