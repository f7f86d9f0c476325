"""Sign-in: lockout keyed on user name and address (behind the proxy too), two-step sign-in that
no URL skips, recovery codes, password reset that reveals nothing, strong passwords."""

import datetime
import time

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.models import NewsPage
from security.models import AuditEvent
from tests.workflows.conftest import PASSWORD, form_data, make_draft

pytestmark = [pytest.mark.django_db, pytest.mark.real_login]

LOGIN = "/admin/login/"


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def code_for(device):
    """The code the user's app shows now (time-machine moves this clock too)."""
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = time.time()
    return f"{generator.token():0{device.digits}d}"


# Lockout


def test_five_failures_lock_the_user_name_at_that_address(client, chain, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "journalist_a", "sai", REMOTE_ADDR="203.0.113.5")
        assert response.status_code == 200
    assert sign_in(client, "journalist_a", "sai", REMOTE_ADDR="203.0.113.5").status_code == 429
    # Now even the right password is refused, without saying whether it was right.
    locked = sign_in(client, "journalist_a", REMOTE_ADDR="203.0.113.5")
    assert locked.status_code == 429
    body = locked.content.decode()
    assert "Tạm khóa đăng nhập" in body
    assert "15 phút" in body
    assert not locked.wsgi_request.user.is_authenticated
    assert AuditEvent.objects.filter(action="locked_out", actor_name="journalist_a").exists()


def test_lockout_is_per_user_name_and_address(client, chain, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "journalist_a", "sai", REMOTE_ADDR="203.0.113.5")
    # The same person from another address, and a colleague from the same address, go on.
    assert sign_in(client, "journalist_a", REMOTE_ADDR="198.51.100.9").status_code == 302
    client.logout()
    assert sign_in(client, "journalist_b", REMOTE_ADDR="203.0.113.5").status_code == 302


def test_lockout_ends_after_the_cool_off(client, chain, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "journalist_a", "sai", REMOTE_ADDR="203.0.113.5")
    assert sign_in(client, "journalist_a", REMOTE_ADDR="203.0.113.5").status_code == 429
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16)):
        assert sign_in(client, "journalist_a", REMOTE_ADDR="203.0.113.5").status_code == 302


def test_behind_the_proxy_the_lockout_keys_on_the_address_nginx_saw(client, chain, settings):
    """nginx appends the real client to X-Forwarded-For; what the client wrote there itself
    cannot spread its failures over made-up addresses, nor lock out somebody else."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for n in range(settings.AXES_FAILURE_LIMIT):
        forged = f"10.0.0.{n}, 203.0.113.5"
        sign_in(client, "journalist_a", "sai", HTTP_X_FORWARDED_FOR=forged, **proxy)
    response = sign_in(
        client, "journalist_a", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.5", **proxy
    )
    assert response.status_code == 429
    # Another reader behind the same proxy is not affected.
    other = sign_in(client, "journalist_a", HTTP_X_FORWARDED_FOR="198.51.100.9", **proxy)
    assert other.status_code == 302
    event = AuditEvent.objects.filter(action="login_failed").first()
    assert event.ip_address == "203.0.113.5"


def test_without_a_trusted_proxy_forwarded_headers_are_ignored(client, chain, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            client,
            "journalist_a",
            "sai",
            REMOTE_ADDR="203.0.113.5",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    assert sign_in(client, "journalist_a", REMOTE_ADDR="203.0.113.5").status_code == 429


# Two-step sign-in


def test_a_head_must_set_up_two_step_sign_in_before_anything_else(client, chain):
    response = sign_in(client, "head_a")
    assert response.status_code == 302
    home = client.get("/admin/")
    assert home.status_code == 302
    assert home["Location"].startswith(reverse("security_otp_setup"))
    setup = client.get(home["Location"])
    assert setup.status_code == 200
    assert "<svg" in setup.content.decode()
    device = TOTPDevice.objects.get(user=chain.people.head_a, confirmed=False)

    wrong = client.post(setup.wsgi_request.get_full_path(), {"token": "000000"})
    assert wrong.status_code == 400
    assert "Mã này không hợp lệ" in wrong.content.decode()

    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=90), tick=False):
        done = client.post(reverse("security_otp_setup"), {"token": code_for(device)})
        assert done.status_code == 200
        codes = done.context["codes"]
        assert len(codes) == 10
        assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


@pytest.fixture
def head_with_device(chain):
    head = chain.people.head_a
    device = TOTPDevice.objects.create(user=head, name="app", confirmed=True)
    return head, device


ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/2/",
    "/admin/pages/2/edit/",
    "/admin/pages/search/?q=asean",
    "/admin/images/",
    "/admin/documents/",
    "/admin/reports/results/",
    "/admin/users/",
    "/admin/account/",
    "/admin/api/main/pages/",
    "/admin/localize/",
    "/admin/snippets/",
    "/admin/two-step/reset/1/",
    "/admin/does-not-exist/",
]


@pytest.mark.parametrize("path", ADMIN_URLS)
def test_no_admin_url_skips_the_second_step(client, head_with_device, path):
    head, _device = head_with_device
    assert sign_in(client, head.username).status_code == 302
    response = client.get(path)
    assert response.status_code == 302, path
    assert response["Location"].startswith(reverse("security_otp_verify"))


def test_posting_to_an_admin_url_before_the_second_step_changes_nothing(
    client, chain, head_with_device
):
    head, device = head_with_device
    # A draft of the head's own, which the head may edit once signed in completely.
    page = make_draft(chain, head, unit=chain.unit_a, title="Tin của lãnh đạo")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(page, title="Đổi tên")
    sign_in(client, head.username)
    response = client.post(url, data)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("security_otp_verify"))
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == (
        "Tin của lãnh đạo"
    )
    assert page.revisions.count() == 1
    # The control: after the second step the same form is saved, so the refusal above was
    # the second step's, not the form's.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=90), tick=False):
        verify = reverse("security_otp_verify")
        passed = client.post(verify, {"token": code_for(device), "next": "/admin/"})
        assert passed.status_code == 302
        assert client.post(url, data).status_code == 302
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Đổi tên"


def test_the_second_step_with_a_code_from_the_app(client, head_with_device):
    head, device = head_with_device
    sign_in(client, head.username)
    verify = reverse("security_otp_verify")
    wrong = client.post(verify, {"token": "123456", "next": "/admin/pages/"})
    assert wrong.status_code == 400
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=90), tick=False):
        right = client.post(verify, {"token": code_for(device), "next": "/admin/pages/"})
        assert right.status_code == 302
        assert right["Location"] == "/admin/pages/"
        assert client.get("/admin/").status_code == 200
    assert AuditEvent.objects.filter(action="two_factor_passed", actor=head).exists()
    assert AuditEvent.objects.filter(action="two_factor_failed", actor=head).exists()


def test_repeated_wrong_codes_are_slowed_down(client, head_with_device):
    head, device = head_with_device
    sign_in(client, head.username)
    verify = reverse("security_otp_verify")
    client.post(verify, {"token": "111111"})
    client.post(verify, {"token": "222222"})
    # Even the right code waits until the pause after the failures is over.
    throttled = client.post(verify, {"token": code_for(device)})
    assert throttled.status_code == 400
    assert "Nhập sai quá nhiều lần" in throttled.content.decode()


def test_the_next_address_cannot_leave_the_site(client, head_with_device):
    head, device = head_with_device
    sign_in(client, head.username)
    response = client.post(
        reverse("security_otp_verify"), {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_a_recovery_code_works_once(client, chain):
    head = chain.people.head_a
    TOTPDevice.objects.create(user=head, name="app", confirmed=True)
    from security.otp import issue_recovery_codes

    code = issue_recovery_codes(head)[0]
    sign_in(client, head.username)
    assert client.post(reverse("security_otp_verify"), {"token": code}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.logout()
    sign_in(client, head.username)
    assert client.post(reverse("security_otp_verify"), {"token": code}).status_code == 400
    assert not StaticToken.objects.filter(token=code).exists()


def test_a_journalist_without_a_device_signs_in_with_a_password(client, chain):
    sign_in(client, "journalist_a")
    assert client.get("/admin/").status_code == 200


def test_a_journalist_who_set_up_a_device_must_use_it(client, chain):
    TOTPDevice.objects.create(user=chain.people.journalist_a, name="app", confirmed=True)
    sign_in(client, "journalist_a")
    assert client.get("/admin/")["Location"].startswith(reverse("security_otp_verify"))


def test_board_members_and_superusers_need_it_too(client, chain, django_user_model):
    django_user_model.objects.create_superuser("root", password=PASSWORD)
    for username in ("board", "root", "deputy_a"):
        client.logout()
        sign_in(client, username)
        assert client.get("/admin/")["Location"].startswith(reverse("security_otp_setup"))


def test_an_administrator_resets_a_lost_phone(client, chain, django_user_model):
    head = chain.people.head_a
    TOTPDevice.objects.create(user=head, name="app", confirmed=True)
    admin = django_user_model.objects.create_superuser("root", password=PASSWORD)
    client.force_login(admin)
    # force_login here is Django's: pass the second step as the administrator would.
    admin_device = TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    client.post(reverse("security_otp_verify"), {"token": code_for(admin_device)})
    url = reverse("security_otp_reset", args=[head.pk])
    assert client.get(url).status_code == 200
    # The administrator gets a one-time code to pass on (tests/security/test_enrolment.py).
    assert client.post(url).status_code == 200
    assert not TOTPDevice.objects.filter(user=head).exists()
    assert AuditEvent.objects.filter(action="two_factor_reset", target="head_a").exists()


def test_a_journalist_cannot_reset_someone_elses_device(client, chain):
    head = chain.people.head_a
    TOTPDevice.objects.create(user=head, name="app", confirmed=True)
    sign_in(client, "journalist_a")
    response = client.post(reverse("security_otp_reset", args=[head.pk]))
    assert (response.status_code, response.get("Location")) == (302, "/admin/")
    assert TOTPDevice.objects.filter(user=head).exists()


# Passwords


def test_password_reset_says_the_same_for_known_and_unknown_addresses(client, chain):
    url = reverse("wagtailadmin_password_reset")
    known = client.post(url, {"email": "journalist_a@example.org"})
    unknown = client.post(url, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    done_known = client.get(known["Location"]).content.decode()
    assert "nobody@example.org" not in done_known
    assert [m.to for m in mail.outbox] == [["journalist_a@example.org"]]


def test_weak_passwords_are_refused_with_a_message_in_the_users_language(client, chain):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.utils import translation

    with translation.override("vi"):
        with pytest.raises(ValidationError) as error:
            validate_password("12345678", user=chain.people.journalist_a)
        messages = " ".join(error.value.messages)
    assert "quá ngắn" in messages
    user = get_user_model()(username="moi")
    validate_password("Ba-mươi-bốn tỉnh thành 2026", user=user)


def test_private_pages_and_documents_wait_for_the_second_step(client, chain, head_with_device):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

    page = chain.tree.news_vi
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    private = Collection.get_first_root_node().add_child(name="Nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(title="Nội bộ", collection=private)
    document.file.save("noi-bo.pdf", ContentFile(b"%PDF-1.4"), save=True)

    head, device = head_with_device
    sign_in(client, head.username)
    for path in (page.url, document.url):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(reverse("security_otp_verify")), path
    client.post(reverse("security_otp_verify"), {"token": code_for(device)})
    assert client.get(page.url).status_code == 200
    assert client.get(document.url).status_code == 200
