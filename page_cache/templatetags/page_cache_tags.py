"""``{% keptfragment "name" page %}…{% endkeptfragment %}``: a part of a page kept, rendered,
until the page, any listing or anything site-wide changes (its versions: ``home/versions.py``).

Kept only for a page whose rendering ignores the query string (``fragments_ignore_query``:
news items, events, press releases), in a response the page cache itself may keep (an
anonymous reader, a public page, no preview: ``page_cache.cache.mark_page``), keyed by scheme,
host and language, so that an anonymous request for the same page under another query string
(a link from a newsletter or a social network, ``?utm_source=…``) renders the article once per
publication instead of once per address. Signed-in readers and previews always get a fresh
rendering. A fragment whose rendering used the CSRF token is never kept. Kept at most
``PAGE_CACHE_SECONDS``, as the page cache's entries, for what changes with the clock (an event
becoming "ongoing").
"""

from django import template
from django.utils.translation import get_language

from home.versions import (
    ALL,
    KEY_PREFIX,
    LISTINGS,
    cache_seconds,
    get_cache,
    page_dependency,
    read_versions,
)

register = template.Library()


def _key(request, name, page):
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: nothing is kept for it
        return None
    dependencies = (page_dependency(page.pk), LISTINGS, ALL)
    versions = read_versions(dependencies)
    stamp = ":".join(versions[dependency] for dependency in dependencies)
    return f"{KEY_PREFIX}:kf:{name}:{page.pk}:{request.scheme}:{host}:{get_language()}:{stamp}"


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist, name, page):
        self.nodelist, self.name, self.page = nodelist, name, page

    def render(self, context):
        request = context.get("request")
        page = self.page.resolve(context)
        state = getattr(request, "_page_cache", None)
        keep = (
            cache_seconds()
            and state is not None
            and state.get("page")
            and not state.get("refuse")
            and getattr(page, "pk", None)
            # Pages whose rendering ignores the query string (items, releases); an index page
            # lists what its query asks for.
            and getattr(page, "fragments_ignore_query", False)
        )
        if not keep:
            return self.nodelist.render(context)
        key = _key(request, self.name.resolve(context), page)
        if key is None:
            return self.nodelist.render(context)
        cache = get_cache()
        html = cache.get(key)
        if html is not None:
            return html
        csrf_used = request.META.get("CSRF_COOKIE_USED")
        html = self.nodelist.render(context)
        if request.META.get("CSRF_COOKIE_USED") == csrf_used:
            cache.set(key, html, timeout=cache_seconds())
        return html


@register.tag("keptfragment")
def kept_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(
            f'{bits[0]} takes a name and a page: {{% {bits[0]} "article" page %}}'
        )
    nodelist = parser.parse(("endkeptfragment",))
    parser.delete_first_token()
    return KeptFragmentNode(
        nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2])
    )
