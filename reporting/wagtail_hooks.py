from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reporting import charts, plan_views, views
from reporting.figures import compute
from reporting.followup import follow_up
from reporting.models import Plan


@hooks.register("register_admin_urls")
def register_reporting_urls():
    from reporting import annual

    return [
        path("reports/results/", views.ResultsReportView.as_view(), name="reporting_results"),
        path("reports/annual/", annual.report_list, name="reporting_annual_list"),
        path(
            "reports/annual/<slug:code>/<int:year>/",
            annual.report_edit,
            name="reporting_annual_edit",
        ),
        path(
            "reports/annual/<int:pk>/<slug:decision>/",
            annual.report_decide,
            name="reporting_annual_decide",
        ),
        path(
            "reports/annual/compiled/<int:year>.xlsx",
            annual.compiled_workbook,
            name="reporting_annual_workbook",
        ),
        path("reports/plan/", plan_views.plan_overview, name="reporting_plan"),
        path("reports/plan/<int:pk>/", plan_views.plan_overview, name="reporting_plan_detail"),
        path(
            "reports/plan/<int:pk>/report.<slug:kind>",
            plan_views.plan_report,
            name="reporting_plan_report",
        ),
        path(
            "reports/annual/compiled/<int:year>/print/",
            annual.compiled_print,
            name="reporting_annual_print",
        ),
    ]


@hooks.register("register_log_actions")
def register_annual_report_log_actions(actions):
    actions.register_action(
        "portal.annual_report_saved", _("Save annual report"), _("Annual report saved")
    )
    actions.register_action(
        "portal.annual_report_submitted", _("Submit annual report"), _("Annual report submitted")
    )
    actions.register_action(
        "portal.annual_report_return",
        _("Return annual report"),
        _("Annual report returned for changes"),
    )
    actions.register_action(
        "portal.annual_report_accept", _("Accept annual report"), _("Annual report accepted")
    )


@hooks.register("register_reports_menu_item")
def register_annual_menu_item():
    return ResultsMenuItem(
        _("Unit annual reports"), reverse("reporting_annual_list"), icon_name="doc-full", order=710
    )


class ResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_results_menu_item():
    return ResultsMenuItem(
        _("Results of the year"), reverse("reporting_results"), icon_name="table", order=700
    )


class FollowUpPanel(Component):
    """The ICD's follow-up of every unit; a unit head sees their own unit."""

    name = "portal_follow_up"
    template_name = "reporting/follow_up_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        keys = views.unit_keys_for(request.user)
        year = timezone.localdate().year
        figures = compute(year, unit_keys=keys)
        return {
            "rows": follow_up(keys),
            "request": request,
            "charts": [
                charts.items_per_unit_and_month(figures, year),
                charts.english_coverage(figures.values()),
                charts.waiting_per_step(keys),
            ],
        }

    def render_html(self, parent_context=None):
        if not views.can_see_reports(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)


@hooks.register("register_reports_menu_item")
def register_plan_menu_item():
    return PlanMenuItem(
        _("Results of the plan"), reverse("reporting_plan"), icon_name="clipboard-list", order=720
    )


class PlanMenuItem(MenuItem):
    def is_shown(self, request):
        return views.sees_all_units(request.user)


class PlanViewSet(SnippetViewSet):
    """Plans are entered by the ICD; the leadership may open them (view permission)."""

    model = Plan
    icon = "clipboard-list"
    menu_label = _("Plans")
    menu_order = 240
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["title", "decision_number", "start_year", "end_year", "status"]
    list_filter = ["status"]


register_snippet(PlanViewSet)


@hooks.register("construct_homepage_panels")
def add_follow_up_panel(request, panels):
    panels.append(FollowUpPanel())
