from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control
from wagtail.models import Locale, Page, Site

from home.channels import site_home
from home.mixins import paginate
from home.search import clean_query, search_pages


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
    if query:
        # This site's pages only, which include the items shown on it as channel aliases.
        home = site_home(request)
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        pages = pages.descendant_of(home, inclusive=True) if home else pages.none()
        page_obj = paginate(request, search_pages(pages, query))
        # Turn the page of results into specific pages in one query per page type.
        specific = {
            p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in page_obj]).specific()
        }
        page_obj.object_list = [specific[p.pk] for p in page_obj if p.pk in specific]
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": page_obj},
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
