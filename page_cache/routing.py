"""Routing from the cache: the site of a host, its home page in the reader's language and the
pages right below it (news and events indexes, fixed pages), kept until site-wide content
changes.

Wagtail finds a page by reading the site, its root page, the root's translation, the specific
home page, the child by its slug and then the specific child: six queries before the page itself
(``Page.route_for_request``), about a third of an uncached news page. Here the first five come
from the cache, and the route continues with the cached page's own ``route`` (the news index
fetches its item in one query). Wagtail keeps the result on the request
(``request._wagtail_route_for_request``), so its ``serve`` view and everything after it (hooks,
view restrictions, the page cache) work as before.

Kept under the ``all`` version (page_cache/cache.py), which changes when any page other than a
news item or event is saved, published, unpublished, moved or deleted, when a view restriction
changes and when a site changes: a cached page is never older than its last change. Only while
the page cache is on (``PAGE_CACHE_SECONDS``), when the versions are shared by every worker;
anything the cache does not hold (another path, a page not yet live) goes through Wagtail's own
routing. https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.route
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from home.versions import ALL, KEY_PREFIX, cache_seconds, get_cache, read_versions
from page_cache.purge import ITEM_MODELS


def _tree(site):
    """The site's home page in the active language and its live children, specific."""
    root = site.root_page.localized.specific
    if not root.live:
        return None
    # Not news items and events (a channel alias may sit right below a home page): their
    # publication leaves the ``all`` version alone.
    children = {
        child.slug: child
        for child in root.get_children().live().specific()
        if child._meta.label_lower not in ITEM_MODELS
    }
    for page in (root, *children.values()):
        page.locale  # noqa: B018 -- loaded now, kept with the page (templates read it)
    return {"site": site, "root": root, "children": children}


def cached_tree(request):
    """``{"site", "root", "children"}`` for this request's host and language, or None."""
    cache = get_cache()
    version = read_versions([ALL])[ALL]
    # The validated host (ALLOWED_HOSTS): no key for a made-up one.
    key = f"{KEY_PREFIX}:r:{request.get_host()}:{get_language()}:{version}"
    tree = cache.get(key)
    if tree is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        tree = _tree(site) or {}
        cache.set(key, tree, timeout=cache_seconds())
    return tree or None


def route(request, path):
    """The route of ``path`` from the cached tree, or None to let Wagtail route it."""
    components = [component for component in path.split("/") if component]
    tree = cached_tree(request)
    if tree is None:
        return None
    if not components:
        page, rest = tree["root"], []
    elif components[0] in tree["children"]:
        page, rest = tree["children"][components[0]], components[1:]
        # Breadcrumbs and templates climb parents without a query (portal_tags.breadcrumbs).
        page._cached_parent_obj = tree["root"]
    else:
        return None
    request._wagtail_site = tree["site"]
    try:
        return page.route(request, rest)
    except Http404:
        return None


def serve(request, path):
    """Wagtail's ``serve`` view, routed from the cache when it can be."""
    if cache_seconds() and not hasattr(request, "_wagtail_route_for_request"):
        found = route(request, path)
        if found is not None:
            request._wagtail_route_for_request = found
    return wagtail_serve(request, path)
