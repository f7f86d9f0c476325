from wagtail import hooks

from home.page_cache import mark_page


@hooks.register("before_serve_page")
def record_page_cache_dependencies(page, request, serve_args, serve_kwargs):
    """Tell the page cache which page this response shows, before it is rendered: its entry
    then depends on that page's path (and on every publication for pages that list others), and
    private pages and previews are refused. See home/page_cache.py."""
    mark_page(request, page)
