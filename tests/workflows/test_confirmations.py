"""Every decision taken on an item in review is confirmed, in the user's language, naming the
item and the step."""

import pytest
from django.contrib.messages import get_messages
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, TaskState, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.workflows.conftest import as_user, edit, make_draft, state_of, submit

pytestmark = pytest.mark.django_db


def dashboard_action(client, page, action, **data):
    """What the dashboard's buttons post (with ``next``, back to the dashboard)."""
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return client.post(
        reverse("workflows_workflow_action", args=[page.pk, action, task_state.pk]),
        {"next": reverse("wagtailadmin_home"), **data},
    )


def shown(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def test_dashboard_buttons_post_to_the_confirming_view(client, chain):
    page = make_draft(chain, chain.people.journalist_a, title="Hội nghị ASEAN")
    as_user(client, chain.people.journalist_a)
    submit(client, page)
    as_user(client, chain.people.head_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    assert reverse("workflows_workflow_action", args=[page.pk, "approve", task_state.pk]) in html
    assert (
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        not in html
    )


def test_approval_from_the_dashboard_is_confirmed_in_vietnamese(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a, title="Hội nghị ASEAN")
    as_user(client, people.journalist_a)
    submit(client, page)

    as_user(client, people.head_a)
    response = dashboard_action(client, page, "approve")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert shown(response) == [
        "Anh/chị đã duyệt “Hội nghị ASEAN” ở bước “Lãnh đạo đơn vị chủ trì duyệt”; "
        "tin bài đang chờ ở bước “Ban Biên tập duyệt”."
    ]
    assert state_of(page) == ("in_progress", "Editorial board approval")

    as_user(client, people.board)
    response = dashboard_action(client, page, "approve")
    assert shown(response) == [
        "Anh/chị đã duyệt “Hội nghị ASEAN” ở bước “Ban Biên tập duyệt”; tin bài đã được đăng."
    ]
    assert Page.objects.get(pk=page.pk).live


def test_request_for_changes_is_confirmed_in_the_users_language(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a, title="Hội nghị ASEAN")
    as_user(client, people.journalist_a)
    submit(client, page)

    as_user(client, people.deputy_a)  # prefers English
    response = dashboard_action(client, page, "reject", comment="Thiếu ảnh.")
    assert shown(response) == [
        "You requested changes to “Hội nghị ASEAN” at the step “Unit head approval”; "
        "it is back with its author, with your comment."
    ]
    assert state_of(page) == ("needs_changes", "Unit head approval")


def test_decision_in_the_editor_is_confirmed_once(client, chain):
    """The editor's action menu: the confirmation takes the place of Wagtail's "Page '…' has
    been updated.", so the reviewer reads one message that says what happened."""
    people = chain.people
    page = make_draft(chain, people.journalist_a, title="Hội nghị ASEAN")
    as_user(client, people.journalist_a)
    submit(client, page)

    # The reviewer changes nothing (a change would make them an author, refused by four eyes):
    # the form carries the stored paragraph with its id and block keys, as the browser does.
    block = Page.objects.get(pk=page.pk).get_latest_revision_as_object().body[0]
    unchanged = nested_form_data(
        {"body": streamfield([("paragraph", rich_text(block.value.source))])}
    )
    as_user(client, people.head_a)
    response = edit(
        client,
        page,
        **unchanged,
        **{"body-0-id": block.id, "action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302
    assert shown(response) == [
        "Anh/chị đã duyệt “Hội nghị ASEAN” ở bước “Lãnh đạo đơn vị chủ trì duyệt”; "
        "tin bài đang chờ ở bước “Ban Biên tập duyệt”."
    ]
    assert state_of(page) == ("in_progress", "Editorial board approval")

    # A plain save by the same reviewer keeps Wagtail's own message.
    as_user(client, people.board)
    response = edit(client, page)
    assert shown(response) == ["Trang &#x27;Hội nghị ASEAN&#x27; đã được cập nhật."]


def test_refused_decision_confirms_nothing(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a, title="Hội nghị ASEAN")
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.head_b)  # another unit's head
    response = dashboard_action(client, page, "approve")
    assert response.status_code == 302  # Wagtail's refusal, back to the dashboard
    assert shown(response) == ["Bạn không có quyền truy cập vào khu vực này."]
    assert (
        TaskState.objects.get(pk=Page.objects.get(pk=page.pk).current_workflow_task_state.pk).status
        == "in_progress"
    )

    as_user(client, people.head_a)
    response = dashboard_action(client, page, "reject")  # a comment is required
    assert shown(response) == []
    assert state_of(page) == ("in_progress", "Unit head approval")


def test_workflow_names_are_stored_in_english_and_shown_in_the_users_language(client, chain):
    workflow = Workflow.objects.get(pk=chain.workflow.pk)
    task = workflow.tasks.get(name="Unit head approval")
    assert workflow.name == "ASEAN editorial chain"
    rendered = Template("{{ workflow.name }} / {{ task }}")
    with translation.override("vi"):
        assert rendered.render(Context({"workflow": workflow, "task": task})) == (
            "Quy trình duyệt tin bài ASEAN / Lãnh đạo đơn vị chủ trì duyệt"
        )
        assert f"{task.name}" == "Lãnh đạo đơn vị chủ trì duyệt"
        assert str(workflow.name) == "Quy trình duyệt tin bài ASEAN"
        workflow.save()  # saved while Vietnamese is active: the English name is kept
    with translation.override("en"):
        assert rendered.render(Context({"workflow": workflow, "task": task})) == (
            "ASEAN editorial chain / Unit head approval"
        )
    assert Workflow.objects.filter(name="ASEAN editorial chain").count() == 1


def test_the_moderation_report_names_the_step_in_vietnamese(client, chain):
    page = make_draft(chain, chain.people.journalist_a, title="Hội nghị ASEAN")
    as_user(client, chain.people.journalist_a)
    submit(client, page)
    as_user(client, chain.people.head_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Lãnh đạo đơn vị chủ trì duyệt" in html and "Unit head approval" not in html
