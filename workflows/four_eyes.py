"""Second pair of eyes: whoever submitted an item, or last edited it, never approves it.

Wagtail 8.0.1's ``workflow_action`` view checks the actions offered for the page in the URL but
acts on the task state in the URL, so the rule is checked again in ``on_action`` against the
task state's own object (see the shared notes, recipe 3).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, TaskState


def is_author(obj, user):
    """True when ``user`` submitted ``obj`` for review or saved its latest revision."""
    obj = getattr(obj, "specific", obj)
    state = obj.current_workflow_state
    if state is not None and state.requested_by_id == user.pk:
        return True
    revision = obj.get_latest_revision()
    return revision is not None and revision.user_id == user.pk


def exclude_authored(task_states, user):
    last_edited = (
        Page.objects.filter(latest_revision__user=user)
        .annotate(pk_str=Cast("pk", output_field=CharField()))
        .values("pk_str")
    )
    return task_states.exclude(
        Q(workflow_state__requested_by=user)
        | Q(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=last_edited,
        )
    )


class FourEyesTaskMixin:
    """Must come first among a task's bases, before the class that implements the task API."""

    def get_actions(self, obj, user):
        if is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        allowed = {name for name, _label, _modal in self.get_actions(obj, user)}
        if (
            task_state.status != TaskState.STATUS_IN_PROGRESS
            or task_state.workflow_state.current_task_state_id != task_state.pk
            or action_name not in allowed
        ):
            raise PermissionDenied
        latest = obj.get_latest_revision()
        if action_name == "approve" and latest is not None and task_state.revision_id != latest.pk:
            # The reviewer approves the text as it stands now (the editor shows the latest
            # revision), so that an edit made during this step needs no second approval of
            # the same step; earlier steps are asked again (reapproval on edit).
            task_state.revision = latest
            task_state.save(update_fields=["revision"])
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return exclude_authored(super().get_task_states_user_can_moderate(user, **kwargs), user)
