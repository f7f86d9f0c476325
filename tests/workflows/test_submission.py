"""A draft shows what stops its submission before the author submits it, by the same checks
that refuse the submission."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.workflows.conftest import as_user, edit, make_draft, state_of, submit
from tests.workflows.test_translation import source, start_translation, submit_english  # noqa: F401 (fixture)
from workflows.submission import submission_problems

pytestmark = pytest.mark.django_db

# Draftail posts an empty editor as ``null``.
INCOMPLETE = {
    "summary": "",
    "lead_unit": "",
    **nested_form_data(
        {"body": streamfield([("paragraph", rich_text("<p>Đoạn đầu.</p>")), ("paragraph", "null")])}
    ),
}


def warnings_on_edit(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return [
        str(message)
        for message in get_messages(response.wsgi_request)
        if "submission-problems" in message.tags
    ]


def test_a_draft_lists_what_blocks_its_submission_and_submit_refuses_the_same(client, chain):
    journalist = chain.people.journalist_a
    page = make_draft(chain, journalist, title="Tin chưa đủ")
    as_user(client, journalist)
    response = edit(client, page, **INCOMPLETE)  # "Save draft": saved without a word
    assert response.status_code == 302

    assert warnings_on_edit(client, page) == [
        "Trước khi gửi duyệt tin bài này, hãy hoàn thiện: "
        "Tóm tắt: Trường này không được để trắng.; "
        "Đơn vị chủ trì: Trường này không được để trắng.; "
        "Nội dung, khối 2: Trường này là bắt buộc."
    ]
    # Submitting the same content is refused, for the same three reasons.
    response = edit(client, page, **INCOMPLETE, **{"action-submit": "1"})
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.select_one("[data-field-wrapper]") is not None
    assert state_of(page) == (None, None)

    # Completed: nothing listed, and the submission goes through.
    assert edit(client, page, summary="Tóm tắt.", lead_unit=chain.unit_a.pk).status_code == 302
    assert warnings_on_edit(client, page) == []
    assert submission_problems(page) == []
    submit(client, page)
    assert state_of(page) == ("in_progress", "Unit head approval")


def test_no_list_for_an_item_already_in_review_or_for_someone_who_cannot_submit(client, chain):
    journalist = chain.people.journalist_a
    page = make_draft(chain, journalist, title="Tin chưa đủ")
    as_user(client, chain.people.journalist_b)  # another unit's journalist
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 302
    as_user(client, journalist)
    submit(client, page)
    assert warnings_on_edit(client, page) == []


def test_refused_english_submission_names_the_untranslated_segments(client, chain, source):  # noqa: F811
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    total, done = translation.get_progress()
    response = submit_english(client, translation)
    assert response.status_code == 302
    (message,) = [str(m) for m in get_messages(response.wsgi_request) if "Hãy dịch" in str(m)]
    assert message.startswith(
        f"Hãy dịch đủ {total} đoạn trước khi gửi duyệt (đã dịch {done}). Chưa dịch: "
        "Tiêu đề: “Tuyên truyền về hội nhập”; "
    )
    assert state_of(english) == (None, None)
    # The translation editor lists the same segments before the journalist submits.
    (listed,) = warnings_on_edit(client, english)
    assert "Chưa dịch: Tiêu đề: “Tuyên truyền về hội nhập”" in listed
