from django.http import Http404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Page
from wagtail.wagtail_hooks import require_wagtail_login

from home import guide
from home.dashboard import QuickActionsPanel
from home.media import register_media_policies
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


@hooks.register("before_serve_page", order=-10)
def serve_aliases_under_their_originals_rules(page, request, serve_args, serve_kwargs):
    """An alias is served only while its original may be (home/visibility.py): Wagtail checks
    the alias's own view restrictions, which it copied once when the alias was made. And no
    page is served past its expiry time while ``publish_scheduled`` has not run yet."""
    now = timezone.now()
    if page.expire_at and page.expire_at <= now:
        raise Http404
    if not page.alias_of_id:
        return None
    original = Page.objects.filter(pk=page.alias_of_id).first()
    if original is None or not original.live or (original.expire_at and original.expire_at <= now):
        raise Http404
    for restriction in original.get_view_restrictions():
        if not restriction.accept_request(request):
            # As Wagtail answers for the page itself (wagtail.wagtail_hooks): sign in first.
            response = require_wagtail_login(next=request.get_full_path())
            add_never_cache_headers(response)
            return response
    return None


@hooks.register("construct_homepage_panels")
def quick_actions_panel(request, panels):
    """First on the dashboard: where to write, and the user's own unfinished work."""
    panels.insert(0, QuickActionsPanel())


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("guide/", guide.editor_guide, name="portal_editor_guide")]


@hooks.register("construct_help_menu")
def point_help_to_the_portal_guide(request, menu_items):
    """The Help menu's "Editor Guide" opens the portal's own guide (in the user's language, on
    the portal's workflow) instead of Wagtail's generic one on guide.wagtail.org; Wagtail's
    release notes ("What's new in Wagtail") are left out."""
    menu_items[:] = [
        item for item in menu_items if not (item.name or "").startswith("whats-new-in-wagtail")
    ]
    for index, item in enumerate(menu_items):
        if item.name == "editor-guide":
            menu_items[index] = MenuItem(
                gettext_lazy("Editors' guide"),
                reverse("portal_editor_guide"),
                name="editor-guide",
                icon_name="help",
                order=item.order,
            )
