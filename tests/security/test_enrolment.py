"""Two-step sign-in by power, not by list; in production the first device needs an
administrator's one-time code, not the password alone."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission, Page

from security.models import EnrolmentCode
from security.otp import holds_power, issue_enrolment_code
from tests.security.test_login import code_for, sign_in
from tests.workflows.conftest import PASSWORD
from workflows import roles
from workflows.models import EditorialBoardApprovalTask

pytestmark = [pytest.mark.django_db, pytest.mark.real_login]

PRODUCTION = override_settings(
    PORTAL_TWO_FACTOR_REQUIRED=True, PORTAL_TWO_FACTOR_ENROLMENT_CODE=True
)
SETUP = reverse("security_otp_setup")


def setup_page(client):
    """Where the admin sends a user who must set up two-step sign-in."""
    home = client.get("/admin/")
    assert home.status_code == 302
    assert home["Location"].startswith(SETUP)
    return client.get(SETUP)


def shows_a_secret(response):
    """The set-up page with the QR code and the key of a new device."""
    return "qr_code" in (getattr(response, "context_data", None) or {})


@PRODUCTION
def test_the_password_alone_does_not_enrol(client, chain):
    head = chain.people.head_a
    assert sign_in(client, head.username).status_code == 302
    page = setup_page(client)
    assert page.status_code == 200
    assert "data-enrolment-code-form" in page.content.decode()
    assert not shows_a_secret(page)
    assert not TOTPDevice.objects.filter(user=head).exists()
    # Posting a code as if a device existed changes nothing.
    response = client.post(SETUP, {"token": "123456"})
    assert response.status_code == 400
    assert not TOTPDevice.objects.filter(user=head).exists()
    # A made-up enrolment code is refused, in Vietnamese.
    response = client.post(SETUP, {"enrolment_code": "ABCD-EFGH-JKLM"})
    assert response.status_code == 400
    assert "Mã đăng ký này không hợp lệ" in response.content.decode()
    assert not shows_a_secret(response)
    assert client.get("/admin/pages/").status_code == 302


@PRODUCTION
def test_an_expired_code_is_refused(client, chain):
    head = chain.people.head_a
    code = issue_enrolment_code(head)
    # Issued 24 hours and a minute ago (the session itself lasts 12 hours).
    EnrolmentCode.objects.filter(user=head).update(
        created_at=timezone.now() - datetime.timedelta(hours=24, minutes=1)
    )
    sign_in(client, head.username)
    response = client.post(SETUP, {"enrolment_code": code})
    assert response.status_code == 400
    assert not shows_a_secret(client.get(SETUP))
    assert EnrolmentCode.objects.get(user=head).used_at is None


@PRODUCTION
def test_a_code_works_once(client, chain):
    head = chain.people.head_a
    code = issue_enrolment_code(head)
    sign_in(client, head.username)
    assert client.post(SETUP, {"enrolment_code": code}).status_code == 302
    assert shows_a_secret(client.get(SETUP))
    # Someone else with the password and the same code, in another browser: refused.
    other = Client()
    sign_in(other, head.username)
    response = other.post(SETUP, {"enrolment_code": code})
    assert response.status_code == 400
    assert not shows_a_secret(other.get(SETUP))


@PRODUCTION
def test_a_new_code_replaces_the_previous_one_and_is_stored_hashed(chain):
    head = chain.people.head_a
    first = issue_enrolment_code(head)
    second = issue_enrolment_code(head)
    stored = EnrolmentCode.objects.get(user=head)
    assert first != second
    assert second.replace("-", "") not in stored.code_hash
    assert stored.used_at is None


@PRODUCTION
def test_the_administrators_reset_issues_a_code_that_enrols(client, chain):
    head = chain.people.head_a
    TOTPDevice.objects.create(user=head, name="lost phone", confirmed=True)
    root = get_user_model().objects.create_superuser("root", password=PASSWORD)
    admin_device = TOTPDevice.objects.create(user=root, name="app", confirmed=True)
    admin = Client()
    sign_in(admin, "root")
    admin.post(reverse("security_otp_verify"), {"token": code_for(admin_device)})
    response = admin.post(reverse("security_otp_reset", args=[head.pk]))
    assert response.status_code == 200
    code = response.context["code"]
    assert code in response.content.decode()
    assert not TOTPDevice.objects.filter(user=head).exists()

    sign_in(client, head.username)
    assert not shows_a_secret(setup_page(client))
    assert client.post(SETUP, {"enrolment_code": code}).status_code == 302
    page = client.get(SETUP)
    assert shows_a_secret(page)
    device = TOTPDevice.objects.get(user=head, confirmed=False)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=90), tick=False):
        done = client.post(SETUP, {"token": code_for(device)})
        assert done.status_code == 200
        assert client.get("/admin/").status_code == 200
    assert EnrolmentCode.objects.get(user=head).used_at is not None


def test_a_site_administrator_cannot_reset_another_administrator(client, chain, django_user_model):
    admins = Group.objects.get(name=roles.SITE_ADMINISTRATORS)
    first = django_user_model.objects.create_user("admin1", password=PASSWORD)
    second = django_user_model.objects.create_user("admin2", password=PASSWORD)
    first.groups.add(admins)
    second.groups.add(admins)
    TOTPDevice.objects.create(user=second, name="app", confirmed=True)
    device = TOTPDevice.objects.create(user=first, name="app", confirmed=True)
    sign_in(client, "admin1")
    client.post(reverse("security_otp_verify"), {"token": code_for(device)})
    response = client.post(reverse("security_otp_reset", args=[second.pk]))
    assert response.status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=second).exists()
    assert not EnrolmentCode.objects.filter(user=second).exists()


def _member_of_new_group(django_user_model, name, username):
    user = django_user_model.objects.create_user(username, password=PASSWORD)
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user, group


@pytest.mark.parametrize(
    "power",
    ["publish_page", "change_user", "change_portalsettings", "board_task", "publish_snippet"],
)
def test_a_brand_new_group_with_power_must_enrol(client, chain, django_user_model, power):
    user, group = _member_of_new_group(django_user_model, "Nhóm mới", "newcomer")
    assert not holds_power(user)
    if power == "publish_page":
        GroupPagePermission.objects.create(
            group=group,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename="publish_page"
            ),
        )
    elif power == "change_user":
        group.permissions.add(Permission.objects.get(codename="change_user"))
    elif power == "change_portalsettings":
        group.permissions.add(Permission.objects.get(codename="change_portalsettings"))
    elif power == "board_task":
        EditorialBoardApprovalTask.objects.get().groups.add(group)
    elif power == "publish_snippet":
        permission = Permission.objects.filter(codename__startswith="publish_").first()
        if permission is None:
            pytest.skip("no model with drafts has a publish permission")
        group.permissions.add(permission)
    user = django_user_model.objects.get(pk=user.pk)  # no cached permissions
    assert holds_power(user)
    sign_in(client, "newcomer")
    setup_page(client)


def test_a_member_without_power_signs_in_with_the_password(client, chain, django_user_model):
    _member_of_new_group(django_user_model, "Nhóm đọc", "reader")
    sign_in(client, "reader")
    assert client.get("/admin/").status_code == 200


@override_settings(PORTAL_TWO_FACTOR_REQUIRED=False, PORTAL_TWO_FACTOR_ENROLMENT_CODE=False)
def test_development_keeps_signing_in_with_the_password(client, chain):
    sign_in(client, "head_a")
    assert client.get("/admin/").status_code == 200


@PRODUCTION
def test_the_first_superuser_gets_a_code_from_the_shell(client, chain, run_command):
    get_user_model().objects.create_superuser("root", password=PASSWORD)
    out, _err = run_command("issue_enrolment_code", "root")
    code = out.strip()
    sign_in(client, "root")
    assert client.post(SETUP, {"enrolment_code": code}).status_code == 302
    assert shows_a_secret(client.get(SETUP))
