"""Four eyes over the whole history: nobody who wrote, edited, translated or submitted what is in
review approves it, at any step, by any URL."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, TaskState

from news.models import NewsPage
from tests.workflows.conftest import (
    as_user,
    edit,
    form_data,
    make_draft,
    state_of,
    submit,
    workflow_action,
)
from tests.workflows.test_translation import start_translation, submit_english, translate_all
from workflows import roles
from workflows.four_eyes import authors, may_approve
from workflows.models import UnitMembership
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db

APPROVE_BUTTON = '[data-workflow-action-name="approve"]'


@pytest.fixture
def board3(chain, django_user_model):
    user = django_user_model.objects.create_user("board3", password="x" * 16)  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.EDITORIAL_BOARD))
    return user


def reload(page):
    return NewsPage.objects.get(pk=page.pk)


def editor_offers_approval(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return html.select_one(APPROVE_BUTTON) is not None


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def approve_from_the_editor(client, page):
    """The editor's action menu: save and approve in one POST."""
    return edit(client, page, **{"action-workflow-action": "1", "workflow-action-name": "approve"})


def assert_refused_everywhere(client, user, page, step):
    """``user`` is offered no approval and every way of approving leaves ``page`` at ``step``."""
    as_user(client, user)
    live_revision = reload(page).live_revision_id
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    assert not may_approve(task_state, user)
    assert not editor_offers_approval(client, page)
    html = dashboard(client)
    assert html.select_one(f"[data-review-item='{page.pk}']") is None
    response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    assert state_of(page) == ("in_progress", step)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert reload(page).live_revision_id == live_revision


def test_a_head_who_wrote_the_item_cannot_approve_what_the_board_submitted(client, chain):
    """The reported case: head_a writes, a board member saves and submits, head_a approves."""
    people = chain.people
    page = make_draft(chain, people.head_a, title="Bài của Vụ trưởng")
    as_user(client, people.board)
    edit(client, page, title="Bài của Vụ trưởng, Ban Biên tập sửa")
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    assert reload(page).get_latest_revision().user == people.board

    assert_refused_everywhere(client, people.head_a, page, UNIT_HEAD_TASK_NAME)
    approve_from_the_editor(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)

    # The deputy, who wrote nothing, approves and is offered the button.
    as_user(client, people.deputy_a)
    assert editor_offers_approval(client, page)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    # The board member who edited and submitted cannot give the final approval; another can.
    assert_refused_everywhere(client, people.board, page, BOARD_TASK_NAME)
    as_user(client, people.board2)
    workflow_action(client, page, "approve")
    assert reload(page).live


def test_every_writer_since_creation_is_refused_not_only_the_last(client, chain, board3):
    people = chain.people
    page = make_draft(chain, people.deputy_a, title="Bản thảo đầu của Phó Vụ trưởng")
    as_user(client, people.board)
    edit(client, page, title="Ban Biên tập góp ý")
    as_user(client, people.board2)
    edit(client, page, title="Ban Biên tập hoàn thiện")
    submit(client, page)
    assert authors(reload(page)) == {people.deputy_a.pk, people.board.pk, people.board2.pk}

    assert_refused_everywhere(client, people.deputy_a, page, UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    assert_refused_everywhere(client, people.board, page, BOARD_TASK_NAME)
    assert_refused_everywhere(client, people.board2, page, BOARD_TASK_NAME)
    as_user(client, board3)
    workflow_action(client, page, "approve")
    assert reload(page).live


def test_a_revision_saved_between_steps_disqualifies_its_writer(client, chain, board3):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    # At the board step one member edits, then another; the first is no longer the last editor.
    as_user(client, people.board)
    edit(client, page, title="Ban Biên tập sửa lần một")
    as_user(client, people.board2)
    edit(client, page, title="Ban Biên tập sửa lần hai")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    assert_refused_everywhere(client, people.board, page, BOARD_TASK_NAME)
    assert_refused_everywhere(client, people.board2, page, BOARD_TASK_NAME)
    as_user(client, board3)
    workflow_action(client, page, "approve")
    # The edited text goes back to the head, who approved only the earlier text.
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert reload(page).live


def test_writers_before_the_last_publication_may_review_the_next_change(client, chain):
    people = chain.people
    page = make_draft(chain, people.deputy_a)
    reload(page).get_latest_revision().publish()
    as_user(client, people.board)
    edit(client, page, title="Cập nhật sau khi đăng")
    submit(client, page)
    assert authors(reload(page)) == {people.board.pk}
    as_user(client, people.deputy_a)
    assert editor_offers_approval(client, page)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)


def test_reverting_brings_back_the_earlier_writer_as_an_author(client, chain):
    people = chain.people
    page = make_draft(chain, people.deputy_a, title="Bản của Phó Vụ trưởng")
    earlier = reload(page).get_latest_revision()
    as_user(client, people.board)
    edit(client, page, title="Bản đã đăng")
    reload(page).get_latest_revision().publish()
    # After publication, a board member reverts to the deputy's unpublished text.
    as_user(client, people.board2)
    data = form_data(earlier.as_object())
    data["action-submit"] = "1"
    response = client.post(
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, earlier.pk]), data
    )
    assert response.status_code == 302
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    assert reload(page).get_latest_revision().as_object().title == "Bản của Phó Vụ trưởng"
    assert_refused_everywhere(client, people.deputy_a, page, UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)


def test_the_english_versions_translator_cannot_approve_it(client, chain):
    people = chain.people
    source = make_draft(chain, people.journalist_a, title="Tuyên truyền về hội nhập")
    source.get_latest_revision().publish()
    english, translation = start_translation(client, people.journalist_a, source, chain)
    # The deputy translates the text in the translation editor; the journalist submits it.
    translate_all(translation, people.deputy_a)
    as_user(client, people.journalist_a)
    submit_english(client, translation)
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
    assert people.deputy_a.pk in authors(Page.objects.get(pk=english.pk).specific)
    as_user(client, people.deputy_a)
    workflow_action(client, english, "approve")
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, english, "approve")
    assert state_of(english) == ("in_progress", BOARD_TASK_NAME)


def test_superusers_are_authors_too(client, chain, django_user_model):
    people = chain.people
    admin = django_user_model.objects.create_superuser("root", password="x" * 16)  # noqa: S106
    page = make_draft(chain, admin)
    as_user(client, people.board)
    submit(client, page)
    assert_refused_everywhere(client, admin, page, UNIT_HEAD_TASK_NAME)


def test_a_reviewer_who_wrote_the_item_is_told_why_it_waits(client, chain):
    """With no other head or deputy, the head's own item waits, and the head's dashboard says
    so instead of offering the approval."""
    people = chain.people
    UnitMembership.objects.filter(user=people.deputy_a).delete()
    page = make_draft(chain, people.head_a, title="Bài của Vụ trưởng")
    as_user(client, people.board)
    edit(client, page, title="Ban Biên tập nộp bài của Vụ trưởng")
    submit(client, page)
    as_user(client, people.head_a)
    html = dashboard(client)
    assert html.select_one(f"[data-review-item='{page.pk}']") is None
    row = html.select_one(f"[data-authored-item='{page.pk}']")
    assert row is not None
    assert row.select_one("[data-no-reviewer]") is not None
    assert not row.select(APPROVE_BUTTON)
    # The head reads why in Vietnamese.
    assert "không có người duyệt nào khác" in row.get_text()
    assert "Bạn đã viết, sửa, dịch hoặc gửi duyệt" in html.get_text()
