"""Who may take a live page down: unpublish it, delete it or move it (with its subtree).

Wagtail lets only publishers unpublish, and lets those who may edit a page delete or move it
once nothing under it is live. On the portal nobody publishes directly (approval in the review
chain publishes), so "publisher" cannot mean "may take down". A take-down is a decision of the
same people who give the final approval: the editorial board, through the permission
``wagtailcore.take_down_page`` that ``workflows.roles`` gives it, and site administrators and
superusers, who hold ``publish_page``. (A model permission rather than a page permission:
Wagtail's group editor keeps only its own page permissions and would drop a custom one.)
Journalists, unit heads and the channel sites' web editors may still delete or move their
drafts as Wagtail allows; a unit head's emergency unpublish with a written reason is a
separate, logged action (``workflows.views``).

Every page type of the portal returns this tester from ``permissions_for_user``, so Wagtail's
own views (unpublish, delete, move), its bulk actions (``/admin/bulk/...``), and its page listing
buttons all ask the same question. Reverting to an earlier revision and publishing it
is publication, which stays ``can_publish`` (the chain, or a board member's emergency publish).
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.permissions_for_user
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PagePermissionTester

TAKE_DOWN_CODENAME = "take_down_page"
TAKE_DOWN_PERMISSION = f"wagtailcore.{TAKE_DOWN_CODENAME}"


def ensure_take_down_permission():
    return Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Page),
        codename=TAKE_DOWN_CODENAME,
        defaults={"name": "Can take live pages down (unpublish, delete, move)"},
    )[0]


class PortalPagePermissionTester(PagePermissionTester):
    def can_take_down(self):
        """The one rule: may this user take this page (and what is live under it) off the
        site?"""
        if not self.user.is_active or self.page_is_root:
            return False
        return (
            self.user.is_superuser
            or "publish" in self.permissions
            or self.user.has_perm(TAKE_DOWN_PERMISSION)
        )

    def takes_live_content_down(self):
        return self.page.live or self.page.get_descendants().live().exists()

    def can_unpublish(self):
        if not self.user.is_active or not self.page.live or self.page_is_root:
            return False
        if self.page_locked():
            return False
        return self.can_take_down()

    def can_delete(self, ignore_bulk=False):
        if self.page_is_root or not self.takes_live_content_down():
            return super().can_delete(ignore_bulk=ignore_bulk)
        if not self.can_take_down():
            return False
        if self.user.is_superuser or ignore_bulk or self.page.is_leaf():
            return True
        return "bulk_delete" in self.permissions

    def can_move_to(self, destination):
        if super().can_move_to(destination):
            return True
        # Wagtail asks for "publish" in the destination when a live page moves there; the
        # take-down right there stands in for it. Every other condition is Wagtail's own.
        if not self.user.is_active or not self.takes_live_content_down():
            return False
        if self.page == destination or destination.is_descendant_of(self.page):
            return False
        if not self.page.is_child_of(destination) and not self.page.specific.can_move_to(
            destination
        ):
            return False
        if not self.can_move():
            return False
        destination_perms = destination.permissions_for_user(self.user)
        return "add" in destination_perms.permissions and self.can_take_down()
