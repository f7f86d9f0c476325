import datetime
import io

import docx
import openpyxl
import pytest
from django.urls import reverse

from reporting.closing import ClosingReport
from reporting.models import OffPortalActivity, Plan, PlanTarget, UnitAnnualReport
from reporting.plan_results import plan_results
from tests.reporting.conftest import YEAR, coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(data):
    plan = Plan.objects.create(
        title="Kế hoạch tuyên truyền ASEAN 2024-2025",
        title_en="ASEAN communication plan 2024-2025",
        status=Plan.ADOPTED,
        decision_number="1117/QĐ-BNV",
        decision_date=datetime.date(2021, 10, 19),
        start_year=YEAR - 1,
        end_year=YEAR,
        receiving_ministry="Bộ Thông tin và Truyền thông",
        receiving_ministry_en="Ministry of Information and Communications",
    )
    PlanTarget.objects.create(
        plan=plan,
        unit=data["unit_a"],
        news_vi_per_year=2,
        news_en_per_year=2,
        events_per_year=1,
        activities_per_year=1,
    )
    submitted = UnitAnnualReport.objects.create(
        unit=data["unit_a"],
        year=YEAR,
        status=UnitAnnualReport.SUBMITTED,
        difficulties="Thiếu người dịch.",
        proposals="=Tập huấn biên dịch.",
    )
    OffPortalActivity.objects.create(
        report=submitted,
        date=datetime.date(YEAR, 5, 1),
        kind=OffPortalActivity.CONFERENCE,
        title='=HYPERLINK("http://evil.example")',
        participants=40,
        evidence_url="https://example.org/a",
    )
    OffPortalActivity.objects.create(
        report=submitted,
        date=datetime.date(YEAR, 6, 1),
        kind=OffPortalActivity.TRAINING,
        title="Tập huấn",
        evidence_url="https://example.org/b",
    )
    # A draft report is not the unit's word yet: neither its activity nor its text counts.
    draft = UnitAnnualReport.objects.create(
        unit=data["unit_b"], year=YEAR, difficulties="Nháp chưa gửi."
    )
    OffPortalActivity.objects.create(
        report=draft,
        date=datetime.date(YEAR, 7, 1),
        kind=OffPortalActivity.TRAINING,
        title="Chưa gửi",
        evidence_url="https://example.org/c",
    )
    return plan


def texts(document):
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def test_results_over_the_period(plan, data):
    results = plan_results(plan)
    assert results.years == [YEAR - 1, YEAR]
    a = results.units[data["unit_a"].translation_key]
    assert (a.news_vi, a.news_en, a.events, a.activities) == (4, 2, 2, 2)
    assert a.target_total("news_vi") == 4 and a.target_total("events") == 2
    assert results.units[data["unit_b"].translation_key].activities == 0
    assert results.year_totals(YEAR) == {"news_vi": 4, "news_en": 2, "events": 2, "activities": 2}
    assert results.year_totals(YEAR - 1)["news_vi"] == 1
    assert results.totals == {"news_vi": 5, "news_en": 2, "events": 2, "activities": 2}


def test_docx_has_the_decree_layout_and_the_counts(plan, data):
    document = docx.Document(io.BytesIO(ClosingReport(plan_results(plan)).docx_bytes()))
    text = texts(document)
    for part in (
        "BỘ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số:",
        "/BC-BNV",
        "Hà Nội, ngày",
        "BÁO CÁO",
        "Kính gửi: Bộ Thông tin và Truyền thông",
        "Quyết định số 1117/QĐ-BNV ngày 19/10/2021",
        "Nơi nhận:",
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Thiếu người dịch.",
    ):
        assert part in text, part
    assert "Nháp chưa gửi." not in text
    year_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Năm")
    rows = [[c.text for c in row.cells] for row in year_table.rows[1:]]
    assert rows == [[str(YEAR - 1), "1", "0", "0", "0"], [str(YEAR), "4", "2", "2", "2"]]
    unit_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Đơn vị")
    unit_rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in unit_table.rows}
    assert unit_rows["Vụ Cải cách hành chính"][:4] == ["4 / 4", "2 / 4", "2 / 2", "2 / 2"]
    assert unit_rows["Vụ Hợp tác quốc tế"][:4] == ["1 / -", "0 / -", "0 / -", "0 / -"]
    kinds = next(t for t in document.tables if t.rows[0].cells[0].text == "Loại")
    kind_counts = {row.cells[0].text: row.cells[1].text for row in kinds.rows[1:]}
    assert kind_counts["Hội nghị, hội thảo đã tổ chức"] == "1"
    assert kind_counts["Lớp tập huấn, bồi dưỡng đã tổ chức"] == "1"


def test_english_version_from_the_same_data(plan, data):
    document = docx.Document(
        io.BytesIO(ClosingReport(plan_results(plan), language="en").docx_bytes())
    )
    text = texts(document)
    for part in (
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Independence - Freedom - Happiness",
        "MINISTRY OF HOME AFFAIRS",
        "To: Ministry of Information and Communications",
        "Recipients:",
        "Decision No. 1117/QĐ-BNV",
        "ASEAN communication plan 2024-2025",
    ):
        assert part in text, part
    year_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Year")
    assert [c.text for c in year_table.rows[2].cells] == [str(YEAR), "4", "2", "2", "2"]


def test_annex_lists_every_item_and_keeps_formulas_as_text(plan):
    workbook = openpyxl.load_workbook(io.BytesIO(ClosingReport(plan_results(plan)).xlsx_bytes()))
    items = list(workbook.worksheets[0].iter_rows(values_only=True))
    # The heading, unit A: 4 news and 2 events, unit B: 1 news.
    assert len(items) == 1 + 5 + 2
    activities = workbook.worksheets[1]
    titles = [row[5] for row in activities.iter_rows(min_row=2, values_only=True)]
    assert titles == ['=HYPERLINK("http://evil.example")', "Tập huấn"]
    assert activities.cell(row=2, column=6).data_type == "s"


def test_command_writes_both_files(plan, run_command, tmp_path):
    output = tmp_path / "report.docx"
    run_command(
        "compile_plan_report", "--from", str(YEAR - 1), "--to", str(YEAR), "--output", str(output)
    )
    assert docx.Document(str(output)).paragraphs
    assert openpyxl.load_workbook(tmp_path / "report.xlsx").sheetnames[0] == "Tin bài"


def test_download_for_the_icd_only(client, plan, django_user_model):
    url = reverse("reporting_plan_report", args=[plan.pk, "docx"])
    journalist = django_user_model.objects.create_user("phong.vien")
    client.force_login(journalist)
    assert client.get(url).status_code in (302, 403)
    client.force_login(coordinator(django_user_model))
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert docx.Document(io.BytesIO(response.content)).paragraphs
    annex = client.get(reverse("reporting_plan_report", args=[plan.pk, "xlsx"]))
    assert openpyxl.load_workbook(io.BytesIO(annex.content)).worksheets[0].max_row == 8
