"""What happens when the last step approves an item.

Wagtail's default finish action publishes with the approver's own permissions, but neither unit
heads nor board members may publish directly: approval in the chain is what publishes. This
module must not import models at module level: Wagtail imports it while ``wagtail.models`` is
still loading (``WAGTAIL_FINISH_WORKFLOW_ACTION``).
"""


def publish_workflow_state_as_system(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    # A future go-live time is honoured: the revision is scheduled, and publish_scheduled
    # makes it live when due.
    revision.publish(user=user, skip_permission_checks=True)
