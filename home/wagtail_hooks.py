from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from home.dashboard import QuickActionsPanel
from home.media import register_media_policies
from home.page_cache import mark_page
from home.permissions import TAKE_DOWN_CODENAME
from home.userbar import PortalContentChecker


@hooks.register("construct_wagtail_userbar")
def portal_content_checker(request, items, page):
    """Every WCAG A/AA rule in Wagtail's content checker: the same hook feeds the user bar
    on the site and in previews, and the editor's "Checks" panel."""
    items[:] = [
        PortalContentChecker(in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem)
        else item
        for item in items
    ]


register_media_policies()


@hooks.register("register_permissions")
def take_down_permission():
    """Shown in the group editor, so that administrators see who may take items down."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="wagtailcore", codename=TAKE_DOWN_CODENAME
    )


@hooks.register("before_serve_page")
def record_page_cache_dependencies(page, request, serve_args, serve_kwargs):
    """Tell the page cache which page this response shows, before it is rendered: its entry
    then depends on that page's path (and on every publication for pages that list others), and
    private pages and previews are refused. See home/page_cache.py."""
    mark_page(request, page)


@hooks.register("construct_homepage_panels")
def quick_actions_panel(request, panels):
    """First on the dashboard: where to write, and the user's own unfinished work."""
    panels.insert(0, QuickActionsPanel())
