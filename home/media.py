"""Images and documents that live pages show.

Wagtail gives images and documents no workflow: whoever may edit an image (its uploader
included) could replace its file, and every live page using it would show the new picture at
once, without review. The portal's rule: the *file* of an image or document that a live page,
or a page in review, uses may be replaced only by someone with the final say over every one of
those pages (``PortalPagePermissionTester.can_take_down``: the editorial board, site
administrators). Anyone else uploads a new image and chooses it in a new draft, which goes
through the chain. Titles, alternative text and focal points stay editable by those Wagtail
allows; those changes are logged (``security.audit``) and every change purges the live pages
that use the item (``home.cache_purge``).

Uses are read from Wagtail's reference index, which records what each page's stored fields
(the live version of a live page) refer to.
https://docs.wagtail.org/en/stable/advanced_topics/reference_index.html
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex, WorkflowState


def pages_using(obj):
    """The pages, live or in review, whose content refers to ``obj`` (an image or a
    document)."""
    if obj is None or not obj.pk:
        return Page.objects.none()
    page_type = ContentType.objects.get_for_model(Page)
    ids = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    in_review = WorkflowState.objects.filter(
        base_content_type=page_type, status=WorkflowState.STATUS_IN_PROGRESS
    ).values("object_id")
    return Page.objects.filter(pk__in=ids.values("object_id")).filter(
        Q(live=True) | Q(pk__in=in_review)
    )


def may_replace_file(user, obj):
    """May ``user`` replace the file of ``obj``? Yes when no live page or page in review uses
    it, or when the user has the final say over every page that does."""
    return all(page.permissions_for_user(user).can_take_down() for page in pages_using(obj))
