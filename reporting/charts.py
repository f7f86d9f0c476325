"""Charts drawn on the server as SVG: readable without JavaScript, under the admin's
Content-Security-Policy (presentation attributes, no style attribute, no script), printable,
and accessible: ``role="img"`` with a ``<title>`` and a description, and the same figures in
a table beside the drawing (templates/reporting/includes/chart.html).

Each function returns a ``Chart`` with its rows of figures and the geometry of its bars, so a
test can compare the figures with the report's."""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Page, TaskState

from workflows.models import object_id_in_units

# Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend and
# the table as well as by colour.
COLOURS = ["#005a9c", "#b34700", "#2e7d32", "#6a1b9a"]
LABEL_WIDTH, BAR_AREA, ROW_GAP, BAR_HEIGHT = 220, 360, 10, 14
COLUMN_WIDTH, COLUMN_AREA_HEIGHT = 26, 40


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    colour: str
    label_x: float = 0
    label_y: float = 0


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    series: list  # labels of the series
    columns: list  # headings of the table's figure columns (the series, or the months)
    rows: list = field(default_factory=list)  # (label, [values])
    suffix: str = ""
    kind: str = "bars"  # "bars": horizontal bars per series; "columns": a column per month
    width: int = 0
    height: int = 0
    baseline_start: int = LABEL_WIDTH
    baseline_end: int = 0
    shapes: list = field(default_factory=list)  # (label, label_y, [Bar], baseline y or None)
    legend: list = field(default_factory=list)  # (label, colour, x, y)

    @property
    def values(self):
        return dict(self.rows)

    def layout(self):
        peak = max([v for _label, values in self.rows for v in values] + [1])
        top = 10 + (20 if self.kind == "bars" and len(self.series) > 1 else 0)
        if self.kind == "bars" and len(self.series) > 1:
            self.legend = [
                (label, COLOURS[i % len(COLOURS)], LABEL_WIDTH + i * 150, 4)
                for i, label in enumerate(self.series)
            ]
        y = top
        for label, values in self.rows:
            bars, baseline = [], None
            if self.kind == "bars":
                for i, value in enumerate(values):
                    width = round(BAR_AREA * value / peak, 1)
                    bar_y = y + i * BAR_HEIGHT
                    bars.append(
                        Bar(
                            LABEL_WIDTH,
                            bar_y,
                            width,
                            BAR_HEIGHT - 2,
                            value,
                            COLOURS[i % len(COLOURS)],
                            LABEL_WIDTH + width + 4,
                            bar_y + BAR_HEIGHT - 4,
                        )
                    )
                shapes_height = BAR_HEIGHT * len(values)
            else:
                for i, value in enumerate(values):
                    height = round(COLUMN_AREA_HEIGHT * value / peak, 1)
                    x = LABEL_WIDTH + i * COLUMN_WIDTH
                    base = baseline = y + COLUMN_AREA_HEIGHT + 12
                    bars.append(
                        Bar(
                            x,
                            base - height,
                            COLUMN_WIDTH - 4,
                            height,
                            value,
                            COLOURS[0],
                            x + (COLUMN_WIDTH - 4) / 2,
                            base - height - 2,
                        )
                    )
                shapes_height = COLUMN_AREA_HEIGHT + 14
            # The row's label beside its first bar, or on the baseline of its columns.
            label_y = y + BAR_HEIGHT - 3 if baseline is None else baseline - 3
            self.shapes.append((label, label_y, bars, baseline))
            y += shapes_height + ROW_GAP
        if self.kind == "columns":
            # Month numbers under the last row's columns.
            self.legend = [
                (str(i + 1), None, LABEL_WIDTH + i * COLUMN_WIDTH + (COLUMN_WIDTH - 4) / 2, y + 2)
                for i in range(len(self.columns))
            ]
            y += 14
        self.baseline_end = LABEL_WIDTH + COLUMN_WIDTH * len(self.columns)
        self.width = LABEL_WIDTH + max(BAR_AREA + 60, COLUMN_WIDTH * len(self.columns) + 20)
        self.height = y + 4
        return self


def items_per_unit_and_month(figures, year):
    """Vietnamese items published (news and events held) per unit and month of ``year``."""
    months = [formats.date_format(datetime.date(year, m, 1), "M") for m in range(1, 13)]
    rows = []
    for entry in figures.values():
        counts = [0] * 12
        for item in entry.items:
            counts[int(item["date"][5:7]) - 1] += 1
        rows.append((entry.unit.name, counts))
    return Chart(
        slug=f"items-month-{year}",
        title=_("Items published per unit and month, %(year)s") % {"year": year},
        description=_("One column per month for each unit; the table gives the figures."),
        series=[_("Items")],
        columns=months,
        rows=rows,
        kind="columns",
    ).layout()


def english_coverage(entries):
    """Share of each unit's Vietnamese items with a live English version (0-100)."""
    return Chart(
        slug="english-coverage",
        title=_("English coverage per unit"),
        description=_("Share of the unit's Vietnamese items that have a live English version."),
        series=[_("Items with a live English version (%)")],
        columns=[_("Items with a live English version (%)")],
        rows=[(entry.unit.name, [entry.english_share]) for entry in entries],
        suffix="%",
    ).layout()


def waiting_per_step(unit_keys=None, now=None):
    """Items waiting now at each step of the review chain: their number, the average and the
    longest wait in days."""
    now = now or timezone.now()
    states = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
    ).select_related("task")
    if unit_keys is not None:
        states = states.filter(object_id_in_units(unit_keys, field="workflow_state__object_id"))
    waits = {}
    for state in states.order_by("task__name"):
        waits.setdefault(state.task.name, []).append((now - state.started_at).days)
    rows = [
        (name, [len(days), round(sum(days) / len(days)), max(days)]) for name, days in waits.items()
    ]
    series = [_("Items waiting"), _("Average wait (days)"), _("Longest wait (days)")]
    return Chart(
        slug="waiting-per-step",
        title=_("Waiting time per step of the review chain"),
        description=_("Items waiting now at each step, with their average and longest wait."),
        series=series,
        columns=series,
        rows=rows,
    ).layout()


def targets_against_results(results):
    """Per unit with a target: each measure's result against its target over the years."""
    measures = [
        ("news_vi", _("News in Vietnamese")),
        ("news_en", _("News in English")),
        ("events", _("Events held")),
        ("activities", _("Activities off the portal")),
    ]
    rows = []
    for entry in results.units.values():
        if entry.target is None:
            continue
        for name, label in measures:
            rows.append(
                (f"{entry.unit.name}: {label}", [getattr(entry, name), entry.target_total(name)])
            )
    series = [_("Result"), pgettext("plan", "Target")]
    return Chart(
        slug="targets",
        title=_("Targets against results, %(first)s-%(last)s")
        % {"first": results.years[0], "last": results.years[-1]},
        description=_("For each unit with a target, the result and the target of each measure."),
        series=series,
        columns=series,
        rows=rows,
    ).layout()
