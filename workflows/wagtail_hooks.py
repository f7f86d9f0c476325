from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.models import WorkflowState
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from workflows import views
from workflows.dashboard import AuthorItemsPanel, ReviewQueuePanel, UnitOverviewPanel
from workflows.models import Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = gettext_lazy("Units")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "short_name", "code", "parent"]
    list_filter = ["parent"]
    search_fields = ["name", "short_name", "code"]
    ordering = ["name"]


register_snippet(UnitViewSet)


@hooks.register("construct_homepage_panels")
def review_panels(request, panels):
    replaced = {ReviewQueuePanel.name, AuthorItemsPanel.name}
    panels[:] = [panel for panel in panels if getattr(panel, "name", None) not in replaced]
    panels.extend([ReviewQueuePanel(), AuthorItemsPanel(), UnitOverviewPanel()])


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
    actions.register_action(
        "portal.emergency_publish",
        gettext_lazy("Publish without full review"),
        gettext_lazy("Published without full review"),
    )
    actions.register_action(
        "portal.emergency_publish_confirmed",
        gettext_lazy("Confirm review after publication"),
        gettext_lazy("Review confirmed after publication"),
    )


@hooks.register("register_admin_urls")
def register_workflow_urls():
    return [
        path(
            "emergency-publish/<int:page_id>/",
            views.emergency_publish,
            name="workflows_emergency_publish",
        ),
        path("published-without-review/", views.emergency_list, name="workflows_emergency_list"),
        path(
            "published-without-review/<int:pk>/confirm/",
            views.emergency_confirm,
            name="workflows_emergency_confirm",
        ),
    ]


class EmergencyPublishMenuItem(ActionMenuItem):
    label = gettext_lazy("Publish without full review…")
    name = "action-emergency-publish"
    icon_name = "warning"
    order = 60

    def is_shown(self, context):
        return context["view"] == "edit" and views.is_board_member(context["request"].user)

    def get_url(self, parent_context):
        return reverse("workflows_emergency_publish", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_emergency_publish_menu_item():
    return EmergencyPublishMenuItem()


class EmergencyListMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_confirm(request.user)


@hooks.register("register_reports_menu_item")
def register_emergency_list_menu_item():
    return EmergencyListMenuItem(
        gettext_lazy("Published without full review"),
        reverse("workflows_emergency_list"),
        icon_name="warning",
        order=900,
    )


@hooks.register("before_edit_page")
def show_requested_changes(request, page):
    """Requested changes come back to the author with the reviewer's comment in the editor."""
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    comment = task_state.specific.get_comment() if task_state else ""
    reviewer = task_state.finished_by if task_state else None
    messages.warning(
        request,
        _("Changes requested at “%(step)s” by %(reviewer)s: %(comment)s")
        % {
            "step": task_state.task.name if task_state else "",
            "reviewer": (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "",
            "comment": comment,
        },
    )
    return None
