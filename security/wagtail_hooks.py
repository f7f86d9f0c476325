"""Admin wiring of the security app: the two-step sign-in pages, the administrators' reset of a
user's devices, the account menu entry and the audit log (read-only, with spreadsheet export)."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import otp, views
from .models import AuditEvent
from .users import check_bulk_user_action, may_manage_user


@hooks.register("register_admin_urls")
def security_urls():
    return [
        path("two-step/", otp.verify, name="security_otp_verify"),
        path("two-step/setup/", otp.setup, name="security_otp_setup"),
        path(
            "two-step/reset/<int:user_id>/",
            views.reset_two_factor,
            name="security_otp_reset",
        ),
    ]


@hooks.register("before_copy_page")
def copy_only_what_you_may_edit(request, page):
    """Wagtail lets anyone who may add pages copy any page, revisions included, which would
    hand a journalist another unit's draft or item in review. Only those who may edit a page
    may copy it."""
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied


@hooks.register("register_account_menu_item")
def two_step_account_item(request):
    return {
        "url": reverse("security_otp_setup"),
        "label": _("Two-step sign-in"),
        "help_text": _("Set up or replace the authenticator app that confirms your sign-in."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_step_button(user, request_user):
    if (
        request_user.has_perm("auth.change_user")
        and user.pk != request_user.pk
        and may_manage_user(request_user, user)
    ):
        yield ListingButton(
            _("Reset two-step sign-in"),
            reverse("security_otp_reset", args=[user.pk]),
            priority=120,
        )


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The audit log is viewed, never changed: no one, superusers included, may add, edit or
    delete an entry through the admin."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    add_to_settings_menu = True
    list_display = ["timestamp", "action", "actor_name", "ip_address", "target"]
    list_filter = ["action", "timestamp"]
    list_export = ["timestamp", "action", "actor_name", "ip_address", "target", "detail"]
    search_fields = ["actor_name", "target"]
    export_filename = "audit-log"
    inspect_view_enabled = True
    copy_view_enabled = False
    # Required by ModelViewSet; the create and edit views are refused by the policy below.
    form_fields = ["action", "actor_name", "target"]


register_permission_policy(AuditEvent, ReadOnlyPolicy(AuditEvent))
audit_event_viewset = AuditEventViewSet("audit_log")


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return audit_event_viewset


@hooks.register("before_bulk_action")
def refuse_escalation_in_bulk(request, action_type, objects, action):
    return check_bulk_user_action(request, action_type, objects, action)
