"""The editor's action menu as a journalist needs it: submitting for review is the main button
(not hidden behind the arrow of "Save draft"), and says what it does in the editor's language
instead of naming the workflow object, whose name is stored in one language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import SubmitForModerationMenuItem


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page and page.pk else None
        if state and state.status == state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Resubmit for review")
        else:
            context["label"] = _("Submit for review")
        return context


def submit_first(menu_items, request, context):
    """Replace Wagtail's submit item; where the user cannot publish (everyone but site
    administrators), make it the menu's main button."""
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            submit = SubmitForReviewMenuItem(order=item.order)
            menu_items[index] = submit
            break
    else:
        return
    if not any(item.name == "action-publish" for item in menu_items):
        menu_items.remove(submit)
        menu_items.insert(0, submit)
