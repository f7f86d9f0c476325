"""Second pair of eyes: nobody approves text they wrote.

The authors of an item in review are everyone who saved a revision of it since it was last
published (since it was created, when it never was), whoever submitted it to the chain in that
time, the writer of a revision it was reverted to, and, for an English version, everyone who
translated its text in that time. None of them approves it, at any step. ``may_approve`` is the
one answer to "may this user approve this task state", and every path uses it: the actions
offered (editor, dashboard, moderation queue), and ``on_action``, which every way of approving
reaches (``workflow_action``, the dashboard's buttons, the editor's action menu).

Wagtail 8.0.1's ``workflow_action`` view checks the actions offered for the page in the URL but
acts on the task state in the URL, so the rule is checked again in ``on_action`` against the
task state's own object (see the shared notes, recipe 3).
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation

from workflows.translation import translation_for


def _history_since(obj):
    """When the text now in review started: the last publication, or None (since creation)."""
    return getattr(obj, "last_published_at", None)


def authors(obj):
    """The ids of the users who wrote what ``obj`` holds since it was last published."""
    # The base page holds all that is needed (publication time, translation key, locale).
    since = _history_since(obj)
    object_id = str(obj.pk)
    base_type = obj.get_base_content_type()

    revisions = Revision.objects.filter(base_content_type=base_type, object_id=object_id)
    states = WorkflowState.objects.filter(base_content_type=base_type, object_id=object_id)
    if since is not None:
        revisions = revisions.filter(created_at__gt=since)
        # The submitter of the current review counts whenever it started.
        states = states.filter(
            Q(created_at__gt=since)
            | Q(status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES])
        )
    ids = set(revisions.values_list("user_id", flat=True))
    ids |= set(states.values_list("requested_by_id", flat=True))

    # A revert brings back the text of an earlier revision: its writer is an author too, even
    # when that revision predates the last publication.
    reverted_to = [
        entry.data.get("revision", {}).get("id")
        for entry in PageLogEntry.objects.filter(
            page_id=obj.pk, action="wagtail.revert", revision__in=revisions
        )
    ]
    if reverted_to:
        ids |= set(
            Revision.objects.filter(pk__in=[pk for pk in reverted_to if pk]).values_list(
                "user_id", flat=True
            )
        )

    # An English version's text is written in the translation editor, string by string.
    translation = translation_for(obj) if hasattr(obj, "translation_key") else None
    if translation is not None:
        strings = StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of__segments__source=translation.source,
        )
        if since is not None:
            strings = strings.filter(updated_at__gt=since)
        machine = get_machine_translator()
        if machine is not None:
            # Machine text that a reviewer accepted as it is keeps the tool's name: the
            # reviewer read it, and did not write it.
            strings = strings.exclude(tool_name=machine.display_name)
        ids |= set(strings.values_list("last_translated_by_id", flat=True))

    ids.discard(None)
    return ids


def is_author(obj, user):
    return user.is_authenticated and user.pk in authors(obj)


def may_approve(task_state, user):
    """Whether ``user`` may approve ``task_state`` now: the step is the item's current one, the
    user reviews this step, and the user is none of the item's authors."""
    task_state = getattr(task_state, "specific", task_state)
    workflow_state = task_state.workflow_state
    if (
        task_state.status != TaskState.STATUS_IN_PROGRESS
        or workflow_state.current_task_state_id != task_state.pk
    ):
        return False
    obj = workflow_state.content_object
    actions = task_state.task.specific.get_actions(obj, user)
    return any(name == "approve" for name, _label, _modal in actions)


def exclude_authored(task_states, user):
    """``task_states`` without those of items ``user`` is an author of."""
    authored = [
        state.pk
        for state in task_states.select_related("workflow_state")
        if state.workflow_state.content_object is not None
        and user.pk in authors(state.workflow_state.content_object)
    ]
    return task_states.exclude(pk__in=authored)


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
            or (action_name == "approve" and not may_approve(task_state, user))
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

    def get_task_states_user_reviews(self, user, **kwargs):
        """The states of this step that ``user`` reviews, including items they wrote (the
        dashboard lists those apart, saying why the user cannot approve them)."""
        return super().get_task_states_user_can_moderate(user, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return exclude_authored(super().get_task_states_user_can_moderate(user, **kwargs), user)
