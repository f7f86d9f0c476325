import re

import pytest
from django.core import mail
from django.utils.text import slugify

from press.models import AlertDelivery, AlertSubscription
from tests.conftest import translate
from tests.factories import NewsPageFactory, ThemeFactory, UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes(tree):
    innovation = ThemeFactory(name="Đổi mới, sáng tạo của nền công vụ", slug="doi-moi")
    innovation_en = innovation.copy_for_translation(tree.en)
    innovation_en.name, innovation_en.slug = "Civil service innovation", "civil-service-innovation"
    innovation_en.save()
    identity = ThemeFactory(name="Bản sắc ASEAN", slug="ban-sac")
    return {"innovation": innovation, "innovation_en": innovation_en, "identity": identity}


def subscribe(client, email, theme, prefix="/en"):
    return client.post(
        f"{prefix}/alerts/subscribe/",
        {"email": email, "themes": [theme.pk], "consent": "on", "website_address": ""},
    )


def confirm_link(message):
    return re.search(r"https?://\S+/alerts/confirm/\S+/", message.body).group(0)


def publish_news(tree, theme, title, english_title=None, capture=None):
    unit = UnitFactory()
    page = NewsPageFactory(
        parent=tree.news_vi, locale=tree.vi, title=title, lead_unit=unit, themes=[theme], live=False
    )
    with capture(execute=True):
        page.save_revision().publish()
    if english_title:
        with capture(execute=True):
            english = translate(page, tree.en, title=english_title, slug=slugify(english_title))
        return page, english
    return page, None


def test_double_opt_in_then_exactly_one_alert(
    client, tree, themes, django_capture_on_commit_callbacks
):
    response = subscribe(client, "reporter@example.org", themes["innovation_en"])
    assert response.status_code == 200
    subscription = AlertSubscription.objects.get()
    assert subscription.language == "en" and subscription.consent_at is not None
    assert subscription.confirmed_at is None
    assert len(mail.outbox) == 1
    link = confirm_link(mail.outbox[0])
    mail.outbox.clear()

    # Not confirmed yet: nothing is sent.
    publish_news(
        tree, themes["innovation"], "Tin 1", "Innovation news 1", django_capture_on_commit_callbacks
    )
    assert mail.outbox == []

    assert client.post(link.replace("http://testserver", "")).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None

    page, english = publish_news(
        tree,
        themes["innovation"],
        "Hội thảo chuyển đổi số",
        "Digital transformation workshop",
        django_capture_on_commit_callbacks,
    )
    # Exactly one e-mail: for the English item, not the Vietnamese one.
    assert len(mail.outbox) == 1
    alert = mail.outbox[0]
    assert alert.to == ["reporter@example.org"]
    assert "Digital transformation workshop" in alert.subject
    assert english.get_full_url() in alert.body
    assert "/en/alerts/unsubscribe/" in alert.body
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(
        r"<https?://\S+/en/alerts/unsubscribe/\S+/>", alert.extra_headers["List-Unsubscribe"]
    )
    # Published again: no second alert.
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    assert len(mail.outbox) == 1
    assert AlertDelivery.objects.filter(page=english).count() == 1


def test_other_themes_and_languages_get_nothing(
    client, tree, themes, django_capture_on_commit_callbacks
):
    subscribe(client, "reporter@example.org", themes["innovation_en"])
    client.post(confirm_link(mail.outbox[0]).replace("http://testserver", ""))
    mail.outbox.clear()
    publish_news(
        tree, themes["identity"], "Bản sắc", "ASEAN identity", django_capture_on_commit_callbacks
    )
    assert mail.outbox == []


def test_unsubscribe_is_one_click(client, tree, themes, django_capture_on_commit_callbacks):
    subscribe(client, "reporter@example.org", themes["innovation_en"])
    client.post(confirm_link(mail.outbox[0]).replace("http://testserver", ""))
    subscription = AlertSubscription.objects.get()
    response = client.post(f"/en/alerts/unsubscribe/{subscription.token}/")
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is not None
    mail.outbox.clear()
    publish_news(tree, themes["innovation"], "Tin", "News", django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_mail_failure_delays_without_losing(
    client, tree, themes, settings, django_capture_on_commit_callbacks, run_command
):
    subscribe(client, "reporter@example.org", themes["innovation_en"])
    client.post(confirm_link(mail.outbox[0]).replace("http://testserver", ""))
    mail.outbox.clear()
    settings.EMAIL_BACKEND = "tests.utils.FailingEmailBackend"
    page, english = publish_news(
        tree, themes["innovation"], "Tin", "News", django_capture_on_commit_callbacks
    )
    assert english.live  # publishing did not fail
    delivery = AlertDelivery.objects.get(page=english)
    assert delivery.sent_at is None and delivery.attempts == 1 and delivery.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_command("send_pending_alerts")
    delivery.refresh_from_db()
    assert delivery.sent_at is not None
    assert len(mail.outbox) == 1
    run_command("send_pending_alerts")
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "reporter@example.org", "consent": ""}, "consent"),
        ({"email": "khong-phai-email", "consent": "on"}, "email"),
        ({"email": "reporter@example.org", "consent": "on", "no_theme": True}, None),
    ],
)
def test_subscription_validation(client, themes, data, field):
    post = {"email": data["email"], "consent": data["consent"], "website_address": ""}
    if not data.get("no_theme"):
        post["themes"] = [themes["innovation_en"].pk]
    response = client.post("/en/alerts/subscribe/", post)
    assert response.status_code == 400
    assert not AlertSubscription.objects.exists()
    assert mail.outbox == []


def test_honeypot_and_unknown_address_answer_alike(client, themes):
    response = client.post(
        "/en/alerts/subscribe/",
        {
            "email": "bot@example.org",
            "themes": [themes["innovation_en"].pk],
            "consent": "on",
            "website_address": "http://spam.example",
        },
    )
    assert response.status_code == 200
    assert not AlertSubscription.objects.exists()
    assert client.get("/en/alerts/confirm/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_opening_the_confirmation_link_confirms_nothing_until_the_button(client, themes):
    subscribe(client, "reporter@example.org", themes["innovation_en"])
    link = confirm_link(mail.outbox[0]).replace("http://testserver", "")
    response = client.get(link)
    assert response.status_code == 200
    assert '<form method="post"' in response.content.decode()
    assert AlertSubscription.objects.get().confirmed_at is None
    assert client.post(link).status_code == 200
    assert AlertSubscription.objects.get().confirmed_at is not None


def test_a_change_to_a_confirmed_subscription_waits_for_its_inbox(
    client, tree, themes, django_capture_on_commit_callbacks
):
    subscribe(client, "reporter@example.org", themes["innovation_en"])
    client.post(confirm_link(mail.outbox[0]).replace("http://testserver", ""))
    subscription = AlertSubscription.objects.get()
    consent_at = subscription.consent_at
    mail.outbox.clear()
    identity_en = themes["identity"].copy_for_translation(tree.en)
    identity_en.name, identity_en.slug = "ASEAN identity", "asean-identity"
    identity_en.save()

    # Someone else types the reporter's address and other choices.
    response = subscribe(client, "Reporter@example.org", identity_en)
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert list(subscription.themes.all()) == [themes["innovation_en"]]
    assert subscription.consent_at == consent_at
    assert subscription.confirmed_at is not None
    assert subscription.pending_change["themes"] == [identity_en.pk]
    # The inbox is asked; until it answers, the old choices hold.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["reporter@example.org"]
    link = confirm_link(mail.outbox[0]).replace("http://testserver", "")
    mail.outbox.clear()
    publish_news(
        tree, themes["identity"], "Bản sắc", "Identity", django_capture_on_commit_callbacks
    )
    assert mail.outbox == []
    client.get(link)
    subscription.refresh_from_db()
    assert list(subscription.themes.all()) == [themes["innovation_en"]]

    client.post(link)
    subscription.refresh_from_db()
    assert list(subscription.themes.all()) == [identity_en]
    assert subscription.pending_change is None
    assert subscription.consent_at > consent_at


def test_one_click_unsubscribe_needs_no_csrf_token_but_confirmation_does(themes):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    subscribe(Client(), "reporter@example.org", themes["innovation_en"])
    subscription = AlertSubscription.objects.get()
    response = browser.post(f"/en/alerts/confirm/{subscription.token}/")
    assert response.status_code == 403
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    # What a mail client sends for RFC 8058 one-click unsubscription.
    response = browser.post(
        f"/en/alerts/unsubscribe/{subscription.token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is not None


def test_opening_the_unsubscribe_link_changes_nothing(client, themes):
    subscribe(client, "reporter@example.org", themes["innovation_en"])
    subscription = AlertSubscription.objects.get()
    response = client.get(f"/en/alerts/unsubscribe/{subscription.token}/")
    assert response.status_code == 200
    assert '<form method="post"' in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is None
