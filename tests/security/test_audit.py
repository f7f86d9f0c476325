"""The audit log: sign-ins, failed sign-ins, permission changes and publications, each with the
actor and the client's address; administrators read it, nobody edits it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from security.models import AuditEvent
from tests.workflows.conftest import PASSWORD, as_user, make_draft, submit, workflow_action
from workflows import roles
from workflows.models import UnitMembership

pytestmark = pytest.mark.django_db


@pytest.mark.real_login
def test_sign_ins_and_failures_are_logged_with_the_address(client, chain):
    client.post(
        "/admin/login/", {"username": "journalist_a", "password": "sai"}, REMOTE_ADDR="203.0.113.7"
    )
    client.post(
        "/admin/login/",
        {"username": "journalist_a", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.8",
    )
    failed = AuditEvent.objects.get(action=AuditEvent.LOGIN_FAILED)
    assert (failed.actor_name, failed.ip_address) == ("journalist_a", "203.0.113.7")
    login = AuditEvent.objects.get(action=AuditEvent.LOGIN)
    assert (login.actor, login.ip_address) == (chain.people.journalist_a, "203.0.113.8")


def test_permission_changes_name_the_actor(client, chain, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password=PASSWORD)
    as_user(client, admin)
    board = Group.objects.get(name=roles.EDITORIAL_BOARD)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[chain.people.journalist_b.pk]),
        {
            "username": "journalist_b",
            "email": "journalist_b@example.org",
            "first_name": "B",
            "last_name": "B",
            "is_active": "on",
            "groups": [board.pk],
        },
        REMOTE_ADDR="198.51.100.20",
    )
    assert response.status_code == 302
    event = AuditEvent.objects.filter(action=AuditEvent.GROUPS_CHANGED).latest("pk")
    assert event.actor == admin
    assert event.ip_address == "198.51.100.20"
    assert event.target == "journalist_b"


def test_group_page_and_unit_role_changes_are_logged(chain):
    group = Group.objects.create(name="Nhóm thử")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    UnitMembership.objects.filter(user=chain.people.journalist_a).update(role="member")
    membership = UnitMembership.objects.get(user=chain.people.journalist_a)
    membership.role = UnitMembership.HEAD
    membership.save()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        AuditEvent.PERMISSIONS_CHANGED,
        AuditEvent.PAGE_PERMISSIONS_CHANGED,
        AuditEvent.UNIT_ROLE_CHANGED,
    } <= actions
    page_event = AuditEvent.objects.filter(action=AuditEvent.PAGE_PERMISSIONS_CHANGED).latest("pk")
    assert page_event.detail["permission"] == "publish_page"


def test_superuser_flag_changes_are_logged(chain):
    user = chain.people.journalist_a
    user.is_superuser = True
    user.save()
    event = AuditEvent.objects.filter(action=AuditEvent.USER_FLAGS_CHANGED).latest("pk")
    assert event.detail == {"is_superuser": [False, True]}


def test_publication_through_the_chain_names_the_approver_and_address(
    client, chain, django_capture_on_commit_callbacks
):
    page = make_draft(chain, chain.people.journalist_a, title="Tin được duyệt")
    as_user(client, chain.people.journalist_a)
    submit(client, page)
    as_user(client, chain.people.head_a)
    workflow_action(client, page, "approve")
    as_user(client, chain.people.board)
    page_obj = Page.objects.get(pk=page.pk)
    task_state = page_obj.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
        REMOTE_ADDR="192.0.2.44",
    )
    assert Page.objects.get(pk=page.pk).live
    event = AuditEvent.objects.get(action=AuditEvent.PUBLISHED, detail__page_id=page.pk)
    assert event.actor == chain.people.board
    assert event.ip_address == "192.0.2.44"


def test_unpublishing_is_logged(chain):
    page = make_draft(chain, chain.people.journalist_a)
    page.save_revision().publish()
    Page.objects.get(pk=page.pk).unpublish()
    event = AuditEvent.objects.get(action=AuditEvent.UNPUBLISHED, detail__page_id=page.pk)
    assert event.actor is None  # no request: the system


def test_administrators_read_the_log_and_nobody_edits_it(client, chain, django_user_model):
    AuditEvent.objects.create(action=AuditEvent.LOGIN, actor_name="someone", target="x")
    admin = django_user_model.objects.create_superuser("root", password=PASSWORD)
    as_user(client, admin)
    listing = client.get("/admin/audit_log/")
    assert listing.status_code == 200
    assert "someone" in listing.content.decode()
    assert client.get("/admin/audit_log/?export=csv").status_code == 200
    event = AuditEvent.objects.first()
    # Refused even to a superuser (the read-only policy): Wagtail redirects to the dashboard.
    for response in (
        client.get(f"/admin/audit_log/edit/{event.pk}/"),
        client.post(f"/admin/audit_log/delete/{event.pk}/"),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_journalists_cannot_read_the_log(client, chain):
    as_user(client, chain.people.journalist_a)
    response = client.get("/admin/audit_log/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
