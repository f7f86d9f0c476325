"""Dashboard panels of the review chain.

- "Awaiting your review": exactly the items waiting for the user, oldest first, with unit,
  language, step and waiting time (replaces Wagtail's panel of the same name).
- "Your items in review": where each of the user's items stands, and why an item waits when
  no reviewer other than its author exists for its step.
- "Your unit": for heads and deputies, the unit's drafts, items in review and recent
  publications.
"""

import datetime

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Task, TaskState, WorkflowState

from home.channels import originals
from home.item_page import item_pages_q
from workflows.four_eyes import FourEyesTaskMixin
from workflows.models import Unit, UnitMembership, lead_unit_of
from workflows.notifications import reviewers_for_display

LIST_LIMIT = 10


def _state_row(task_state):
    obj = task_state.workflow_state.content_object.specific
    return {
        "obj": obj,
        "task_state": task_state,
        "unit": lead_unit_of(obj),
        "waiting_since": task_state.started_at,
    }


class ReviewQueuePanel(Component):
    name = "workflow_objects_to_moderate"
    template_name = "workflows/dashboard/review_queue.html"
    order = 200

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        states = (
            TaskState.objects.reviewable_by(request.user)
            .select_related("workflow_state", "workflow_state__requested_by", "task")
            .order_by("started_at", "pk")
        )
        rows = []
        for state in states:
            if not state.workflow_state.content_object:
                continue
            row = _state_row(state)
            # The task's actions for this user, as Wagtail's own panel offers them: the only
            # place a reviewer can act on an English version, whose editor is
            # wagtail-localize's (it has no workflow actions).
            row["actions"] = state.task.specific.get_actions(row["obj"], request.user)
            rows.append(row)
        reviewable = [row["task_state"].pk for row in rows]
        return {
            "rows": rows,
            "authored": self.authored_rows(request.user, reviewable),
            "request": request,
        }

    @staticmethod
    def authored_rows(user, reviewable):
        """Items at a step the user reviews that wait for someone else, because the user wrote,
        edited, translated or submitted them (four eyes); ``reviewable`` are the task states the
        user may act on."""
        rows = []
        for task in Task.objects.filter(active=True).specific():
            if not isinstance(task, FourEyesTaskMixin):
                continue
            for state in (
                task.get_task_states_user_reviews(user)
                .exclude(pk__in=reviewable)
                .select_related("workflow_state", "workflow_state__requested_by", "task")
                .order_by("started_at", "pk")
            ):
                if not state.workflow_state.content_object:
                    continue
                row = _state_row(state)
                row["reviewers"] = list(reviewers_for_display(state))
                rows.append(row)
        return rows


class AuthorItemsPanel(Component):
    name = "user_objects_in_workflow_moderation"
    template_name = "workflows/dashboard/author_items.html"
    order = 210

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        states = (
            WorkflowState.objects.active()
            .filter(requested_by=request.user)
            .select_related("current_task_state", "current_task_state__task", "workflow")
            .order_by("created_at")
        )
        rows = []
        for state in states:
            if not state.content_object or state.current_task_state is None:
                continue
            row = _state_row(state.current_task_state)
            row["status"] = state.status
            row["reviewers"] = list(reviewers_for_display(state.current_task_state))
            rows.append(row)
        return {"rows": rows, "request": request}


class UnitOverviewPanel(Component):
    name = "portal_unit_overview"
    template_name = "workflows/dashboard/unit_overview.html"
    order = 230

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        keys = Unit.keys_for_user(request.user, roles=UnitMembership.REVIEWER_ROLES)
        units = Unit.objects.filter(translation_key__in=keys, locale__language_code="vi")
        since = timezone.now() - datetime.timedelta(days=30)
        overview = []
        for unit in units:
            # Channel aliases on other sites are the same items: not listed again.
            unit_pages = (
                originals(Page.objects)
                .filter(item_pages_q(lead_unit__translation_key=unit.translation_key))
                .select_related("locale")
            )
            in_review_ids = (
                WorkflowState.objects.active()
                .filter(base_content_type__model="page")
                .values_list("object_id", flat=True)
            )
            in_review = unit_pages.filter(pk__in=[int(pk) for pk in in_review_ids])
            drafts = unit_pages.filter(has_unpublished_changes=True).exclude(
                pk__in=in_review.values("pk")
            )
            published = unit_pages.filter(live=True, last_published_at__gte=since)
            overview.append(
                {
                    "unit": unit,
                    "drafts": drafts.order_by("-latest_revision_created_at")[:LIST_LIMIT],
                    "drafts_count": drafts.count(),
                    "in_review": in_review.order_by("-latest_revision_created_at")[:LIST_LIMIT],
                    "in_review_count": in_review.count(),
                    "published": published.order_by("-last_published_at")[:LIST_LIMIT],
                    "published_count": published.count(),
                }
            )
        return {"overview": overview, "request": request}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["overview"]:
            return ""
        return super().render_html(parent_context)
