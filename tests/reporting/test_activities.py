import pytest

from reporting.models import OffPortalActivity, UnitAnnualReport
from tests.reporting.conftest import YEAR, coordinator
from tests.reporting.test_annual import NARRATIVE, edit_url, head  # noqa: F401 -- fixture

pytestmark = pytest.mark.django_db


def activity(index, **fields):
    values = {
        "date": f"{YEAR}-05-20",
        "kind": OffPortalActivity.CONFERENCE,
        "title": "Hội thảo về công vụ ASEAN",
        "participants": "60",
        "evidence_document": "",
        "evidence_url": "https://example.org/hoi-thao",
    }
    values.update(fields)
    return {f"activities-{index}-{name}": value for name, value in values.items()}


def management(total, initial=0):
    return {
        "activities-TOTAL_FORMS": str(total),
        "activities-INITIAL_FORMS": str(initial),
        "activities-MIN_NUM_FORMS": "0",
        "activities-MAX_NUM_FORMS": "1000",
    }


def test_head_reports_activities_with_the_report(client, data, head):  # noqa: F811
    client.force_login(head)
    response = client.post(edit_url(), {**NARRATIVE, **management(1), **activity(0)})
    assert response.status_code == 302
    report = UnitAnnualReport.objects.get()
    assert report.status == UnitAnnualReport.DRAFT
    (saved,) = report.activities.all()
    assert (saved.kind, saved.participants) == (OffPortalActivity.CONFERENCE, 60)
    client.post(
        edit_url(),
        {**NARRATIVE, **management(1, 1), **activity(0, id=str(saved.pk)), "submit": "1"},
    )
    report.refresh_from_db()
    assert report.status == UnitAnnualReport.SUBMITTED
    # Frozen with the report: a later post changes nothing.
    response = client.post(
        edit_url(), {**NARRATIVE, **management(1, 1), **activity(0, id=str(saved.pk), title="X")}
    )
    # Refused: Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    saved.refresh_from_db()
    assert saved.title == "Hội thảo về công vụ ASEAN"


def test_activity_without_evidence_or_outside_the_year_is_refused(client, data, head):  # noqa: F811
    client.force_login(head)
    response = client.post(
        edit_url(), {**NARRATIVE, **management(1), **activity(0, evidence_url="")}
    )
    assert response.status_code == 400
    assert "Hãy nêu minh chứng: một tài liệu hoặc một đường dẫn." in response.content.decode()
    response = client.post(
        edit_url(), {**NARRATIVE, **management(1), **activity(0, date=f"{YEAR - 1}-12-31")}
    )
    assert response.status_code == 400
    assert "Hoạt động phải diễn ra trong năm báo cáo." in response.content.decode()
    # Nothing saved, the narrative included: the form comes back with what was typed.
    assert not UnitAnnualReport.objects.exists()
    assert NARRATIVE["difficulties"] in response.content.decode()


def test_icd_sees_the_activities(client, data, head, django_user_model):  # noqa: F811
    client.force_login(head)
    client.post(edit_url(), {**NARRATIVE, **management(1), **activity(0), "submit": "1"})
    client.force_login(coordinator(django_user_model))
    page = client.get(edit_url()).content.decode()
    assert 'data-activity="conference"' in page and "https://example.org/hoi-thao" in page
