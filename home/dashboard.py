"""The dashboard's "where do I write?" panel: one button per kind of item the user may create,
into the index of the user's language on the portal, and the user's own drafts and the items
returned to them with the reviewer's comment.

Page types take part by declaring ``quick_action_label`` (news and events do); the base app
finds them through Wagtail's page model registry and names none of them."""

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, Site, WorkflowState, get_page_models

LIST_LIMIT = 5


def quick_action_models():
    return [model for model in get_page_models() if getattr(model, "quick_action_label", None)]


def quick_actions(user):
    """``[{"label", "url"}]``: where ``user`` may write each kind of item, in their language."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    home = site.root_page.get_translation_or_none(Locale.get_active()) or site.root_page
    children = list(home.get_children().specific(defer=True))
    actions = []
    for model in quick_action_models():
        parents = tuple(model.allowed_parent_page_models())
        for parent in children:
            if isinstance(parent, parents) and parent.permissions_for_user(user).can_add_subpage():
                url = reverse(
                    "wagtailadmin_pages:add",
                    args=(model._meta.app_label, model._meta.model_name, parent.pk),
                )
                actions.append({"label": model.quick_action_label, "url": url})
                break
    return actions


def my_work(user):
    """The user's drafts outside the review chain, and their items returned for changes."""
    in_review = WorkflowState.objects.active().filter(base_content_type__model="page")
    returned = (
        in_review.filter(requested_by=user, status=WorkflowState.STATUS_NEEDS_CHANGES)
        .select_related("current_task_state", "current_task_state__finished_by")
        .order_by("-current_task_state__finished_at")[:LIST_LIMIT]
    )
    returned_rows = []
    for state in returned:
        task_state = state.current_task_state
        returned_rows.append(
            {
                "page": state.content_object,
                "comment": task_state.comment if task_state else "",
                "reviewer": task_state.finished_by if task_state else None,
            }
        )
    drafts = (
        Page.objects.filter(latest_revision__user=user, has_unpublished_changes=True)
        .exclude(pk__in=[int(pk) for pk in in_review.values_list("object_id", flat=True)])
        .order_by("-latest_revision_created_at")[:LIST_LIMIT]
    )
    return {"drafts": list(drafts), "returned": returned_rows}


class QuickActionsPanel(Component):
    name = "portal_quick_actions"
    template_name = "home/dashboard/quick_actions.html"
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "actions": quick_actions(request.user),
            **my_work(request.user),
            "request": request,
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not (context["actions"] or context["drafts"] or context["returned"]):
            return ""
        return super().render_html(parent_context)
