"""Unit annual reports: the head submits, the ICD returns (with a comment) or accepts, and
compiles every unit's report into one workbook and one printable report."""

import io

import openpyxl
from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.widgets import AdminDateInput
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.log_actions import log

from home.spreadsheets import xlsx_append
from reporting.figures import EVENT_FORMATS, EVENT_TYPES, compute
from reporting.models import OffPortalActivity, UnitAnnualReport
from reporting.views import decides_reports, sees_all_units, unit_keys_for
from workflows.models import Unit


class NarrativeForm(forms.ModelForm):
    class Meta:
        model = UnitAnnualReport
        fields = ["progress", "results", "difficulties", "proposals", "summary_en"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in fields}


class ActivityForm(forms.ModelForm):
    evidence_url = forms.URLField(
        label=gettext_lazy("evidence (link)"), required=False, assume_scheme="https"
    )

    class Meta:
        model = OffPortalActivity
        fields = ["date", "kind", "title", "participants", "evidence_document", "evidence_url"]
        widgets = {"date": AdminDateInput(), "evidence_document": AdminDocumentChooser()}

    def __init__(self, *args, year=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.year = year

    def clean_date(self):
        date = self.cleaned_data["date"]
        if self.year and date.year != self.year:
            raise forms.ValidationError(_("The activity must fall in the year of the report."))
        return date


# Activities are part of the report: saved with it, frozen with it, reviewed with it.
ActivityFormSet = forms.inlineformset_factory(
    UnitAnnualReport, OffPortalActivity, form=ActivityForm, extra=1, can_delete=True
)


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("What must the unit change?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": gettext_lazy("Say what the unit must change.")},
    )


def is_icd(user):
    return sees_all_units(user)


def can_decide(user):
    return decides_reports(user)


def heads_unit(user, unit):
    keys = unit_keys_for(user)
    return keys is not None and unit.translation_key in keys


def live_figures(unit, year):
    return compute(year, unit_keys=[unit.translation_key])[unit.translation_key].as_dict()


def report_list(request):
    keys = unit_keys_for(request.user)
    if keys is not None and not keys:
        raise PermissionDenied
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    units = Unit.objects.filter(locale__language_code="vi").order_by("name")
    if keys is not None:
        units = units.filter(translation_key__in=keys)
    reports = {r.unit_id: r for r in UnitAnnualReport.objects.filter(year=year, unit__in=units)}
    rows = [{"unit": unit, "report": reports.get(unit.pk)} for unit in units]
    return TemplateResponse(
        request,
        "reporting/annual_list.html",
        {
            "rows": rows,
            "year": year,
            "is_icd": keys is None,
            "header_title": _("Unit annual reports"),
        },
    )


def report_edit(request, code, year):
    unit = get_object_or_404(Unit, code=code, locale__language_code="vi")
    if not (heads_unit(request.user, unit) or is_icd(request.user)):
        raise PermissionDenied
    report = UnitAnnualReport.objects.filter(unit=unit, year=year).first()
    can_edit = heads_unit(request.user, unit) and (report is None or report.is_editable)
    instance = report or UnitAnnualReport(unit=unit, year=year)
    form = NarrativeForm(request.POST or None, instance=instance)
    # A post without the activities' part (an older form, a script) leaves them as they are.
    activities_data = request.POST if "activities-TOTAL_FORMS" in request.POST else None
    activities = ActivityFormSet(
        activities_data, instance=instance, prefix="activities", form_kwargs={"year": year}
    )
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        if form.is_valid() and (not activities.is_bound or activities.is_valid()):
            with transaction.atomic():
                report = form.save(commit=False)
                if "submit" in request.POST:
                    report.figures = live_figures(unit, year)  # frozen now
                    report.status = UnitAnnualReport.SUBMITTED
                    report.submitted_by = request.user
                    report.submitted_at = timezone.now()
                elif report.status not in UnitAnnualReport.EDITABLE:
                    report.status = UnitAnnualReport.DRAFT
                report.save()
                if activities.is_bound:
                    activities.instance = report
                    activities.save()
                log(
                    instance=report,
                    action="portal.annual_report_"
                    + ("submitted" if "submit" in request.POST else "saved"),
                    user=request.user,
                )
            messages.success(
                request,
                _("The report was submitted to the International Cooperation Department.")
                if "submit" in request.POST
                else _("The draft was saved."),
            )
            return redirect("reporting_annual_edit", code=unit.code, year=year)
        status = 400
    figures = report.figures if report and not report.is_editable else live_figures(unit, year)
    return TemplateResponse(
        request,
        "reporting/annual_edit.html",
        {
            "unit": unit,
            "year": year,
            "report": report,
            "form": form,
            "activities_formset": activities,
            "activities": report.activities.select_related("evidence_document") if report else [],
            "can_edit": can_edit,
            "figures": figures,
            "return_form": ReturnForm(),
            "is_icd": is_icd(request.user),
            "can_decide": can_decide(request.user),
            "event_types": EVENT_TYPES,
            "event_formats": EVENT_FORMATS,
            "header_title": _("Annual report %(year)s: %(unit)s")
            % {"year": year, "unit": unit.name},
        },
        status=status,
    )


@require_POST
def report_decide(request, pk, decision):
    report = get_object_or_404(UnitAnnualReport, pk=pk)
    if not can_decide(request.user):
        raise PermissionDenied
    if report.status != UnitAnnualReport.SUBMITTED:
        messages.error(request, _("Only a submitted report can be returned or accepted."))
        return redirect("reporting_annual_edit", code=report.unit.code, year=report.year)
    if decision == "return":
        form = ReturnForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Say what the unit must change."))
            return redirect("reporting_annual_edit", code=report.unit.code, year=report.year)
        report.status = UnitAnnualReport.RETURNED
        report.return_comment = form.cleaned_data["comment"]
    elif decision == "accept":
        report.status = UnitAnnualReport.ACCEPTED
    else:
        raise Http404
    report.decided_by = request.user
    report.decided_at = timezone.now()
    report.save()
    log(
        instance=report,
        action=f"portal.annual_report_{decision}",
        user=request.user,
        data={"comment": report.return_comment} if decision == "return" else None,
    )
    messages.success(
        request,
        _("The report was returned to the unit.")
        if decision == "return"
        else _("The report was accepted."),
    )
    return redirect("reporting_annual_list")


def compiled_reports(year):
    return (
        UnitAnnualReport.objects.filter(
            year=year, status__in=[UnitAnnualReport.SUBMITTED, UnitAnnualReport.ACCEPTED]
        )
        .select_related("unit")
        .order_by("unit__name")
    )


def compiled_workbook(request, year):
    if not is_icd(request.user):
        raise PermissionDenied
    workbook = openpyxl.Workbook()
    summary = workbook.active
    summary.title = _("Summary")[:31]
    type_codes, format_codes = list(EVENT_TYPES), list(EVENT_FORMATS)
    xlsx_append(
        summary,
        [_("Unit"), _("Status"), _("News in Vietnamese"), _("News in English"), _("Events held")]
        + [str(EVENT_TYPES[c]) for c in type_codes]
        + [str(EVENT_FORMATS[c]) for c in format_codes]
        + [_("Items with a live English version (%)")],
    )
    for report in compiled_reports(year):
        f = report.figures
        xlsx_append(
            summary,
            [
                report.unit.name,
                report.get_status_display(),
                f.get("news_vi", 0),
                f.get("news_en", 0),
                f.get("events_vi", 0),
            ]
            + [f.get("events_by_type", {}).get(c, 0) for c in type_codes]
            + [f.get("events_by_format", {}).get(c, 0) for c in format_codes]
            + [f.get("english_share", 0)],
        )
        sheet = workbook.create_sheet(report.unit.code[:31])
        xlsx_append(sheet, [_("Unit"), report.unit.name])
        xlsx_append(sheet, [_("Year"), report.year])
        xlsx_append(sheet, [_("Status"), report.get_status_display()])
        xlsx_append(sheet, [_("News in Vietnamese"), f.get("news_vi", 0)])
        xlsx_append(sheet, [_("News in English"), f.get("news_en", 0)])
        xlsx_append(sheet, [_("Events held"), f.get("events_vi", 0)])
        xlsx_append(sheet, [_("Items with a live English version (%)"), f.get("english_share", 0)])
        for label, name in (
            (_("Progress"), "progress"),
            (_("Results"), "results"),
            (_("Difficulties"), "difficulties"),
            (_("Proposals"), "proposals"),
        ):
            xlsx_append(sheet, [label, getattr(report, name)])
        xlsx_append(sheet, [])
        xlsx_append(
            sheet,
            [_("Date"), _("Title"), _("Type"), _("English version"), _("Sites where it appeared")],
        )
        for item in f.get("items", []):
            xlsx_append(
                sheet,
                [
                    item["date"],
                    item["title"],
                    str(item["type"]),
                    _("yes") if item["english"] else _("no"),
                    # Figures compiled before channels existed do not have it.
                    item.get("channels", ""),
                ],
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="asean-annual-reports-{year}.xlsx"'
    return response


def compiled_print(request, year):
    if not is_icd(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "reporting/annual_compiled_print.html",
        {"year": year, "reports": compiled_reports(year), "event_types": EVENT_TYPES},
    )
