import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.formats import get_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control, never_cache
from wagtail.models import Locale, Page, Site

from home.channels import site_home
from home.mixins import paginate
from home.search import RESULTS_CAP, capped_search, clean_query

logger = logging.getLogger(__name__)


def redirect_default_language_prefix(request, rest=None):
    """Redirect ``/vi/<rest>`` to ``/<rest>``: Vietnamese pages live at the root.

    Leading slashes and backslashes are stripped so that ``/vi//evil.example`` cannot become a
    protocol-relative redirect to another host.
    """
    target = "/" + (rest or "").lstrip("/\\")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        target = "/"
    query = request.META.get("QUERY_STRING", "")
    if query:
        target = f"{target}?{query}"
    return HttpResponsePermanentRedirect(target)


def search(request):
    """Site search in the reader's language; diacritics do not matter."""
    query = clean_query(request.GET.get("q"))
    page_obj = None
    capped = False
    if query:
        # This site's pages only, which include the items shown on it as channel aliases.
        home = site_home(request)
        # Only public pages are searched: capped_search applies the visibility rule.
        pages = Page.objects.filter(locale=Locale.get_active())
        pages = pages.descendant_of(home, inclusive=True) if home else pages.none()
        results, count, capped = capped_search(pages, query)
        page_obj = paginate(request, results, count=count)
        # Turn the page of results into specific pages in one query per page type.
        specific = {
            p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in page_obj]).specific()
        }
        page_obj.object_list = [specific[p.pk] for p in page_obj if p.pk in specific]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results": page_obj,
            "results_capped": capped,
            # "1.000" in Vietnamese, "1,000" in English.
            # (Django's Vietnamese formats set no digit grouping.)
            "results_cap": f"{RESULTS_CAP:,}".replace(",", get_format("THOUSAND_SEPARATOR")),
        },
    )


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@cache_control(public=True, max_age=60 * 60 * 24)
def root_icon(request, name):
    """``/favicon.ico`` and ``/apple-touch-icon.png``: browsers and phones ask the site's root
    for them whatever the pages link; they are static files, under their hashed names."""
    return HttpResponsePermanentRedirect(static(f"icons/{name}"))


@cache_control(public=True, max_age=60 * 60 * 24 * 365, immutable=True)
def site_stylesheet(request):
    """The current site's colours as CSS custom properties (``SiteBranding``). A stylesheet
    rather than a ``style`` attribute, which the content security policy forbids. Pages link
    it with ``?v=<version>``, which changes with the colours, so it can be cached for a year."""
    from home.models import SiteBranding

    if Site.find_for_request(request) is None:
        raise Http404
    branding = SiteBranding.for_request(request)
    return HttpResponse(branding.stylesheet(), content_type="text/css; charset=utf-8")


# Health probes for load balancers and Kubernetes (deploy/k8s/web.yaml). They answer JSON for
# machines, are never cached, and sit outside i18n_patterns so that they have one address.


@never_cache
def healthz(request):
    """Liveness: the process answers. Touches neither the database nor the cache, so that a
    database outage does not get every app server restarted."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Readiness: this server can serve pages, i.e. reaches the database and the cache.
    503 while either is down, so that the load balancer sends requests elsewhere."""
    checks = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("Readiness check: database unreachable", exc_info=True)
        checks["database"] = "unavailable"
    key, value = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        # django-redis is configured to swallow connection errors (IGNORE_EXCEPTIONS), so an
        # unreachable Redis shows up as a value that does not come back.
        if cache.get(key) != value:
            checks["cache"] = "unavailable"
        cache.delete(key)
    except Exception:  # Any cache backend's connection error means "not ready".
        logger.warning("Readiness check: cache unreachable", exc_info=True)
        checks["cache"] = "unavailable"
    ready = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )
