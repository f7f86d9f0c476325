"""The security audit log: sign-ins, failed sign-ins, lockouts, permission changes,
publications and take-downs (unpublication, deletion and move of live pages, with the reason
given in the form), each with the actor and the client's address.

Every event is written to the ``portal.audit`` logger (for the server's log collection) and to
``AuditEvent`` (for administrators in the admin). The acting user and address come from the
request being served (``security.middleware.AuditRequestMiddleware``); events without a request,
such as scheduled publishing, are recorded as the system's.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import post_delete
from wagtail.images import get_image_model
from wagtail.models import Page

from home.media import pages_using

from .models import AuditEvent
from .net import client_ip, current_request

logger = logging.getLogger("portal.audit")
User = get_user_model()


def _request():
    return current_request.get()


def record(action, *, request=None, actor=None, actor_name=None, target="", **detail):
    request = request or _request()
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            actor = user
    if actor_name is None:
        actor_name = actor.get_username() if actor is not None else ""
    address = client_ip(request) if request is not None else None
    event = AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.pk else None,
        actor_name=(actor_name or "")[:150],
        ip_address=address,
        target=str(target)[:255],
        detail=detail,
    )
    logger.info(
        "%s actor=%s ip=%s target=%s %s",
        action,
        actor_name or "system",
        address or "-",
        target,
        detail or "",
    )
    return event


def on_login(sender, request, user, **kwargs):
    record(AuditEvent.LOGIN, request=request, actor=user, target=user.get_username())


def on_logout(sender, request, user, **kwargs):
    if user is not None:
        record(AuditEvent.LOGOUT, request=request, actor=user, target=user.get_username())


def on_login_failed(sender, credentials, request=None, **kwargs):
    username = (credentials or {}).get("username", "")
    record(AuditEvent.LOGIN_FAILED, request=request, actor_name=username, target=username)


def on_locked_out(sender, request, username, ip_address, **kwargs):
    record(AuditEvent.LOCKED_OUT, request=request, actor_name=username or "", target=username or "")


# Changes to who may do what.

FLAGS = ("is_active", "is_staff", "is_superuser")


def remember_user_flags(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk:
        instance._audit_flags = None
        return
    instance._audit_flags = User.objects.filter(pk=instance.pk).values(*FLAGS).first()


def on_user_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if created:
        record(
            AuditEvent.USER_CREATED,
            target=instance.get_username(),
            **{flag: getattr(instance, flag) for flag in FLAGS},
        )
        return
    before = getattr(instance, "_audit_flags", None)
    if before is None:
        return
    changes = {
        flag: [before[flag], getattr(instance, flag)]
        for flag in FLAGS
        if before[flag] != getattr(instance, flag)
    }
    if changes:
        record(AuditEvent.USER_FLAGS_CHANGED, target=instance.get_username(), **changes)


def _m2m_names(model, pk_set, field):
    if not pk_set:
        return []
    return sorted(str(v) for v in model.objects.filter(pk__in=pk_set).values_list(field, flat=True))


def on_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # group.user_set.add(...)
        users = _m2m_names(User, pk_set, User.USERNAME_FIELD)
        record(AuditEvent.GROUPS_CHANGED, target=instance.name, change=action[5:], users=users)
    else:
        groups = _m2m_names(Group, pk_set, "name")
        record(
            AuditEvent.GROUPS_CHANGED,
            target=instance.get_username(),
            change=action[5:],
            groups=groups,
        )


def on_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from django.contrib.auth.models import Permission

    if reverse:
        target = f"permission {instance.content_type.app_label}.{instance.codename}"
        names = sorted(str(obj) for obj in model.objects.filter(pk__in=pk_set or []))
        record(AuditEvent.PERMISSIONS_CHANGED, target=target, change=action[5:], holders=names)
        return
    permissions = [
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.filter(pk__in=pk_set or []).select_related("content_type")
    ]
    record(
        AuditEvent.PERMISSIONS_CHANGED,
        target=str(instance),
        change=action[5:],
        permissions=sorted(permissions),
    )


def _object_permission_changed(action, object_field):
    """A receiver for Wagtail's per-object permissions (``GroupPagePermission``,
    ``GroupCollectionPermission``): which group, on which object, which permission."""
    object_id_field = f"{object_field}_id"

    def receiver(sender, instance, raw=False, **kwargs):
        if raw:
            return
        object_id = getattr(instance, object_id_field)
        record(
            action,
            target=f"{instance.group_id}:{object_id}",
            change="delete" if kwargs.get("signal") is post_delete else "save",
            group=instance.group.name if instance.group_id else "",
            permission=instance.permission.codename if instance.permission_id else "",
            **{object_id_field: object_id},
        )

    return receiver


page_permission_changed = _object_permission_changed(AuditEvent.PAGE_PERMISSIONS_CHANGED, "page")
collection_permission_changed = _object_permission_changed(
    AuditEvent.COLLECTION_PERMISSIONS_CHANGED, "collection"
)


def unit_role_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    change = "delete" if kwargs.get("signal") is post_delete else "save"
    record(
        AuditEvent.UNIT_ROLE_CHANGED,
        target=str(instance.unit) if instance.unit_id else "",
        change=change,
        user=instance.user.get_username() if instance.user_id else "",
        role=instance.role,
    )


# Publications.


def on_published(sender, instance, revision=None, **kwargs):
    detail = {"page_id": instance.pk, "locale": instance.locale.language_code}
    if revision is not None:
        detail["revision_id"] = revision.pk
    if _request() is None:
        detail["by"] = "scheduled publishing" if instance.go_live_at else "system"
    record(AuditEvent.PUBLISHED, target=instance.title, **detail)


def _reason():
    """The reason typed in the form that asked for the take-down, if any."""
    request = _request()
    if request is None or request.method != "POST":
        return {}
    reason = request.POST.get("reason", "").strip()
    return {"reason": reason[:2000]} if reason else {}


def on_unpublished(sender, instance, **kwargs):
    record(
        AuditEvent.UNPUBLISHED,
        target=instance.title,
        page_id=instance.pk,
        locale=instance.locale.language_code,
        **_reason(),
    )


def on_page_deleted(sender, instance, **kwargs):
    # Django sends pre_delete for each table of a page (NewsPage, then Page): record it once.
    if not isinstance(instance, Page) or sender is not instance.specific_class:
        return
    if not instance.live:
        return
    record(
        AuditEvent.PAGE_DELETED,
        target=instance.title,
        page_id=instance.pk,
        url_path=instance.url_path,
        locale=instance.locale.language_code,
        **_reason(),
    )


def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if not instance.live or url_path_before == url_path_after:
        return
    record(
        AuditEvent.PAGE_MOVED,
        target=instance.title,
        page_id=instance.pk,
        url_path_before=url_path_before,
        url_path_after=url_path_after,
        **_reason(),
    )


# Images and documents that live pages or pages in review use (home/media.py).

MEDIA_FIELDS = {
    "image": (
        "title",
        "description",
        "file",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    ),
    "document": ("title", "file"),
}


def _media_kind(instance):
    return "image" if isinstance(instance, get_image_model()) else "document"


def remember_media(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk:
        instance._audit_media = None
        return
    fields = MEDIA_FIELDS[_media_kind(instance)]
    instance._audit_media = sender.objects.filter(pk=instance.pk).values(*fields).first()


def on_media_saved(sender, instance, created=False, raw=False, **kwargs):
    before = getattr(instance, "_audit_media", None)
    if raw or created or before is None:
        return
    kind = _media_kind(instance)
    changes = {
        field: [str(before[field] or ""), str(getattr(instance, field) or "")]
        for field in MEDIA_FIELDS[kind]
        if before[field] != getattr(instance, field)
        and str(before[field] or "") != str(getattr(instance, field) or "")
    }
    if not changes:
        return
    pages = list(pages_using(instance).values_list("pk", flat=True))
    if pages:
        record(
            AuditEvent.MEDIA_CHANGED,
            target=instance.title,
            kind=kind,
            object_id=instance.pk,
            pages=pages,
            changes=changes,
        )
