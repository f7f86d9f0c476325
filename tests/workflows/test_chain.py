import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision, TaskState

from news.models import NewsPage
from tests.workflows.conftest import (
    as_user,
    edit,
    make_draft,
    state_of,
    submit,
    workflow_action,
)
from workflows.models import EmergencyPublication, UnitMembership
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db


def reload(page):
    return NewsPage.objects.get(pk=page.pk)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_full_chain_publishes_and_logs_every_step(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve", comment="Nội dung chính xác.")
    assert not reload(page).live
    as_user(client, people.board)
    workflow_action(client, page, "approve")
    assert reload(page).live
    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp")
        .values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "journalist_a") in actions
    assert ("wagtail.workflow.approve", "head_a") in actions
    assert ("wagtail.workflow.approve", "board") in actions
    assert ("wagtail.publish", "board") in actions
    approval = PageLogEntry.objects.get(
        page=page, action="wagtail.workflow.approve", user=people.head_a
    )
    assert approval.data["comment"] == "Nội dung chính xác."


def test_submitter_never_approves_at_any_step(client, chain):
    people = chain.people
    # The head writes and submits an item of their own unit.
    page = make_draft(chain, people.head_a)
    as_user(client, people.head_a)
    submit(client, page)
    task_state = reload(page).current_workflow_task_state
    assert task_state.task.specific.get_actions(page, people.head_a) == []
    assert not TaskState.objects.reviewable_by(people.head_a).filter(pk=task_state.pk).exists()
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    # The deputy approves; the board approves.
    as_user(client, people.deputy_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)


def test_board_member_who_submitted_cannot_give_final_approval(client, chain):
    people = chain.people
    page = make_draft(chain, people.board)
    as_user(client, people.board)
    submit(client, page)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    as_user(client, people.board)
    workflow_action(client, page, "approve")
    assert not reload(page).live
    as_user(client, people.board2)
    workflow_action(client, page, "approve")
    assert reload(page).live


def test_last_editor_cannot_approve(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    # The deputy corrects the item during review, and so becomes its last editor.
    as_user(client, people.deputy_a)
    edit(client, page, title="Tiêu đề đã biên tập")
    assert reload(page).get_latest_revision().user == people.deputy_a
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)


def test_task_state_of_another_item_in_the_url_is_refused(client, chain):
    people = chain.people
    own = make_draft(chain, people.board, title="Bài của Ban Biên tập")
    other = make_draft(chain, people.journalist_a, title="Bài của phóng viên")
    for page, author in ((own, people.board), (other, people.journalist_a)):
        as_user(client, author)
        submit(client, page)
        as_user(client, people.head_a)
        workflow_action(client, page, "approve")
    own_state = reload(own).current_workflow_task_state
    # The board member names the other item in the URL and their own item's task state.
    as_user(client, people.board)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[other.pk, "approve", own_state.pk]),
        {"comment": ""},
    )
    assert not reload(own).live
    own_state.refresh_from_db()
    assert own_state.status == TaskState.STATUS_IN_PROGRESS
    # A head of another unit tries the same with an item of unit A at step 1.
    item_b = make_draft(chain, people.journalist_b, unit=chain.unit_b, title="Bài đơn vị B")
    item_a = make_draft(chain, people.journalist_a, title="Bài đơn vị A")
    for page, author in ((item_b, people.journalist_b), (item_a, people.journalist_a)):
        as_user(client, author)
        submit(client, page)
    state_a = reload(item_a).current_workflow_task_state
    as_user(client, people.head_b)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[item_b.pk, "approve", state_a.pk]),
        {"comment": ""},
    )
    assert state_of(item_a) == ("in_progress", UNIT_HEAD_TASK_NAME)


def test_request_changes_needs_a_comment(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.head_a)
    task_state = reload(page).current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    assert response.json()["step"] == "action"  # the form comes back with its error
    assert "Hãy nêu rõ nội dung cần sửa." in response.json()["html"]


def test_requested_changes_return_to_author_with_comment_and_keep_revisions(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    revisions_before = Revision.page_revisions.filter(object_id=str(page.pk)).count()
    as_user(client, people.head_a)
    workflow_action(client, page, "reject", comment="Bổ sung số liệu năm 2025.")
    assert state_of(page)[0] == "needs_changes"
    assert not reload(page).live
    # The author sees the comment in the editor and edits again.
    as_user(client, people.journalist_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), follow=True)
    assert "Bổ sung số liệu năm 2025." in response.content.decode()
    edit(client, page, title="Đã bổ sung số liệu")
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    assert revisions.count() > revisions_before
    assert revisions.filter(content__title="Tin nháp").exists()


def test_edit_during_review_goes_back_to_the_first_step(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    # A board member improves the wording during the board step; another member approves the
    # edited text, which then goes back to the head, whose approval was of the earlier text.
    as_user(client, people.board)
    edit(client, page, title="Tiêu đề do Ban Biên tập sửa")
    as_user(client, people.board2)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    assert not reload(page).live
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    page = reload(page)
    assert page.live and page.title == "Tiêu đề do Ban Biên tập sửa"


def test_scheduled_item_goes_live_at_its_time(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    go_live = timezone.now() + datetime.timedelta(days=2)
    as_user(client, people.journalist_a)
    edit(client, page, go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"))
    submit(client, page)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    as_user(client, people.board)
    workflow_action(client, page, "approve")
    page = reload(page)
    assert not page.live
    assert page.status_string in ("scheduled", "đã lên lịch")
    revision = page.get_latest_revision()
    assert revision.approved_go_live_at is not None
    call_command("publish_scheduled")
    assert not reload(page).live
    with time_machine.travel(go_live + datetime.timedelta(minutes=5), tick=False):
        call_command("publish_scheduled")
    assert reload(page).live


def test_head_change_applies_to_items_already_waiting(client, chain, django_user_model):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    UnitMembership.objects.filter(user=people.head_a).delete()
    UnitMembership.objects.filter(user=people.deputy_a).delete()
    new_head = django_user_model.objects.create_user("new_head", email="n@example.org")
    new_head.groups.add(people.head_a.groups.first())
    UnitMembership.objects.create(unit=chain.unit_a, user=new_head, role=UnitMembership.HEAD)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, new_head)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)


def test_journalist_chooses_only_a_unit_they_belong_to(client, chain):
    as_user(client, chain.people.journalist_a)
    page = make_draft(chain, chain.people.journalist_a)
    response = edit(client, page, lead_unit=chain.unit_b.pk)
    assert response.status_code == 200
    assert reload(page).get_latest_revision_as_object().lead_unit == chain.unit_a
    assert "Choose a unit you belong to" in response.content.decode() or (
        "Hãy chọn đơn vị mà bạn là thành viên" in response.content.decode()
    )
    html = soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    options = {
        o.get_text(strip=True)
        for o in html.select("select[name=lead_unit] option")
        if o.get("value")
    }
    assert options == {"Vụ Cải cách hành chính"}


def test_lead_unit_is_required_before_submission(client, chain):
    page = make_draft(chain, chain.people.journalist_a)
    as_user(client, chain.people.journalist_a)
    edit(client, page, lead_unit="")
    assert reload(page).get_latest_revision_as_object().lead_unit is None  # a draft may lack it
    response = submit(client, NewsPage.objects.get(pk=page.pk))
    assert state_of(page) == (None, None)
    assert response.status_code == 200


# Emergency publication -----------------------------------------------------------------------


def test_emergency_publish_needs_a_reason(client, chain):
    page = make_draft(chain, chain.people.journalist_a)
    url = reverse("workflows_emergency_publish", args=[page.pk])
    as_user(client, chain.people.board)
    response = client.post(url, {"reason": ""})
    assert response.status_code == 400
    assert not reload(page).live
    assert not EmergencyPublication.objects.exists()


def test_emergency_publish_only_by_the_board(client, chain):
    page = make_draft(chain, chain.people.journalist_a)
    url = reverse("workflows_emergency_publish", args=[page.pk])
    for user in (chain.people.head_a, chain.people.journalist_a, chain.people.coordinator):
        as_user(client, user)
        client.post(url, {"reason": "Thông cáo báo chí khẩn cấp của Bộ."})
        assert not reload(page).live


def test_emergency_publish_with_a_reason_then_confirmed_by_another_person(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.board)
    reason = "Thông cáo báo chí khẩn cấp theo chỉ đạo của Lãnh đạo Bộ."
    client.post(reverse("workflows_emergency_publish", args=[page.pk]), {"reason": reason})
    assert reload(page).live
    assert state_of(page) == (None, None)  # the review was cancelled
    publication = EmergencyPublication.objects.get(page=page)
    assert publication.published_by == people.board and publication.confirmed_at is None
    entry = PageLogEntry.objects.get(page=page, action="portal.emergency_publish")
    assert entry.user == people.board and entry.data["reason"] == reason
    listing = client.get(reverse("workflows_emergency_list"))
    assert reason in listing.content.decode()
    # The publisher cannot confirm their own publication.
    client.post(reverse("workflows_emergency_confirm", args=[publication.pk]))
    publication.refresh_from_db()
    assert publication.confirmed_at is None
    as_user(client, people.board2)
    client.post(reverse("workflows_emergency_confirm", args=[publication.pk]))
    publication.refresh_from_db()
    assert publication.confirmed_by == people.board2
    assert PageLogEntry.objects.filter(
        page=page, action="portal.emergency_publish_confirmed", user=people.board2
    ).exists()
