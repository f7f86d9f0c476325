import pytest
from django.core import mail

from tests.workflows.conftest import as_user, make_draft, submit, workflow_action

pytestmark = pytest.mark.django_db


def recipients(messages):
    return sorted(address for message in messages for address in message.to)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        "root", email="root@example.org", password="mat-khau-dai-2026"
    )


def test_each_step_tells_exactly_its_reviewers(
    client, chain, superuser, django_capture_on_commit_callbacks
):
    people = chain.people
    page = make_draft(chain, people.journalist_a, title="Hội thảo cải cách hành chính")
    as_user(client, people.journalist_a)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, page)
    # Step 1: the head and the deputy of unit A; not unit B's head, not the board, not the
    # superuser, not the author.
    assert recipients(mail.outbox) == ["deputy_a@example.org", "head_a@example.org"]
    by_recipient = {message.to[0]: message for message in mail.outbox}
    # Each in the recipient's admin language.
    assert "đã được gửi duyệt" in by_recipient["head_a@example.org"].body
    assert "has been submitted for approval" in by_recipient["deputy_a@example.org"].body
    assert (
        "Hội thảo cải cách hành chính"
        in by_recipient["head_a@example.org"].subject + by_recipient["head_a@example.org"].body
    )
    assert f"/admin/pages/{page.pk}/edit/" in by_recipient["head_a@example.org"].body

    mail.outbox.clear()
    as_user(client, people.head_a)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve")
    # Step 2: the board members; and the author hears that step 1 approved.
    assert recipients(mail.outbox) == [
        "board2@example.org",
        "board@example.org",
        "journalist_a@example.org",
    ]

    mail.outbox.clear()
    as_user(client, people.board)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve")
    assert recipients(mail.outbox) == ["journalist_a@example.org"]


def test_author_hears_of_requested_changes_with_the_comment(
    client, chain, django_capture_on_commit_callbacks
):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    mail.outbox.clear()
    as_user(client, people.deputy_a)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "reject", comment="Cần bổ sung nguồn tin.")
    assert recipients(mail.outbox) == ["journalist_a@example.org"]
    assert "Cần bổ sung nguồn tin." in mail.outbox[0].body


def test_author_who_is_a_reviewer_is_not_asked_to_review(
    client, chain, django_capture_on_commit_callbacks
):
    people = chain.people
    page = make_draft(chain, people.head_a)
    as_user(client, people.head_a)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, page)
    assert recipients(mail.outbox) == ["deputy_a@example.org"]


def test_failing_mail_server_does_not_undo_an_approval(
    client, chain, settings, django_capture_on_commit_callbacks
):
    from tests.workflows.conftest import state_of
    from workflows.roles import BOARD_TASK_NAME

    settings.EMAIL_BACKEND = "tests.utils.FailingEmailBackend"
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, page)
    as_user(client, people.head_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
