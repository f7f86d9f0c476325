"""A confirmation, in the user's language, after every decision taken on an item in review.

Wagtail's workflow action view (the dashboard's "Approve" and "Request changes" buttons) returns
to the dashboard without a word; its editor says only "Page '…' has been updated." after a
decision. ``confirm_workflow_action`` names the item, the step and what happens next, and is the
one message for both paths.
"""

from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import Page, TaskState


def workflow_action_message(page, action_name, step):
    """What the user just did to ``page`` at ``step`` (a task), said in their language."""
    page = Page.objects.get(pk=page.pk).specific
    values = {"title": page.get_admin_display_title(), "step": str(step.name)}
    if action_name == "reject":
        return (
            _(
                "You requested changes to “%(title)s” at the step “%(step)s”; it is back with "
                "its author, with your comment."
            )
            % values
        )
    if action_name == "approve":
        state = page.current_workflow_state
        if state is not None and state.current_task_state is not None:
            values["next"] = str(state.current_task_state.task.name)
            return (
                _("You approved “%(title)s” at the step “%(step)s”; it now waits at “%(next)s”.")
                % values
            )
        if page.live and not page.has_unpublished_changes:
            return (
                _("You approved “%(title)s” at the step “%(step)s”; it is now published.") % values
            )
        return _("You approved “%(title)s” at the step “%(step)s”.") % values
    return _("Your decision on “%(title)s” at the step “%(step)s” was recorded.") % values


def confirm_workflow_action(request, page, action_name, task_state, replaces=None):
    """Add the confirmation if ``task_state`` was decided by this request; it takes the place of
    the queued message ``replaces`` (Wagtail's generic one), so the user reads one message."""
    task_state = TaskState.objects.select_related("task").get(pk=task_state.pk)
    if task_state.status == TaskState.STATUS_IN_PROGRESS:
        return  # refused, or a form with errors: nothing was done
    if replaces is not None:
        drop_queued_message(request, replaces)
    messages.success(request, workflow_action_message(page, action_name, task_state.task))


def drop_queued_message(request, text):
    """Remove a message queued by this request. Django's message storage has no public way to
    take a message back; the queue is the storage's list of messages added by this request.
    Wagtail's admin messages are stored rendered by its message template."""
    queued = getattr(getattr(request, "_messages", None), "_queued_messages", None)
    if queued is not None:
        forms = {str(text).strip(), messages.render(text, None).strip()}
        queued[:] = [message for message in queued if str(message.message).strip() not in forms]


class ConfirmedWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action view (the same permission checks, forms and modals), with the
    confirmation. The dashboard's buttons post here."""

    submit_url_name = "workflows_workflow_action"

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        confirm_workflow_action(request, self.object, self.action_name, self.task_state)
        return response
