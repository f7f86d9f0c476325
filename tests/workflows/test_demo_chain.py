"""The issue's acceptance scenario, with the demo accounts of `make run`."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.models import NewsIndexPage, NewsPage, Theme
from tests.workflows.conftest import NO_COMMENTS, as_user, state_of, submit, workflow_action
from workflows.models import Unit
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db


def user(name):
    return get_user_model().objects.get(username=name)


def write_news(client, author, slug):
    as_user(client, author)
    index = NewsIndexPage.objects.get(locale__language_code="vi")
    unit = Unit.objects.get(code="cchc", locale__language_code="vi")
    data = nested_form_data(
        {
            "title": "Hội thảo về cải cách thủ tục hành chính",
            "slug": slug,
            "publication_date": "2026-11-28 09:00",
            "summary": "Vụ Cải cách hành chính tổ chức hội thảo.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung hội thảo.</p>"))]),
            "lead_unit": unit.pk,
            "comments": NO_COMMENTS,
        }
    )
    data["themes"] = [str(Theme.objects.filter(locale__language_code="vi").first().pk)]
    data["action-submit"] = "1"
    client.post(reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)), data)
    return NewsPage.objects.get(slug=slug)


def test_demo_accounts_walk_the_chain(client, demo_site):
    page = write_news(client, user("editor.cchc"), "hoi-thao-cai-cach-thu-tuc")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    # The head of another unit neither sees nor approves it.
    head_htqt = user("head.htqt")
    assert not TaskState.objects.reviewable_by(head_htqt).exists()
    as_user(client, head_htqt)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    # Its own unit's head approves, then the board; it is live.
    as_user(client, user("head.cchc"))
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    as_user(client, user("board"))
    workflow_action(client, page, "approve")
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    as_user(client, None)
    assert client.get(page.url).status_code == 200


def test_demo_head_cannot_approve_their_own_item(client, demo_site):
    head = user("head.cchc")
    page = write_news(client, head, "bai-cua-vu-truong")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-no-reviewer" in html


def test_editor_resubmits_after_changes(client, demo_site):
    page = write_news(client, user("editor.cchc"), "bai-can-sua")
    as_user(client, user("head.cchc"))
    workflow_action(client, page, "reject", comment="Thêm ảnh minh họa.")
    assert state_of(page)[0] == "needs_changes"
    as_user(client, user("editor.cchc"))
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
