"""The results report: what each unit published in a year, with spreadsheet export and a
printable page. Open to ICD coordinators and administrators (all units) and to each unit's head
and deputies (their unit only)."""

from types import SimpleNamespace

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Page

from news.models import Theme
from reporting import charts
from reporting.figures import EVENT_FORMATS, EVENT_TYPES, compute
from workflows.models import Unit, UnitMembership


def sees_all_units(user):
    """ICD coordinators, the Ministry's leadership and administrators read every unit's
    figures and reports."""
    return user.has_perm("reporting.view_all_units_reports")


def decides_reports(user):
    """Returning and accepting units' reports, and compiling the plan's report, are the ICD's."""
    return user.has_perm("reporting.decide_unit_reports")


def unit_keys_for(user):
    """None for every unit, else the translation keys of the units the user heads."""
    if sees_all_units(user):
        return None
    return list(
        Unit.keys_for_user(user, roles=UnitMembership.REVIEWER_ROLES).values_list(
            "unit__translation_key", flat=True
        )
    )


def can_see_reports(user):
    return user.is_authenticated and (sees_all_units(user) or bool(unit_keys_for(user)))


class ResultsFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=gettext_lazy("Year"), coerce=int, required=False)
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit"),
        queryset=Unit.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=gettext_lazy("All units"),
    )
    theme = forms.ModelChoiceField(
        label=gettext_lazy("Theme"),
        queryset=Theme.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=gettext_lazy("All themes"),
    )

    def __init__(self, *args, unit_keys=None, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [(y, y) for y in range(this_year, 2020, -1)]
        units = Unit.objects.filter(locale__language_code="vi").order_by("name")
        if unit_keys is not None:
            units = units.filter(translation_key__in=unit_keys)
        self.fields["unit"].queryset = units
        self.fields["theme"].queryset = Theme.objects.filter(locale__language_code="vi")


def rows_for(figures):
    rows = []
    for entry in figures.values():
        row = SimpleNamespace(
            unit=entry.unit.name,
            news_vi=entry.news_vi,
            news_en=entry.news_en,
            events=entry.events_vi,
            english_share=entry.english_share,
            channel_appearances=entry.channel_appearances,
            figures=entry,
            # Lists of (label, count): a Counter in a template answers 0 to ".items".
            type_counts=[(EVENT_TYPES[c], n) for c, n in sorted(entry.events_by_type.items())],
            format_counts=[
                (EVENT_FORMATS[c], n) for c, n in sorted(entry.events_by_format.items())
            ],
            theme_counts=sorted(entry.items_by_theme.items()),
        )
        for code in EVENT_TYPES:
            setattr(row, f"type_{code}", entry.events_by_type.get(code, 0))
        for code in EVENT_FORMATS:
            setattr(row, f"format_{code}", entry.events_by_format.get(code, 0))
        rows.append(row)
    return rows


class ResultsReportView(SpreadsheetExportMixin, View):
    template_name = "reporting/results_report.html"
    print_template_name = "reporting/results_report_print.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def list_export(self):
        return (
            ["unit", "news_vi", "news_en", "events"]
            + [f"type_{code}" for code in EVENT_TYPES]
            + [f"format_{code}" for code in EVENT_FORMATS]
            + ["english_share", "channel_appearances"]
        )

    @property
    def export_headings(self):
        headings = {
            "unit": _("Unit"),
            "news_vi": _("News in Vietnamese"),
            "news_en": _("News in English"),
            "events": _("Events held"),
            "english_share": _("Items with a live English version (%)"),
            "channel_appearances": _("Appearances on the sites"),
        }
        headings.update({f"type_{code}": str(label) for code, label in EVENT_TYPES.items()})
        headings.update({f"format_{code}": str(label) for code, label in EVENT_FORMATS.items()})
        return headings

    def get_filename(self):
        return f"asean-results-{self.year}"

    def get(self, request):
        keys = unit_keys_for(request.user)
        form = ResultsFilterForm(request.GET or None, unit_keys=keys)
        self.year = timezone.localdate().year
        theme_key = None
        if form.is_bound and form.is_valid():
            self.year = form.cleaned_data["year"] or self.year
            if form.cleaned_data["unit"]:
                keys = [form.cleaned_data["unit"].translation_key]
            if form.cleaned_data["theme"]:
                theme_key = form.cleaned_data["theme"].translation_key
        figures = compute(self.year, unit_keys=keys, theme_key=theme_key)
        rows = rows_for(figures)
        if self.is_export:
            return self.as_spreadsheet(rows, request.GET.get("export"))
        urls = item_urls(figures, request)
        context = {
            "form": form,
            "year": self.year,
            "rows": rows,
            "urls": urls,
            "event_types": EVENT_TYPES,
            "event_formats": EVENT_FORMATS,
            "headings": self.export_headings,
            "header_title": _("Results of the year"),
            "charts": [
                charts.items_per_unit_and_month(figures, self.year),
                charts.english_coverage(figures.values()),
            ],
        }
        template = self.print_template_name if request.GET.get("print") else self.template_name
        return TemplateResponse(request, template, context)


def item_urls(figures, request):
    """Public addresses of the listed items, in one query."""
    ids = [item["id"] for entry in figures.values() for item in entry.items]
    return {page.pk: page.get_url(request) for page in Page.objects.filter(pk__in=ids)}
