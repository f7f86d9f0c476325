"""The plan's results over its period, for the ICD and the Ministry's leadership: targets
against results per unit and per year, charts, and the closing report to download."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from reporting import charts
from reporting.closing import DOCX_TYPE, XLSX_TYPE, ClosingReport
from reporting.models import Plan
from reporting.plan_results import plan_results
from reporting.views import sees_all_units


def _check(user):
    if not sees_all_units(user):
        raise PermissionDenied


def _default_plan():
    year = timezone.localdate().year
    return (
        Plan.objects.covering(year).first()
        or Plan.objects.filter(status=Plan.ADOPTED, start_year__lte=year)
        .order_by("-end_year")
        .first()
    )


def plan_overview(request, pk=None):
    _check(request.user)
    plan = get_object_or_404(Plan, pk=pk) if pk else _default_plan()
    context = {
        "plans": Plan.objects.all(),
        "plan": plan,
        "header_title": _("Results of the plan"),
    }
    if plan is not None:
        last_year = min(plan.end_year, timezone.localdate().year)
        if last_year >= plan.start_year:
            results = plan_results(plan, plan.start_year, last_year)
            context.update(
                {
                    "results": results,
                    "year_rows": [(year, results.year_totals(year)) for year in results.years],
                    "unit_rows": list(results.units.values()),
                    "target_chart": charts.targets_against_results(results),
                    "english_chart": charts.english_coverage(results.units.values()),
                }
            )
    return TemplateResponse(request, "reporting/plan_overview.html", context)


def plan_report(request, pk, kind):
    _check(request.user)
    plan = get_object_or_404(Plan, pk=pk, status=Plan.ADOPTED)
    language = "en" if request.GET.get("language") == "en" else "vi"
    last_year = min(plan.end_year, timezone.localdate().year)
    report = ClosingReport(plan_results(plan, plan.start_year, last_year), language=language)
    if kind == "docx":
        content, content_type = report.docx_bytes(), DOCX_TYPE
    elif kind == "xlsx":
        content, content_type = report.xlsx_bytes(), XLSX_TYPE
    else:
        raise Http404
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{report.filename(kind)}"'
    return response
