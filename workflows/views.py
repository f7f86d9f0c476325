"""Emergency publication: a board member publishes without the full chain, giving a reason;
another person confirms the review afterwards. Emergency unpublication: the head or a deputy
of an item's lead unit takes it off the site at once, giving a reason (taking items down is
otherwise the board's, see home/permissions.py)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from workflows.models import EmergencyPublication, lead_unit_of


class EmergencyPublishForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why must this item be published before the review is complete?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=10,
        max_length=2000,
        error_messages={
            "required": gettext_lazy("A written reason is required."),
            "min_length": gettext_lazy("Give the reason in a full sentence."),
        },
    )


class EmergencyUnpublishForm(EmergencyPublishForm):
    """The same written reason, asked for taking an item off the site."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = gettext_lazy("Why must this item be taken off the site now?")


def is_board_member(user):
    """Who may publish or take down without the full review, giving a reason: the board, and
    the administrators, whose powers include the board's."""
    return user.has_perm("workflows.publish_without_full_review")


def can_confirm(user):
    return user.has_perm("workflows.confirm_publication_without_full_review")


def emergency_publish(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not is_board_member(request.user):
        raise PermissionDenied
    revision = page.get_latest_revision()
    if revision is None or (page.live and not page.has_unpublished_changes):
        messages.error(request, _("This item has no unpublished changes."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = EmergencyPublishForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            with transaction.atomic():
                state = page.current_workflow_state
                if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
                    state.cancel(user=request.user)
                revision.publish(user=request.user, skip_permission_checks=True)
                EmergencyPublication.objects.create(
                    page=page, revision=revision, reason=reason, published_by=request.user
                )
                log(
                    instance=page,
                    action="portal.emergency_publish",
                    user=request.user,
                    revision=revision,
                    data={"reason": reason},
                )
            messages.success(
                request,
                _(
                    "“%(title)s” was published without full review. It is listed until another "
                    "person confirms the review."
                )
                % {"title": page.get_admin_display_title()},
            )
            return redirect("workflows_emergency_list")
        status = 400
    else:
        status = 200
    return TemplateResponse(
        request,
        "workflows/emergency_publish.html",
        {"page": page, "form": form, "header_title": _("Publish without full review")},
        status=status,
    )


def emergency_list(request):
    if not can_confirm(request.user):
        raise PermissionDenied
    publications = EmergencyPublication.objects.select_related(
        "page", "published_by", "confirmed_by"
    )
    return TemplateResponse(
        request,
        "workflows/emergency_list.html",
        {
            "pending": publications.filter(confirmed_at=None),
            "confirmed": publications.exclude(confirmed_at=None)[:20],
            "header_title": _("Published without full review"),
        },
    )


@require_POST
def emergency_confirm(request, pk):
    publication = get_object_or_404(EmergencyPublication, pk=pk)
    if not can_confirm(request.user):
        raise PermissionDenied
    if publication.published_by_id == request.user.pk:
        messages.error(
            request, _("Another person must confirm the review of an item you published.")
        )
        return redirect("workflows_emergency_list")
    if publication.confirmed_at is None:
        publication.confirmed_by = request.user
        publication.confirmed_at = timezone.now()
        publication.save(update_fields=["confirmed_by", "confirmed_at"])
        log(
            instance=publication.page.specific,
            action="portal.emergency_publish_confirmed",
            user=request.user,
            data={"reason": publication.reason, "published_by": publication.published_by_id},
        )
        messages.success(request, _("The review was confirmed."))
    return redirect("workflows_emergency_list")


def may_unpublish_in_emergency(user, page):
    """The head or a deputy of the item's lead unit: the people who answer for it first."""
    unit = lead_unit_of(page)
    return user.is_active and unit is not None and unit.is_reviewer(user)


def emergency_unpublish(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_unpublish_in_emergency(request.user, page):
        raise PermissionDenied
    if not page.live or page.alias_of_id:
        messages.error(request, _("This item is not live."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = EmergencyUnpublishForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            with transaction.atomic():
                # Wagtail unpublishes the item's aliases with it (channel copies), and
                # page_unpublished purges the caches (page_cache/purge.py).
                UnpublishPageAction(page, user=request.user).execute(skip_permission_checks=True)
                log(
                    instance=page,
                    action="portal.emergency_unpublish",
                    user=request.user,
                    data={"reason": reason},
                )
            messages.success(
                request,
                _("“%(title)s” was taken off the site. The reason is kept in its history.")
                % {"title": page.get_admin_display_title()},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        status = 400
    else:
        status = 200
    return TemplateResponse(
        request,
        "workflows/emergency_unpublish.html",
        {"page": page, "form": form, "header_title": _("Take off the site now")},
        status=status,
    )
