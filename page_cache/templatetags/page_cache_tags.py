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

from home.versions import ALL, LISTINGS, cache_seconds, kept_for_request, page_dependency

register = template.Library()


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
        csrf_used = request.META.get("CSRF_COOKIE_USED")
        return kept_for_request(
            request,
            f"kf:{self.name.resolve(context)}:{page.pk}",
            lambda: self.nodelist.render(context),
            (page_dependency(page.pk), LISTINGS, ALL),
            # A rendering that used the CSRF token would give the next reader a stale one.
            store_if=lambda html: request.META.get("CSRF_COOKIE_USED") == csrf_used,
        )


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
