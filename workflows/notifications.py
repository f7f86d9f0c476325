"""E-mail notifications of the review chain.

- When a step starts, exactly that step's reviewers are told (the unit's head and deputies, or
  the editorial board), never the item's authors, never every superuser.
- The author is told when a step approves the item, when it is published, and when changes are
  requested (with the comment).
- Each message is in its recipient's admin language (Wagtail renders it under the recipient's
  preferred language).
- Mail is sent after the action's transaction has committed, and a failure is logged, never
  raised: a mail server that is down cannot undo or block an approval.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.admin.mail import (
    EmailNotificationMixin,
    Notifier,
)
from wagtail.models import Page, TaskState, WorkflowState

from workflows.four_eyes import authors
from workflows.models import EditorialBoardApprovalTask, UnitHeadApprovalTask

logger = logging.getLogger(__name__)


def _portal_task(task):
    return isinstance(task, (UnitHeadApprovalTask, EditorialBoardApprovalTask))


def _authors(workflow_state):
    return authors(workflow_state.content_object)


class TaskStateEmailNotifier(EmailNotificationMixin, Notifier):
    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and _portal_task(instance.task.specific)

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task"] = task_state.task.specific
        context["task_state"] = task_state
        context["object"] = task_state.workflow_state.content_object
        context["model_name"] = context["object"]._meta.verbose_name
        context["comment"] = task_state.specific.get_comment()
        if isinstance(context["object"], Page):
            context["page"] = context["object"].specific
        return context


class ReviewStepSubmittedNotifier(TaskStateEmailNotifier):
    """Tells the reviewers of the step that has just started."""

    notification = "submitted"

    def get_recipient_users(self, task_state, **kwargs):
        obj = task_state.workflow_state.content_object
        excluded = _authors(task_state.workflow_state)
        if kwargs.get("user") is not None:
            excluded.add(kwargs["user"].pk)
        return set(task_state.task.specific.eligible_reviewers(obj).exclude(pk__in=excluded))


class ReviewStepApprovedNotifier(TaskStateEmailNotifier):
    """Tells the author that a step (not the last one) has approved the item."""

    notification = "approved"

    def get_recipient_users(self, task_state, **kwargs):
        workflow_state = task_state.workflow_state
        if workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
            return set()  # the last step: the workflow's own "approved" message says it
        author = workflow_state.requested_by
        if author is None or author == kwargs.get("user"):
            return set()
        return {author}


def after_commit(notifier):
    """A signal receiver that runs ``notifier`` once the current transaction has committed,
    and logs any failure instead of raising it."""

    def receiver(sender, instance, **kwargs):
        def send():
            try:
                notifier(sender=sender, instance=instance, **kwargs)
            except Exception:
                logger.exception("Review notification for %r could not be sent", instance)

        transaction.on_commit(send)

    return receiver


def reviewers_for_display(task_state):
    """The users who can act on ``task_state`` now (the authors excluded)."""
    obj = task_state.workflow_state.content_object
    task = task_state.task.specific
    if not hasattr(task, "eligible_reviewers"):
        return get_user_model().objects.none()
    return task.eligible_reviewers(obj).exclude(pk__in=_authors(task_state.workflow_state))
