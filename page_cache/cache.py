"""The anonymous page cache: whole responses of public pages, feeds, calendars, the sitemap and
search, kept in Django's cache and never served after a publication that changes them.

How an entry stays fresh
------------------------
Each entry records the *versions* of what it depends on, read before the response was built:

- ``all``: everything on the site (menu, footer settings, snippets such as themes and units);
- ``listings``: every response that lists pages (home, index pages and their pages 2..n, feeds,
  calendars, sitemap, search): bumped by every publication, unpublication, move or deletion;
- ``path:<url path>`` and ``page:<id>``: one page, all its query strings, its old address after
  a change of slug and (for routable pages such as the events index) its sub-routes.

A hit is served only while every recorded version is still current. Purging therefore never
needs to know every query string (``?page=2``, filters) nor every cache backend key: bumping a
version invalidates every entry that depends on it, in every process, even when the version key
was evicted (a missing version is a miss). Versions are random, so a version reset after eviction
can never match an old entry. Versions are read before the response is built, so a publication
committed while a response is being rendered makes that response's entry stale at once.

Purging is done by ``page_cache.signal_handlers`` (synchronously, and again when the transaction
commits), and through ``wagtail.contrib.frontend_cache`` with ``PageCacheBackend`` below, so that
the same list of URLs also reaches the reverse proxy (``FRONTEND_CACHE_PURGE_URL``).
https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html

What is never cached
--------------------
Anything but anonymous GET/HEAD (a request with a session or messages cookie is treated as
signed in), responses other than 200, streaming responses, responses that set a cookie, use the
CSRF token (forms) or the session (``Vary: Cookie``), carry ``Cache-Control: private/no-cache/
no-store``, previews, the admin, and pages with view restrictions.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_max_age
from django.utils.translation import get_language
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page

from home.versions import (  # noqa: F401 -- the page cache's versions, named here as before
    ALL,
    KEY_PREFIX,
    LISTINGS,
    bump,
    bump_urls,
    cache_seconds,
    get_cache,
    page_dependency,
    path_dependency,
    read_versions,
    remembered,
    site_fragment,
    version_key,
)
from home.visibility import is_served_publicly

# Paths that are never cached, whatever the response (admin, documents behind permissions,
# the content API which has its own clients, alerts subscription with its tokens).
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/api/", "/alerts/", "/en/alerts/")


def _entry_key(request):
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: Django answers 400 itself; never cache it.
        return None
    raw = "\n".join(
        [
            request.scheme,
            host,
            request.path,
            request.META.get("QUERY_STRING", ""),
            get_language() or "",
        ]
    )
    return f"{KEY_PREFIX}:e:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_cacheable_request(request):
    if not cache_seconds() or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    # Signed-in readers carry the session cookie; reading request.user would cost a query.
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def mark_page(request, page):
    """Called before a Wagtail page is served: what its cache entry will depend on."""
    state = getattr(request, "_page_cache", None)
    if state is None:
        return
    # Only what the public may see (home/visibility.py: an alias follows its original's privacy).
    if getattr(request, "is_preview", False) or not is_served_publicly(page):
        state["refuse"] = True
        return
    url_parts = page.get_url_parts(request)
    page_path = url_parts[2] if url_parts else request.path
    state["page"] = True
    # The page's own class when it is specific (as Wagtail serves it): ``specific_class`` would
    # read its content type.
    page_class = page.specific_class if type(page) is Page else type(page)
    state["lists_pages"] = getattr(page_class, "page_cache_lists_pages", False)
    # By address (what frontend_cache purges) and by page, so that the old address of a page
    # whose slug changed is invalidated too.
    state["versions"].update(read_versions([path_dependency(page_path), page_dependency(page.pk)]))


def _response_is_cacheable(request, response, state):
    if state.get("refuse") or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    # The request had no session cookie (is_cacheable_request): reading the empty session
    # (request.user is anonymous) is the same for every reader; writing one sets a cookie.
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    return get_max_age(response) != 0


class PageCacheMiddleware:
    """Serve and store anonymous responses. Placed right after LocaleMiddleware: the language is
    known, and the session and CSRF middlewares inside it have done their work when the response
    is stored (see cms/settings/base.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Each version is read once per request (home/versions.py).
        with remembered():
            return self._serve(request)

    def _serve(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = _entry_key(request)
        if key is None:
            return self.get_response(request)
        cache = get_cache()
        entry = cache.get(key)
        if entry is not None:
            current = cache.get_many([version_key(d) for d in entry["versions"]])
            if all(current.get(version_key(d)) == v for d, v in entry["versions"].items()):
                return self._from_entry(entry)

        # Versions of site-wide and listing content are read before the response is built.
        request._page_cache = {"versions": read_versions([ALL, LISTINGS]), "page": False}
        response = self.get_response(request)
        state = request._page_cache
        if request.method == "GET" and _response_is_cacheable(request, response, state):
            versions = dict(state["versions"])
            if state["page"] and not state.get("lists_pages"):
                # A page that lists no other page depends on its path and on site-wide
                # content only; feeds, calendars, sitemap, search and index pages depend on
                # every publication too.
                del versions[LISTINGS]
            cache.set(
                key,
                {
                    "versions": versions,
                    "status": response.status_code,
                    "headers": list(response.headers.items()),
                    "content": response.content,
                },
                timeout=cache_seconds(),
            )
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _from_entry(entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


class PageCacheBackend(BaseBackend):
    """A ``wagtail.contrib.frontend_cache`` backend for the page cache above: purging a URL
    invalidates every cached response of that path (all query strings, all hosts)."""

    def purge(self, url):
        bump_urls([url])

    def purge_batch(self, urls):
        bump_urls(urls)
