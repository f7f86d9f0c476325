"""Roles cannot be escalated through /admin/users/ and /admin/groups/."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from security.users import may_manage_user
from tests.workflows.conftest import PASSWORD, as_user
from workflows import roles

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "mot-mat-khau-moi-rat-dai-2026"  # noqa: S105 -- test value


@pytest.fixture
def staff(chain, django_user_model):
    def make(username, *groups, superuser=False):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@example.org", password=PASSWORD, is_superuser=superuser
        )
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return type(
        "Staff",
        (),
        {
            "root": make("root", superuser=True),
            "admin": make("siteadmin", roles.SITE_ADMINISTRATORS),
            "admin2": make("siteadmin2", roles.SITE_ADMINISTRATORS),
            "board": chain.people.board,
            "journalist": chain.people.journalist_a,
        },
    )


def assert_refused(response):
    """A 403, or Wagtail's refusal in the admin (back to the dashboard)."""
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home"), response["Location"]
    else:
        assert response.status_code == 403, response.status_code


def user_data(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "Tên",
        "last_name": user.last_name or "Họ",
        "is_active": "on" if user.is_active else "",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "password1": "",
        "password2": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def edit_url(user):
    return reverse("wagtailusers_users:edit", args=[user.pk])


def test_a_site_administrator_cannot_create_a_superuser(client, staff):
    as_user(client, staff.admin)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "intruder",
            "email": "intruder@example.org",
            "first_name": "In",
            "last_name": "Truder",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "is_superuser": "on",
        },
    )
    # The field is not offered: the account, if created, is an ordinary one.
    created = get_user_model().objects.filter(username="intruder").first()
    assert response.status_code in (200, 302)
    assert created is None or not created.is_superuser
    assert not get_user_model().objects.filter(is_superuser=True).exclude(pk=staff.root.pk).exists()


def test_a_site_administrator_cannot_make_anyone_a_superuser(client, staff):
    as_user(client, staff.admin)
    for target in (staff.journalist, staff.admin):
        client.post(edit_url(target), user_data(target, is_superuser="on"))
        target.refresh_from_db()
        assert not target.is_superuser


@pytest.mark.parametrize(
    "changes",
    [
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        {"email": "attacker@example.org"},
        {"is_active": ""},
        {"groups": []},
    ],
    ids=["password", "email", "deactivate", "groups"],
)
def test_a_site_administrator_cannot_change_a_superusers_account(client, staff, changes):
    as_user(client, staff.admin)
    before = (staff.root.password, staff.root.email, staff.root.is_active)
    assert_refused(client.get(edit_url(staff.root)))
    data = user_data(staff.root, **changes)
    if changes == {"is_active": ""}:
        data.pop("is_active", None)
    assert_refused(client.post(edit_url(staff.root), data))
    staff.root.refresh_from_db()
    assert (staff.root.password, staff.root.email, staff.root.is_active) == before
    assert staff.root.is_superuser


def test_a_site_administrator_cannot_delete_a_superuser_or_an_equal(client, staff):
    as_user(client, staff.admin)
    for target in (staff.root, staff.admin2):
        url = reverse("wagtailusers_users:delete", args=[target.pk])
        assert_refused(client.get(url))
        assert_refused(client.post(url))
        assert type(target).objects.filter(pk=target.pk).exists()


def test_a_site_administrator_manages_lower_roles_only(client, staff):
    assert may_manage_user(staff.admin, staff.journalist)
    assert may_manage_user(staff.admin, staff.board)
    assert not may_manage_user(staff.admin, staff.admin2)
    assert not may_manage_user(staff.admin, staff.root)
    assert not may_manage_user(staff.journalist, staff.admin)
    as_user(client, staff.admin)
    before = staff.admin2.password
    assert_refused(
        client.post(
            edit_url(staff.admin2),
            user_data(staff.admin2, password1=NEW_PASSWORD, password2=NEW_PASSWORD),
        )
    )
    staff.admin2.refresh_from_db()
    assert staff.admin2.password == before
    # A journalist's password is theirs to reset.
    response = client.post(
        edit_url(staff.journalist),
        user_data(staff.journalist, password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 302
    staff.journalist.refresh_from_db()
    assert staff.journalist.check_password(NEW_PASSWORD)


def test_nobody_joins_a_group_more_powerful_than_their_own(client, staff):
    """A board member allowed to manage users cannot add themselves or a journalist to the site
    administrators' group (which publishes), nor to Wagtail's default groups."""
    staff.board.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="auth", codename__in=["add_user", "change_user"]
        )
    )
    administrators = Group.objects.get(name=roles.SITE_ADMINISTRATORS)
    editors = Group.objects.get(name=roles.WAGTAIL_DEFAULT_GROUPS[0])
    as_user(client, staff.board)
    for target in (staff.board, staff.journalist):
        groups_before = set(target.groups.values_list("pk", flat=True))
        for group in (administrators, editors):
            response = client.post(
                edit_url(target),
                user_data(target, groups=[*map(str, groups_before), str(group.pk)]),
            )
            assert response.status_code == 200
            assert "nhóm này có những quyền mà bạn không có" in response.content.decode()
            assert set(target.groups.values_list("pk", flat=True)) == groups_before
    # A new account cannot be created in that group either.
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "groups": [str(administrators.pk)],
        },
    )
    assert response.status_code == 200
    assert not type(staff.board).objects.filter(username="newcomer").exists()
    # The form offers only groups within the board member's powers.
    html = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert roles.SITE_ADMINISTRATORS not in html
    assert ">Editors<" not in html and ">Moderators<" not in html


def test_the_bulk_role_assignment_follows_the_same_rule(client, staff):
    administrators = Group.objects.get(name=roles.SITE_ADMINISTRATORS)
    as_user(client, staff.admin)
    url = (
        reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"])
        + f"?id={staff.admin.pk}&id={staff.root.pk}"
    )
    assert_refused(client.post(url, {"role": administrators.pk}))
    assert not staff.root.groups.exists()
    # A board member who manages users cannot give a journalist the administrators' group.
    staff.board.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="auth", codename="change_user")
    )
    as_user(client, staff.board)
    url = (
        reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"])
        + f"?id={staff.journalist.pk}"
    )
    assert_refused(client.post(url, {"role": administrators.pk}))
    assert not staff.journalist.groups.filter(pk=administrators.pk).exists()
    as_user(client, staff.admin)
    url = (
        reverse("wagtail_bulk_action", args=["auth", "user", "set_active_state"])
        + f"?id={staff.root.pk}"
    )
    assert_refused(client.post(url, {"mark_as_active": "False"}))
    staff.root.refresh_from_db()
    assert staff.root.is_active


def test_groups_are_changed_by_superusers_only(client, staff):
    staff.admin.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="auth",
            codename__in=["add_group", "change_group", "delete_group"],
        )
    )
    own = Group.objects.get(name=roles.SITE_ADMINISTRATORS)
    publish = Permission.objects.get(codename="change_user", content_type__app_label="auth")
    as_user(client, staff.admin)
    groups_before = Group.objects.count()
    assert_refused(client.get(reverse("wagtailusers_groups:add")))
    assert_refused(
        client.post(
            reverse("wagtailusers_groups:add"),
            {"name": "Nhóm mới", "permissions": [publish.pk]},
        )
    )
    assert Group.objects.count() == groups_before
    assert_refused(client.get(reverse("wagtailusers_groups:edit", args=[own.pk])))
    assert_refused(
        client.post(reverse("wagtailusers_groups:edit", args=[own.pk]), {"name": own.name})
    )
    assert_refused(client.post(reverse("wagtailusers_groups:delete", args=[own.pk])))
    assert Group.objects.filter(pk=own.pk).exists()
    # A superuser still manages groups.
    as_user(client, staff.root)
    assert client.get(reverse("wagtailusers_groups:add")).status_code == 200


def test_wagtails_default_groups_hold_no_page_permission_after_migrate(db):
    for name in roles.WAGTAIL_DEFAULT_GROUPS:
        group = Group.objects.filter(name=name).first()
        assert group is not None  # created by Wagtail's migrations
        assert not GroupPagePermission.objects.filter(group=group).exists()


def test_a_member_of_wagtails_default_groups_publishes_nothing(chain):
    for name in roles.WAGTAIL_DEFAULT_GROUPS:
        group = Group.objects.filter(name=name).first()
        assert group is not None  # created by Wagtail's migrations
        assert not GroupPagePermission.objects.filter(group=group).exists()
    root = Page.get_first_root_node()
    moderator = type(chain.people.board).objects.create_user("moderator", password=PASSWORD)
    moderator.groups.add(Group.objects.get(name=roles.WAGTAIL_DEFAULT_GROUPS[1]))
    assert not root.permissions_for_user(moderator).can_publish_subpage()
