"""Write the plan's closing report (.docx) and its annex (.xlsx) for a range of years."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from reporting.closing import ClosingReport
from reporting.models import Plan
from reporting.plan_results import plan_results


class Command(BaseCommand):
    help = "Compile the plan's report to the ministry in charge: a .docx and its XLSX annex."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="first_year", type=int, required=True)
        parser.add_argument("--to", dest="last_year", type=int, required=True)
        parser.add_argument("--output", required=True, help="Path of the .docx to write.")
        parser.add_argument(
            "--annex", help="Path of the XLSX annex (default: the output's name with .xlsx)."
        )
        parser.add_argument(
            "--language",
            choices=["vi", "en"],
            default="vi",
            help="vi for the ministry in charge, en for ASEAN partners.",
        )
        parser.add_argument(
            "--plan", help="Decision number of the plan (default: the adopted plan of --from)."
        )

    def handle(self, *args, first_year, last_year, output, annex, language, plan, **options):
        if last_year < first_year:
            raise CommandError(_("--to comes before --from."))
        plans = (
            Plan.objects.filter(decision_number=plan) if plan else Plan.objects.covering(first_year)
        )
        chosen = plans.first()
        if chosen is None:
            raise CommandError(_("No adopted plan covers %(year)s.") % {"year": first_year})
        if not (chosen.start_year <= first_year and last_year <= chosen.end_year):
            raise CommandError(
                _("The plan covers %(start)s to %(end)s only.")
                % {"start": chosen.start_year, "end": chosen.end_year}
            )
        report = ClosingReport(plan_results(chosen, first_year, last_year), language=language)
        output = Path(output)
        annex = Path(annex) if annex else output.with_suffix(".xlsx")
        output.write_bytes(report.docx_bytes())
        annex.write_bytes(report.xlsx_bytes())
        self.stdout.write(f"{output}\n{annex}")
