import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from reporting.models import UnitAnnualReport
from tests.factories import NewsPageFactory
from tests.reporting.conftest import YEAR, at, coordinator
from workflows.models import UnitMembership
from workflows.roles import UNIT_HEADS

pytestmark = pytest.mark.django_db

NARRATIVE = {
    "progress": "Đã đăng tin đầy đủ.",
    "results": "Ba tin và hai sự kiện.",
    "difficulties": "Thiếu người dịch.",
    "proposals": "Tập huấn biên dịch.",
    "summary_en": "",
}


@pytest.fixture
def head(django_user_model, data):
    user = django_user_model.objects.create_user("vu.truong.cchc")
    user.groups.add(Group.objects.get(name=UNIT_HEADS))
    UnitMembership.objects.create(unit=data["unit_a"], user=user, role=UnitMembership.HEAD)
    return user


def edit_url(year=YEAR):
    return reverse("reporting_annual_edit", args=["cchc", year])


def test_head_submits_and_figures_are_frozen(client, data, head, tree):
    client.force_login(head)
    response = client.post(edit_url(), {**NARRATIVE, "submit": "1"})
    assert response.status_code == 302
    report = UnitAnnualReport.objects.get()
    assert report.status == UnitAnnualReport.SUBMITTED and report.submitted_by == head
    assert (report.figures["news_vi"], report.figures["news_en"], report.figures["events_vi"]) == (
        3,
        2,
        2,
    )
    assert ModelLogEntry.objects.filter(action="portal.annual_report_submitted").exists()
    # A later publication does not change what was submitted.
    NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        lead_unit=data["unit_a"],
        publication_date=at(11, 1),
        themes=[data["innovation"]],
    )
    report.refresh_from_db()
    assert report.figures["news_vi"] == 3
    # Submitted reports cannot be changed.
    client.post(edit_url(), {**NARRATIVE, "progress": "Sửa sau khi nộp"})
    report.refresh_from_db()
    assert report.progress == "Đã đăng tin đầy đủ."


def test_icd_returns_then_accepts(client, data, head, django_user_model):
    client.force_login(head)
    client.post(edit_url(), {**NARRATIVE, "submit": "1"})
    report = UnitAnnualReport.objects.get()
    icd = coordinator(django_user_model)
    client.force_login(icd)
    decide = reverse("reporting_annual_decide", args=[report.pk, "return"])
    client.post(decide, {"comment": ""})
    report.refresh_from_db()
    assert report.status == UnitAnnualReport.SUBMITTED  # a return needs a comment
    client.post(decide, {"comment": "Bổ sung kết quả năm."})
    report.refresh_from_db()
    assert report.status == UnitAnnualReport.RETURNED and report.return_comment
    client.force_login(head)
    page = client.get(edit_url()).content.decode()
    assert "Bổ sung kết quả năm." in page
    client.post(edit_url(), {**NARRATIVE, "results": "Bốn kết quả.", "submit": "1"})
    client.force_login(icd)
    client.post(reverse("reporting_annual_decide", args=[report.pk, "accept"]))
    report.refresh_from_db()
    assert report.status == UnitAnnualReport.ACCEPTED and report.results == "Bốn kết quả."


def test_other_units_head_and_journalists_are_refused(client, data, head, django_user_model):
    other = django_user_model.objects.create_user("vu.truong.htqt")
    other.groups.add(Group.objects.get(name=UNIT_HEADS))
    UnitMembership.objects.create(unit=data["unit_b"], user=other, role=UnitMembership.HEAD)
    client.force_login(other)
    refused = client.get(edit_url())
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    client.post(edit_url(), {**NARRATIVE, "submit": "1"})
    assert not UnitAnnualReport.objects.exists()
    listing = client.get(reverse("reporting_annual_list")).content.decode()
    assert 'data-annual="cchc"' not in listing and 'data-annual="htqt"' in listing
    refused = client.get(reverse("reporting_annual_workbook", args=[YEAR]))
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))


def test_compiled_workbook_and_printable_report(client, data, head, django_user_model):
    client.force_login(head)
    client.post(edit_url(), {**NARRATIVE, "submit": "1"})
    client.force_login(coordinator(django_user_model))
    listing = client.get(reverse("reporting_annual_list"), {"year": YEAR}).content.decode()
    assert 'data-annual="cchc" data-status="submitted"' in listing
    assert 'data-annual="htqt" data-status="none"' in listing
    response = client.get(reverse("reporting_annual_workbook", args=[YEAR]))
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    summary = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert summary[1][:5] == ("Vụ Cải cách hành chính", "Đã gửi", 3, 2, 2)
    unit_sheet = workbook["cchc"]
    values = {row[0]: row[1] for row in unit_sheet.iter_rows(values_only=True) if row and row[0]}
    assert values["Tin tiếng Việt"] == 3 and values["Khó khăn, vướng mắc"] == "Thiếu người dịch."
    printable = client.get(reverse("reporting_annual_print", args=[YEAR]))
    assert "Thiếu người dịch." in printable.content.decode()


def test_demo_head_submits_and_icd_accepts(client, demo_site):
    from django.contrib.auth import get_user_model

    from reporting.figures import compute
    from workflows.models import Unit

    year = timezone.localdate().year
    users = get_user_model().objects
    client.force_login(users.get(username="head.cchc"))
    client.post(reverse("reporting_annual_edit", args=["cchc", year]), {**NARRATIVE, "submit": "1"})
    report = UnitAnnualReport.objects.get(unit__code="cchc", year=year)
    client.force_login(users.get(username="icd"))
    client.post(reverse("reporting_annual_decide", args=[report.pk, "accept"]))
    report.refresh_from_db()
    assert report.status == UnitAnnualReport.ACCEPTED
    unit = Unit.objects.get(code="cchc", locale__language_code="vi")
    expected = compute(year, unit_keys=[unit.translation_key])[unit.translation_key]
    workbook = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("reporting_annual_workbook", args=[year])).content)
    )
    row = next(r for r in workbook.worksheets[0].iter_rows(values_only=True) if r[0] == unit.name)
    assert row[2:5] == (expected.news_vi, expected.news_en, expected.events_vi)
    assert expected.news_vi + expected.events_vi > 0
