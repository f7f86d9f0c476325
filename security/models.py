import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """One security-relevant event: who, from where, what. Written by security/audit.py, never
    edited (the admin offers no add, edit or delete view)."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED_OUT = "locked_out"
    LOGOUT = "logout"
    TWO_FACTOR_PASSED = "two_factor_passed"
    TWO_FACTOR_FAILED = "two_factor_failed"
    TWO_FACTOR_RESET = "two_factor_reset"
    USER_CREATED = "user_created"
    USER_FLAGS_CHANGED = "user_flags_changed"
    GROUPS_CHANGED = "groups_changed"
    PERMISSIONS_CHANGED = "permissions_changed"
    PAGE_PERMISSIONS_CHANGED = "page_permissions_changed"
    COLLECTION_PERMISSIONS_CHANGED = "collection_permissions_changed"
    UNIT_ROLE_CHANGED = "unit_role_changed"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"
    PAGE_DELETED = "page_deleted"
    PAGE_MOVED = "page_moved"
    MEDIA_CHANGED = "media_changed"
    ACTION_CHOICES = [
        (LOGIN, _("Signed in")),
        (LOGIN_FAILED, _("Failed sign-in")),
        (LOCKED_OUT, _("Locked out after failed sign-ins")),
        (LOGOUT, _("Signed out")),
        (TWO_FACTOR_PASSED, _("Passed two-step sign-in")),
        (TWO_FACTOR_FAILED, _("Wrong two-step sign-in code")),
        (TWO_FACTOR_RESET, _("Two-step sign-in reset")),
        (USER_CREATED, _("User created")),
        (USER_FLAGS_CHANGED, _("User status changed")),
        (GROUPS_CHANGED, _("Group membership changed")),
        (PERMISSIONS_CHANGED, _("Permissions changed")),
        (PAGE_PERMISSIONS_CHANGED, _("Page permissions changed")),
        (COLLECTION_PERMISSIONS_CHANGED, _("Collection permissions changed")),
        (UNIT_ROLE_CHANGED, _("Unit role changed")),
        (PUBLISHED, _("Published")),
        (UNPUBLISHED, _("Unpublished")),
        (PAGE_DELETED, _("Live page deleted")),
        (PAGE_MOVED, _("Live page moved")),
        (MEDIA_CHANGED, _("Image or document of a live page changed")),
    ]

    timestamp = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    action = models.CharField(_("action"), max_length=40, choices=ACTION_CHOICES, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text too: the record outlives a deleted account, and names a failed sign-in's
    # user name even when no such account exists.
    actor_name = models.CharField(_("actor's user name"), max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    target = models.CharField(_("object"), max_length=255, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-timestamp", "-pk"]

    def __str__(self):
        return f"{self.timestamp:%Y-%m-%d %H:%M} {self.get_action_display()} {self.actor_name}"


class EnrolmentCode(models.Model):
    """A one-time code that lets a user who must use two-step sign-in set up their first
    device: the password alone is not enough (an attacker who learnt it would enrol their own
    phone). An administrator issues it; it is kept only as a hash, works once, for 24 hours."""

    VALIDITY = datetime.timedelta(hours=24)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    code_hash = models.CharField(_("code (hashed)"), max_length=128)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("two-step sign-in enrolment code")
        verbose_name_plural = _("two-step sign-in enrolment codes")

    def __str__(self):
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"
