from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

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
