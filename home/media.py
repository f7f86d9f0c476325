"""Images and documents that live pages show.

Wagtail gives images and documents no workflow: whoever may edit an image (its uploader
included) could replace its file, and every live page using it would show the new picture at
once, without review. The portal's rule: the *file* of an image or document that a live page,
or a page in review, uses may be replaced only by someone with the final say over every one of
those pages (``PortalPagePermissionTester.can_take_down``: the editorial board, site
administrators). Anyone else uploads a new image and chooses it in a new draft, which goes
through the chain; deleting such an item is refused to them too
(``LiveMediaPermissionPolicy``). Titles, alternative text and focal points stay editable by
those Wagtail allows; those changes are logged (``security.audit``) and every change purges
the live pages that use the item (``page_cache.purge``).

Uses are read from Wagtail's reference index, which records what each page's stored fields
(the live version of a live page) refer to.
https://docs.wagtail.org/en/stable/advanced_topics/reference_index.html
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, WorkflowState
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy


def pages_using(obj):
    """The pages, live or in review, whose content refers to ``obj`` (an image or a
    document)."""
    if obj is None or not obj.pk:
        return Page.objects.none()
    page_type = ContentType.objects.get_for_model(Page)
    # Both tables keep the page's id as text: compared as numbers here (PostgreSQL does not
    # compare an integer with text).
    used = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    in_review = WorkflowState.objects.filter(
        base_content_type=page_type, status=WorkflowState.STATUS_IN_PROGRESS
    )
    return Page.objects.filter(pk__in=_ids(used)).filter(Q(live=True) | Q(pk__in=_ids(in_review)))


def _ids(queryset):
    return queryset.annotate(page_id=Cast("object_id", IntegerField())).values("page_id")


def may_replace_file(user, obj):
    """May ``user`` replace the file of ``obj``? Yes when no live page or page in review uses
    it, or when the user has the final say over every page that does."""
    return all(page.permissions_for_user(user).can_take_down() for page in pages_using(obj))


class LiveMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents (uploaders edit and delete their own), except
    that deleting one that live pages or pages in review use is, like replacing its file, for
    those with the final say over those pages: deleting it would take it off them unreviewed."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and not may_replace_file(user, instance):
            return False
        return super().user_has_permission_for_instance(user, action, instance)


def register_media_policies():
    """Registered for the exact classes, which take precedence over Wagtail's own
    registrations (made in ``wagtail.images``' and ``wagtail.documents``' ``ready()``, in
    whatever order relative to this module's import)."""
    register_permission_policy(
        get_image_model(),
        LiveMediaPermissionPolicy(
            get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )
    register_permission_policy(
        get_document_model(),
        LiveMediaPermissionPolicy(
            get_document_model(),
            auth_model="wagtaildocs.Document",
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )
