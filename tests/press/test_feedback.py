import datetime

import pytest
from django.core import mail
from django.utils import timezone

from home.models import PressPage
from press.models import FeedbackFormField, FeedbackFormPage, FeedbackSubmission
from tests.factories import NewsPageFactory, ThemeFactory, UnitFactory
from workflows import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page(tree):
    press = tree.home_vi.add_child(
        instance=PressPage(title="Báo chí", slug="bao-chi", locale=tree.vi)
    )
    page = FeedbackFormPage(
        title="Phản hồi",
        slug="phan-hoi",
        locale=tree.vi,
        consent_text="Tôi đồng ý với việc xử lý dữ liệu cá nhân.",
    )
    page.form_fields = [
        FeedbackFormField(label="Họ và tên", field_type="singleline", required=True),
        FeedbackFormField(label="Cơ quan báo chí", field_type="singleline", required=True),
        FeedbackFormField(label="Thư điện tử", field_type="email", required=True),
        FeedbackFormField(label="Nội dung", field_type="multiline", required=True),
    ]
    press.add_child(instance=page)
    return page


@pytest.fixture
def item(tree):
    unit = UnitFactory(code="htqt", press_contact_email="press.icd@example.org")
    return NewsPageFactory(
        parent=tree.news_vi, locale=tree.vi, lead_unit=unit, themes=[ThemeFactory()]
    )


def message(**overrides):
    data = {
        "ho_va_ten": "Nguyễn Văn An",
        "co_quan_bao_chi": "Báo Tin tức",
        "thu_dien_tu": "an@example.org",
        "noi_dung": "Xin đề nghị đính chính số liệu.",
        "consent": "on",
        "website_address": "",
    }
    data.update(overrides)
    return data


def test_message_about_an_item_is_assigned_to_its_unit(
    client, form_page, item, django_capture_on_commit_callbacks
):
    page = client.get(form_page.url, {"item": item.pk})
    assert page.status_code == 200
    assert f'name="item" value="{item.pk}"' in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, message(item=item.pk))
    assert response.status_code == 200
    submission = FeedbackSubmission.objects.get()
    assert submission.item.pk == item.pk
    assert submission.assigned_unit == item.lead_unit
    assert submission.status == FeedbackSubmission.ASSIGNED
    assert submission.consent_at is not None
    assert submission.form_data["co_quan_bao_chi"] == "Báo Tin tức"
    assert "website_address" not in submission.form_data
    assert [m.to for m in mail.outbox] == [["press.icd@example.org"]]


def test_consent_is_required(client, form_page):
    response = client.post(form_page.url, message(consent=""))
    assert response.status_code == 400
    assert "Cần có sự đồng ý của anh/chị để xử lý phản hồi." in response.content.decode()
    assert not FeedbackSubmission.objects.exists()


def test_invalid_input_gets_clear_errors(client, form_page):
    response = client.post(form_page.url, message(thu_dien_tu="khong-phai-email", noi_dung=""))
    assert response.status_code == 400
    assert not FeedbackSubmission.objects.exists()
    assert response.content.decode().count('class="field-error"') == 2


def test_unknown_item_is_ignored(client, form_page):
    client.post(form_page.url, message(item="999999"))
    assert FeedbackSubmission.objects.get().item is None
    assert client.get(form_page.url, {"item": "abc"}).status_code == 200


def test_honeypot_keeps_nothing(client, form_page):
    response = client.post(form_page.url, message(website_address="http://spam.example"))
    assert response.status_code == 200
    assert not FeedbackSubmission.objects.exists()


def test_rate_limit_per_address(client, form_page, settings):
    from django.core.cache import cache

    cache.clear()
    settings.PRESS_FEEDBACK_RATE_LIMIT = 2
    assert client.post(form_page.url, message(), REMOTE_ADDR="203.0.113.7").status_code == 200
    assert client.post(form_page.url, message(), REMOTE_ADDR="203.0.113.7").status_code == 200
    refused = client.post(form_page.url, message(), REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert FeedbackSubmission.objects.count() == 2
    assert client.post(form_page.url, message(), REMOTE_ADDR="203.0.113.8").status_code == 200


def test_retention_deletes_only_expired_messages(client, form_page, settings, run_command):
    settings.PRESS_FEEDBACK_RETENTION_DAYS = 30
    client.post(form_page.url, message())
    client.post(form_page.url, message())
    old, recent = FeedbackSubmission.objects.order_by("pk")
    FeedbackSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=31)
    )
    FeedbackSubmission.objects.filter(pk=recent.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=29)
    )
    out, _err = run_command("purge_feedback")
    assert list(FeedbackSubmission.objects.values_list("pk", flat=True)) == [recent.pk]
    assert "Deleted 1" in out


def test_board_follows_up_and_exports(client, form_page, item, django_user_model):
    from django.contrib.auth.models import Group

    from workflows.roles import EDITORIAL_BOARD, setup_editorial_workflow

    setup_editorial_workflow()
    client.post(form_page.url, message(item=item.pk))
    submission = FeedbackSubmission.objects.get()
    board = django_user_model.objects.create_user("ban.bien.tap")
    board.groups.add(Group.objects.get(name=EDITORIAL_BOARD))
    client.force_login(board)
    listing = client.get("/admin/snippets/press/feedbacksubmission/")
    assert listing.status_code == 200
    export = client.get("/admin/snippets/press/feedbacksubmission/", {"export": "csv"})
    assert export.status_code == 200
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Báo Tin tức" in body
    client.post(
        f"/admin/snippets/press/feedbacksubmission/edit/{submission.pk}/",
        {"status": FeedbackSubmission.ANSWERED, "assigned_unit": item.lead_unit.pk},
    )
    submission.refresh_from_db()
    assert submission.status == FeedbackSubmission.ANSWERED
    # A journalist cannot read reporters' personal data.
    journalist = django_user_model.objects.create_user("phong.vien")
    journalist.groups.add(Group.objects.get(name=roles.JOURNALISTS))
    client.force_login(journalist)
    refused = client.get("/admin/snippets/press/feedbacksubmission/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


def test_items_link_to_the_feedback_form(client, form_page, item):
    body = client.get(item.url).content.decode()
    assert f"{form_page.url}?item={item.pk}" in body
