"""The review chain's e-mail notifications (``workflows/notifications.py``), connected in
``WorkflowsConfig.ready()``."""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_approved,
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from workflows import names
from workflows.notifications import (
    ReviewStepApprovedNotifier,
    ReviewStepSubmittedNotifier,
    _portal_task,
    after_commit,
)


def register_signal_handlers():
    """Called from WorkflowsConfig.ready(), before Wagtail's admin app connects its own
    notifiers: receivers connected under the same dispatch_uid replace Wagtail's, which would
    e-mail a step's whole group including the author, inside the approving transaction."""
    # Wagtail's notifiers, made safe.
    workflow_approved.connect(
        after_commit(WorkflowStateApprovalEmailNotifier()),
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
        weak=False,
    )
    workflow_rejected.connect(
        after_commit(WorkflowStateRejectionEmailNotifier()),
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
        weak=False,
    )
    # Superusers are not told of every submission.
    workflow_submitted.connect(
        lambda **kwargs: None,
        sender=WorkflowState,
        dispatch_uid="workflow_state_submitted_email_notification",
        weak=False,
    )
    # Step notifications: ours for the portal's tasks; Wagtail's group notifier is kept for
    # any plain group approval task an administrator may create.
    group_notifier = GroupApprovalTaskStateSubmissionEmailNotifier()

    def group_tasks_only(sender, instance, **kwargs):
        if not _portal_task(instance.task.specific):
            group_notifier(sender=sender, instance=instance, **kwargs)

    task_submitted.connect(
        after_commit(group_tasks_only),
        sender=TaskState,
        dispatch_uid="group_approval_task_submitted_email_notification",
        weak=False,
    )
    task_submitted.connect(
        after_commit(ReviewStepSubmittedNotifier()),
        sender=TaskState,
        dispatch_uid="portal_review_step_submitted",
        weak=False,
    )
    task_approved.connect(
        after_commit(ReviewStepApprovedNotifier()),
        sender=TaskState,
        dispatch_uid="portal_review_step_approved",
        weak=False,
    )
    # Workflow and task names shown in the reader's language (workflows/names.py).
    names.connect()
