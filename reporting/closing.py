"""The plan's closing report to the ministry in charge: a .docx in the layout of Vietnamese
administrative documents (Decree 30/2020/NĐ-CP, appendix I: national title and motto, issuing
body, number and symbol, place and date, title, addressee, body, "Nơi nhận", signature block)
and an XLSX annex listing every item, in Vietnamese or, for ASEAN partners, in English, both
from the same ``PlanResults``."""

import io

import openpyxl
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from events.models import EventPage
from home.spreadsheets import xlsx_append
from news.models import NewsPage, Theme
from reporting.models import OffPortalActivity
from workflows.models import Unit

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Decree 30/2020/NĐ-CP: Times New Roman, 13 to 14 pt for the body.
FONT, BODY_SIZE = "Times New Roman", Pt(13)


def _names(model, language):
    """{translation key: name} of ``model``'s objects in ``language``, else in Vietnamese."""
    names = {}
    for obj in model.objects.filter(locale__language_code__in=["vi", language]).order_by(
        "locale__language_code"
    ):
        if obj.locale.language_code == language or obj.translation_key not in names:
            names[obj.translation_key] = obj.name
    return names


def _date_line(date, language):
    if language == "vi":
        return f"Hà Nội, ngày {date:%d} tháng {date:%m} năm {date:%Y}"
    return f"Ha Noi, {date.day} {formats.date_format(date, 'F Y')}"


class ClosingReport:
    def __init__(self, results, language="vi", date=None):
        self.results = results
        self.plan = results.plan
        self.language = language
        self.date = date or timezone.localdate()
        self.unit_names = _names(Unit, language)
        self.theme_names = _names(Theme, language)
        self.theme_keys = {
            t.name: t.translation_key for t in Theme.objects.filter(locale__language_code="vi")
        }

    # Helpers ----------------------------------------------------------------------------
    def unit_name(self, unit):
        return self.unit_names.get(unit.translation_key, unit.name)

    def theme_name(self, vietnamese_name):
        return self.theme_names.get(self.theme_keys.get(vietnamese_name), vietnamese_name)

    @property
    def period(self):
        return f"{self.results.years[0]}-{self.results.years[-1]}"

    @property
    def plan_title(self):
        if self.language == "en" and self.plan.title_en:
            return self.plan.title_en
        return self.plan.title

    @property
    def ministry(self):
        if self.language == "en" and self.plan.receiving_ministry_en:
            return self.plan.receiving_ministry_en
        return self.plan.receiving_ministry

    def filename(self, extension):
        suffix = "" if self.language == "vi" else f"-{self.language}"
        return f"bao-cao-ke-hoach-asean-{self.period}{suffix}.{extension}"

    # The document -----------------------------------------------------------------------
    def document(self):
        with translation.override(self.language):
            return self._document()

    def _paragraph(self, doc, text="", bold=False, italic=False, align=None, size=None):
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = size
        if align is not None:
            paragraph.alignment = align
        return paragraph

    def _table(self, doc, headings, rows):
        table = doc.add_table(rows=1, cols=len(headings))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, heading in zip(table.rows[0].cells, headings, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(str(heading)).bold = True
        for values in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                cell.text = "" if value is None else str(value)
        return table

    def _header(self, doc):
        """Issuing body and number at left, national title and motto at right, then the
        place and date, in a borderless two-column table as the decree lays it out."""
        header = doc.add_table(rows=2, cols=2)
        left, right = header.rows[0].cells
        left.text, right.text = "", ""
        left.paragraphs[0].add_run(_("MINISTRY OF HOME AFFAIRS")).bold = True
        left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        right.paragraphs[0].add_run(_("SOCIALIST REPUBLIC OF VIET NAM")).bold = True
        right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        motto = right.add_paragraph()
        motto.add_run(_("Independence - Freedom - Happiness")).bold = True
        motto.alignment = WD_ALIGN_PARAGRAPH.CENTER
        number, place = header.rows[1].cells
        # The number is given by the records office when the report is signed.
        number.text = _("No.: %(blank)s/BC-BNV") % {"blank": "      "}
        number.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        place.text = ""
        place.paragraphs[0].add_run(_date_line(self.date, self.language)).italic = True
        place.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _document(self):
        results, plan = self.results, self.plan
        doc = Document()
        style = doc.styles["Normal"]
        style.font.name, style.font.size = FONT, BODY_SIZE
        section = doc.sections[0]
        # A4 with the decree's margins (top and bottom 2 cm, left 3 cm, right 1.5 cm).
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)
        doc.core_properties.title = _("Report on the results of the plan, %(period)s") % {
            "period": self.period
        }
        doc.core_properties.language = self.language

        self._header(doc)
        self._paragraph(doc, _("REPORT"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=Pt(14))
        subtitle = _("Results of the %(plan)s") % {"plan": self.plan_title}
        if (results.years[0], results.years[-1]) != (plan.start_year, plan.end_year):
            subtitle += f" ({self.period})"  # a part of the plan's period
        self._paragraph(doc, subtitle, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self._paragraph(
            doc,
            _("To: %(ministry)s") % {"ministry": self.ministry},
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
        decision_date = (
            formats.date_format(plan.decision_date, "SHORT_DATE_FORMAT")
            if plan.decision_date
            else ""
        )
        self._paragraph(
            doc,
            _(
                "Pursuant to Decision No. %(number)s of %(date)s issuing the plan, the Ministry "
                "of Home Affairs reports the results of %(period)s, counted from the items "
                "published on its portal and from the activities its units reported."
            )
            % {"number": plan.decision_number or "…", "date": decision_date, "period": self.period},
        )

        totals = results.totals
        doc.add_heading(_("I. Overall results"), level=2)
        self._paragraph(
            doc,
            _(
                "%(news_vi)s news items in Vietnamese and %(news_en)s in English were published, "
                "%(events)s events were held and covered, and the units reported %(activities)s "
                "activities off the portal."
            )
            % totals,
        )

        doc.add_heading(_("II. Results per year"), level=2)
        self._table(
            doc,
            [
                _("Year"),
                _("News in Vietnamese"),
                _("News in English"),
                _("Events held"),
                _("Activities off the portal"),
            ],
            [
                [year, t["news_vi"], t["news_en"], t["events"], t["activities"]]
                for year in results.years
                for t in [results.year_totals(year)]
            ],
        )

        doc.add_heading(_("III. Results per unit against the plan's targets"), level=2)
        self._table(
            doc,
            [
                _("Unit"),
                _("News in Vietnamese"),
                _("News in English"),
                _("Events held"),
                _("Activities off the portal"),
                _("Items with a live English version (%)"),
            ],
            [self._unit_row(row) for row in results.units.values()],
        )
        self._paragraph(
            doc,
            _(
                "Each cell reads: result / target over the period; a dash where the plan set "
                "no target."
            ),
            italic=True,
        )

        doc.add_heading(_("IV. Results per theme"), level=2)
        self._table(
            doc,
            [_("Theme"), _("Items in Vietnamese")],
            [[self.theme_name(name), count] for name, count in self._theme_counts()],
        )

        doc.add_heading(_("V. Activities off the portal"), level=2)
        by_kind = {code: 0 for code, _label in OffPortalActivity.KIND_CHOICES}
        for activity in results.activities:
            by_kind[activity.kind] += 1
        self._table(
            doc,
            [_("Kind"), pgettext("count", "Number")],
            [[str(label), by_kind[code]] for code, label in OffPortalActivity.KIND_CHOICES],
        )

        doc.add_heading(_("VI. Difficulties"), level=2)
        self._narratives(doc, "difficulties")
        doc.add_heading(_("VII. Proposals"), level=2)
        self._narratives(doc, "proposals")
        self._paragraph(
            doc,
            _("Annex: every item published and every activity reported (XLSX file attached)."),
            italic=True,
        )
        self._closing(doc)
        return doc

    def _cell(self, result, target):
        return f"{result} / {'-' if target is None else target}"

    def _unit_row(self, row):
        return [
            self.unit_name(row.unit),
            self._cell(row.news_vi, row.target_total("news_vi")),
            self._cell(row.news_en, row.target_total("news_en")),
            self._cell(row.events, row.target_total("events")),
            self._cell(row.activities, row.target_total("activities")),
            row.english_share,
        ]

    def _theme_counts(self):
        names = [t.name for t in self.plan.themes.filter(locale__language_code="vi")]
        names += [name for name in self.results.themes if name not in names]
        return [(name, self.results.themes.get(name, 0)) for name in names]

    def _narratives(self, doc, field):
        written = False
        for report in sorted(self.results.reports, key=lambda r: (r.year, r.unit.name)):
            text = getattr(report, field).strip()
            if text:
                written = True
                paragraph = doc.add_paragraph(style="List Bullet")
                paragraph.add_run(f"{self.unit_name(report.unit)} ({report.year}): ").bold = True
                paragraph.add_run(text)
        if not written:
            self._paragraph(doc, _("The units reported none."))

    def _closing(self, doc):
        """ "Nơi nhận" at left, the signature block at right."""
        table = doc.add_table(rows=1, cols=2)
        recipients, signature = table.rows[0].cells
        recipients.text = ""
        title = recipients.paragraphs[0].add_run(_("Recipients:"))
        title.bold, title.italic = True, True
        for line in (
            _("- As above;"),
            _("- The Minister (to report);"),
            _("- Archives: Records Office, International Cooperation Department."),
        ):
            recipients.add_paragraph(line)
        signature.text = ""
        for text, bold in (
            (_("FOR THE MINISTER"), True),
            (_("DEPUTY MINISTER"), True),
            ("", False),
            ("", False),
            (_("(signature and seal)"), False),
        ):
            paragraph = (
                signature.add_paragraph()
                if signature.paragraphs[0].text
                else (signature.paragraphs[0])
            )
            paragraph.add_run(text).bold = bold
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def docx_bytes(self):
        buffer = io.BytesIO()
        self.document().save(buffer)
        return buffer.getvalue()

    # The annex --------------------------------------------------------------------------
    def annex(self):
        with translation.override(self.language):
            return self._annex()

    def _annex(self):
        results = self.results
        workbook = openpyxl.Workbook()
        items = workbook.active
        items.title = _("Items")[:31]
        xlsx_append(
            items,
            [
                _("No."),
                _("Year"),
                _("Unit"),
                _("Type"),
                _("Date"),
                _("Title"),
                _("English version"),
                _("Sites where it appeared"),
            ],
        )
        for number, (year, entry, item) in enumerate(results.items(), start=1):
            xlsx_append(
                items,
                [
                    number,
                    year,
                    self.unit_name(entry.unit),
                    self._item_type(item),
                    item["date"],
                    item["title"],
                    _("yes") if item["english"] else _("no"),
                    item["channels"],
                ],
            )
        activities = workbook.create_sheet(_("Activities off the portal")[:31])
        xlsx_append(
            activities,
            [
                _("No."),
                _("Year"),
                _("Unit"),
                _("Date"),
                _("Kind"),
                _("Title"),
                _("Participants"),
                _("Evidence"),
                _("Report status"),
            ],
        )
        for number, activity in enumerate(results.activities, start=1):
            evidence = activity.evidence_url or (
                activity.evidence_document.title if activity.evidence_document else ""
            )
            xlsx_append(
                activities,
                [
                    number,
                    activity.report.year,
                    self.unit_name(activity.report.unit),
                    activity.date.isoformat(),
                    str(activity.get_kind_display()),
                    activity.title,
                    activity.participants,
                    evidence,
                    str(activity.report.get_status_display()),
                ],
            )
        units = workbook.create_sheet(_("Units")[:31])
        xlsx_append(
            units,
            [
                _("Unit"),
                _("News in Vietnamese"),
                pgettext("plan", "Target"),
                _("News in English"),
                pgettext("plan", "Target"),
                _("Events held"),
                pgettext("plan", "Target"),
                _("Activities off the portal"),
                pgettext("plan", "Target"),
            ],
        )
        for row in results.units.values():
            xlsx_append(
                units,
                [
                    self.unit_name(row.unit),
                    row.news_vi,
                    row.target_total("news_vi"),
                    row.news_en,
                    row.target_total("news_en"),
                    row.events,
                    row.target_total("events"),
                    row.activities,
                    row.target_total("activities"),
                ],
            )
        return workbook

    def _item_type(self, item):
        # The figures hold the type's name in the language they were computed in.
        for model in (NewsPage, EventPage):
            with translation.override("vi"):
                vi = str(model._meta.verbose_name)
            with translation.override("en"):
                en = str(model._meta.verbose_name)
            if item["type"] in (vi, en):
                return str(model._meta.verbose_name)
        return item["type"]

    def xlsx_bytes(self):
        buffer = io.BytesIO()
        self.annex().save(buffer)
        return buffer.getvalue()
