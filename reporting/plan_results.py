"""A plan's results over its period (or part of it): what each unit published, year by year,
from the same counts as the results of the year (``reporting.figures.compute``: live originals
only), the activities off the portal from the units' submitted or accepted reports, and the
plan's targets against them. The closing report, its annex and the charts all read this."""

from collections import Counter
from dataclasses import dataclass, field

from reporting.figures import compute
from reporting.models import OffPortalActivity, UnitAnnualReport

COUNTED_REPORTS = (UnitAnnualReport.SUBMITTED, UnitAnnualReport.ACCEPTED)


@dataclass
class UnitTotals:
    unit: object
    news_vi: int = 0
    news_en: int = 0
    events: int = 0
    activities: int = 0
    items_vi: int = 0
    items_vi_with_english: int = 0
    target: object = None
    years_counted: int = 0

    @property
    def english_share(self):
        if not self.items_vi:
            return 0
        return round(100 * self.items_vi_with_english / self.items_vi)

    def target_total(self, name):
        """The target over the years counted, or None where the plan sets none for the unit."""
        if self.target is None:
            return None
        return getattr(self.target, f"{name}_per_year") * self.years_counted


@dataclass
class PlanResults:
    plan: object
    years: list
    by_year: dict = field(default_factory=dict)  # year -> {unit key: UnitFigures}
    units: dict = field(default_factory=dict)  # unit key -> UnitTotals
    themes: Counter = field(default_factory=Counter)  # Vietnamese theme name -> items
    reports: list = field(default_factory=list)
    activities: list = field(default_factory=list)

    def year_totals(self, year):
        figures = self.by_year[year].values()
        return {
            "news_vi": sum(f.news_vi for f in figures),
            "news_en": sum(f.news_en for f in figures),
            "events": sum(f.events_vi for f in figures),
            "activities": sum(1 for a in self.activities if a.report.year == year),
        }

    @property
    def totals(self):
        rows = self.units.values()
        return {
            "news_vi": sum(r.news_vi for r in rows),
            "news_en": sum(r.news_en for r in rows),
            "events": sum(r.events for r in rows),
            "activities": sum(r.activities for r in rows),
        }

    def items(self):
        """Every published item of the period, as (year, unit figures, item) rows."""
        for year in self.years:
            for entry in self.by_year[year].values():
                for item in entry.items:
                    yield year, entry, item


def plan_results(plan, first_year=None, last_year=None):
    first_year = first_year or plan.start_year
    last_year = last_year or plan.end_year
    results = PlanResults(plan=plan, years=list(range(first_year, last_year + 1)))
    targets = {t.unit.translation_key: t for t in plan.targets.select_related("unit")}
    for year in results.years:
        figures = compute(year)
        results.by_year[year] = figures
        for key, entry in figures.items():
            totals = results.units.setdefault(
                key, UnitTotals(unit=entry.unit, target=targets.get(key))
            )
            totals.years_counted += 1
            totals.news_vi += entry.news_vi
            totals.news_en += entry.news_en
            totals.events += entry.events_vi
            totals.items_vi += entry.items_vi
            totals.items_vi_with_english += entry.items_vi_with_english
            results.themes.update(entry.items_by_theme)
    results.reports = list(
        UnitAnnualReport.objects.filter(
            year__in=results.years, status__in=COUNTED_REPORTS
        ).select_related("unit")
    )
    results.activities = list(
        OffPortalActivity.objects.filter(report__in=results.reports)
        .select_related("report", "report__unit", "evidence_document")
        .order_by("date", "pk")
    )
    for activity in results.activities:
        totals = results.units.get(activity.report.unit.translation_key)
        if totals is not None:
            totals.activities += 1
    return results
