"""The security app's receivers, connected in ``SecurityConfig.ready()``: the audit log
(``security/audit.py``)."""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.signals import page_published, page_unpublished, post_page_move

from security import audit
from workflows.models import UnitMembership


def register_signal_handlers():
    User = get_user_model()
    user_logged_in.connect(audit.on_login, dispatch_uid="audit_login")
    user_logged_out.connect(audit.on_logout, dispatch_uid="audit_logout")
    user_login_failed.connect(audit.on_login_failed, dispatch_uid="audit_login_failed")
    user_locked_out.connect(audit.on_locked_out, dispatch_uid="audit_locked_out")
    pre_save.connect(audit.remember_user_flags, sender=User, dispatch_uid="audit_user_flags_before")
    post_save.connect(audit.on_user_saved, sender=User, dispatch_uid="audit_user_flags_after")
    m2m_changed.connect(
        audit.on_groups_changed, sender=User.groups.through, dispatch_uid="audit_user_groups"
    )
    page_published.connect(audit.on_published, dispatch_uid="audit_published")
    page_unpublished.connect(audit.on_unpublished, dispatch_uid="audit_unpublished")
    pre_delete.connect(audit.on_page_deleted, dispatch_uid="audit_live_page_deleted")
    post_page_move.connect(audit.on_page_moved, dispatch_uid="audit_live_page_moved")
    m2m_changed.connect(
        audit.on_permissions_changed,
        sender=Group.permissions.through,
        dispatch_uid="audit_group_perms",
    )
    m2m_changed.connect(
        audit.on_permissions_changed,
        sender=User.user_permissions.through,
        dispatch_uid="audit_user_perms",
    )
    for signal in (post_save, post_delete):
        signal.connect(
            audit.page_permission_changed,
            sender=GroupPagePermission,
            dispatch_uid=f"audit_page_perms_{signal is post_save}",
        )
        signal.connect(
            audit.collection_permission_changed,
            sender=GroupCollectionPermission,
            dispatch_uid=f"audit_collection_perms_{signal is post_save}",
        )
        signal.connect(
            audit.unit_role_changed,
            sender=UnitMembership,
            dispatch_uid=f"audit_unit_roles_{signal is post_save}",
        )
    for model in (get_image_model(), get_document_model()):
        uid = f"audit_media_{model._meta.label_lower}"
        pre_save.connect(audit.remember_media, sender=model, dispatch_uid=uid)
        post_save.connect(audit.on_media_saved, sender=model, dispatch_uid=uid)
