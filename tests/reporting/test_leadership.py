"""The Ministry's leadership reads every report and changes nothing."""

import datetime
import io

import docx
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from news.models import NewsPage
from reporting.models import OffPortalActivity, Plan, PlanTarget, UnitAnnualReport
from tests.reporting.conftest import YEAR
from workflows.models import Unit
from workflows.roles import LEADERSHIP

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(django_user_model, data):
    user = django_user_model.objects.create_user("lanh.dao", email="lanh.dao@example.org")
    user.groups.add(Group.objects.get(name=LEADERSHIP))
    return user


@pytest.fixture
def plan(data):
    plan = Plan.objects.create(
        title="Kế hoạch",
        status=Plan.ADOPTED,
        decision_number="1117/QĐ-BNV",
        decision_date=datetime.date(2021, 10, 19),
        start_year=YEAR - 1,
        end_year=YEAR,
        receiving_ministry="Bộ Thông tin và Truyền thông",
    )
    PlanTarget.objects.create(plan=plan, unit=data["unit_a"], news_vi_per_year=2)
    return plan


@pytest.fixture
def report(data):
    report = UnitAnnualReport.objects.create(
        unit=data["unit_a"], year=YEAR, status=UnitAnnualReport.SUBMITTED, results="Ba tin."
    )
    OffPortalActivity.objects.create(
        report=report,
        date=datetime.date(YEAR, 5, 1),
        kind=OffPortalActivity.CONFERENCE,
        title="Hội thảo",
        evidence_url="https://example.org/a",
    )
    return report


def test_every_report_is_readable(client, leader, plan, report):
    client.force_login(leader)
    pages = {
        "dashboard": reverse("wagtailadmin_home"),
        "results": reverse("reporting_results") + f"?year={YEAR}",
        "annual list": reverse("reporting_annual_list") + f"?year={YEAR}",
        "annual report": reverse("reporting_annual_edit", args=["cchc", YEAR]),
        "compiled print": reverse("reporting_annual_print", args=[YEAR]),
        "plan": reverse("reporting_plan_detail", args=[plan.pk]),
        "plans": reverse("wagtailsnippets_reporting_plan:list"),
        "plan inspect": reverse("wagtailsnippets_reporting_plan:inspect", args=[plan.pk]),
        "English versions": reverse("workflows_translation_report"),
    }
    bodies = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        bodies[name] = response.content.decode()
    assert 'data-follow-up="cchc"' in bodies["dashboard"]
    assert 'data-follow-up="htqt"' in bodies["dashboard"]
    assert "Ba tin." in bodies["annual report"] and "Hội thảo" in bodies["annual report"]
    # Read only: no form to submit, accept or return.
    assert 'name="submit"' not in bodies["annual report"]
    assert "reporting_annual_decide" not in bodies["annual report"]
    assert "/accept/" not in bodies["annual report"]
    assert 'data-plan-unit="cchc"' in bodies["plan"]
    for url in (
        reverse("reporting_annual_workbook", args=[YEAR]),
        reverse("reporting_results") + f"?year={YEAR}&export=xlsx",
        reverse("reporting_plan_report", args=[plan.pk, "docx"]),
        reverse("reporting_plan_report", args=[plan.pk, "xlsx"]),
        reverse("workflows_translation_report") + "?export=xlsx",
    ):
        assert client.get(url).status_code == 200, url
    document = client.get(reverse("reporting_plan_report", args=[plan.pk, "docx"]))
    assert docx.Document(io.BytesIO(document.content)).paragraphs


def test_every_change_is_refused(client, leader, plan, report, data, tree, django_user_model):
    client.force_login(leader)
    news = NewsPage.objects.live().filter(lead_unit=data["unit_a"]).first()
    title = news.title
    other = django_user_model.objects.create_user("nguoi.khac", first_name="Khác")
    unit = Unit.objects.get(pk=data["unit_a"].pk)
    attempts = [
        (
            reverse("wagtailadmin_pages:edit", args=[news.pk]),
            {"title": "Sửa", "action-publish": "1"},
        ),
        (reverse("wagtailadmin_pages:unpublish", args=[news.pk]), {}),
        (reverse("wagtailadmin_pages:delete", args=[news.pk]), {}),
        (
            reverse("wagtailadmin_pages:add", args=["news", "newspage", tree.news_vi.pk]),
            {"title": "Tin mới", "slug": "tin-moi"},
        ),
        (
            reverse("wagtailsnippets_workflows_unit:edit", args=[unit.pk]),
            {"name": "Đổi tên", "code": unit.code},
        ),
        (
            reverse("wagtailsnippets_reporting_plan:edit", args=[plan.pk]),
            {"title": "Đổi tên", "start_year": "2024", "end_year": "2025"},
        ),
        (reverse("wagtailsnippets_reporting_plan:add"), {"title": "Kế hoạch mới"}),
        (
            reverse("reporting_annual_edit", args=["htqt", YEAR]),
            {"results": "Không được", "submit": "1"},
        ),
        (reverse("reporting_annual_decide", args=[report.pk, "accept"]), {}),
        (reverse("reporting_annual_decide", args=[report.pk, "return"]), {"comment": "Sửa"}),
        (
            reverse("wagtailusers_users:edit", args=[other.pk]),
            {"username": "nguoi.khac", "first_name": "Đổi", "is_active": "on"},
        ),
    ]
    for url, payload in attempts:
        response = client.post(url, payload)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            # Sent away, not to the object saved: to the dashboard or the login page.
            assert response["Location"] in ("/admin/", "/admin/login/") or response[
                "Location"
            ].startswith("/admin/login/"), (url, response["Location"])
    news.refresh_from_db()
    assert news.title == title and news.live
    unit.refresh_from_db()
    assert unit.name == "Vụ Cải cách hành chính"
    plan.refresh_from_db()
    assert plan.title == "Kế hoạch" and Plan.objects.count() == 1
    assert not UnitAnnualReport.objects.filter(unit=data["unit_b"]).exists()
    report.refresh_from_db()
    assert report.status == UnitAnnualReport.SUBMITTED and report.decided_by is None
    other.refresh_from_db()
    assert other.first_name == "Khác"
    assert not Page.objects.filter(slug="tin-moi").exists()


def test_demo_account_lanhdao(client, demo_site, django_user_model):
    lanhdao = django_user_model.objects.get(username="lanhdao")
    assert lanhdao.check_password("changeme")
    assert lanhdao.has_perm("reporting.view_all_units_reports")
    assert not lanhdao.has_perm("reporting.decide_unit_reports")
    client.force_login(lanhdao)
    plan = Plan.objects.get(decision_number="1117/QĐ-BNV")
    assert plan.receiving_ministry == "Bộ Thông tin và Truyền thông"
    assert Plan.objects.filter(status=Plan.DRAFT, start_year=2026, end_year=2030).exists()
    response = client.get(reverse("reporting_plan_detail", args=[plan.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tải báo cáo (.docx)" in body and 'data-chart="targets"' in body
    annex = client.get(reverse("reporting_plan_report", args=[plan.pk, "xlsx"]))
    assert annex.status_code == 200
