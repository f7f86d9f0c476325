from wagtail import hooks

from page_cache.cache import mark_page


@hooks.register("before_serve_page")
def record_page_cache_dependencies(page, request, serve_args, serve_kwargs):
    """Tell the page cache which page this response shows, before it is rendered: its entry
    then depends on that page's path (and on every publication for pages that list others), and
    private pages and previews are refused. See page_cache/cache.py."""
    mark_page(request, page)
