"""Alerts to the reporters' network when a matching item is published.

Publishing only enqueues a task (django-tasks; a database worker in production), so that it
stays fast. The task records one delivery per subscriber and item, then sends what is unsent;
a failed send stays pending and is retried by ``manage.py send_pending_alerts`` (or the next
alert), so a mail server that is down delays alerts without losing them.
"""

import logging
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Page, Site

from home.visibility import visible

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 20


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return urljoin(root + "/", path.lstrip("/"))


def subscription_url(name, subscription):
    with translation.override(subscription.language):
        return site_url(reverse(name, args=[subscription.token]))


def matching_subscriptions(page):
    """Confirmed, active subscriptions in the page's language whose themes or units match."""
    from press.models import AlertSubscription

    page = page.specific
    theme_keys = (
        [theme.translation_key for theme in page.themes.all()] if hasattr(page, "themes") else []
    )
    unit = getattr(page, "lead_unit", None)
    condition = Q(themes__translation_key__in=theme_keys)
    if unit is not None:
        condition |= Q(units__translation_key=unit.translation_key)
    return (
        AlertSubscription.objects.filter(
            language=page.locale.language_code,
            confirmed_at__isnull=False,
            unsubscribed_at__isnull=True,
        )
        .filter(condition)
        .distinct()
    )


def create_deliveries(page):
    from press.models import AlertDelivery

    for subscription in matching_subscriptions(page):
        AlertDelivery.objects.get_or_create(subscription=subscription, page=page)


def alert_message(delivery):
    subscription = delivery.subscription
    page = delivery.page.specific
    unsubscribe = subscription_url("alerts_unsubscribe", subscription)
    with translation.override(subscription.language):
        context = {"page": page, "page_url": page.get_full_url(), "unsubscribe_url": unsubscribe}
        subject = render_to_string("press/email/alert_subject.txt", context).strip()
        body = render_to_string("press/email/alert.txt", context)
    return EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [subscription.email],
        headers={
            # One-click unsubscribe in mail clients (RFC 8058).
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send_pending(deliveries):
    """Send each unsent delivery; record success or the error. Never raises."""
    sent = 0
    connection = get_connection()
    for delivery in deliveries.select_related("subscription", "page"):
        if not delivery.subscription.is_active:
            continue
        delivery.attempts += 1
        try:
            message = alert_message(delivery)
            message.connection = connection
            message.send()
        except Exception as error:  # the server is down, refused the address...
            delivery.last_error = str(error)[:1000]
            delivery.save(update_fields=["attempts", "last_error"])
            logger.warning(
                "Alert %s not sent (attempt %s): %s", delivery.pk, delivery.attempts, error
            )
            continue
        delivery.sent_at = timezone.now()
        delivery.last_error = ""
        delivery.save(update_fields=["attempts", "last_error", "sent_at"])
        sent += 1
    return sent


def pending_deliveries():
    from press.models import AlertDelivery

    return AlertDelivery.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS).order_by(
        "pk"
    )


@task()
def send_item_alerts(page_id):
    page = visible(Page.objects.filter(pk=page_id)).first()
    if page is None:
        return 0
    create_deliveries(page)
    return send_pending(pending_deliveries().filter(page=page))


@task()
def send_all_pending_alerts():
    return send_pending(pending_deliveries())


def on_page_published(sender, instance, **kwargs):
    """Connected to Wagtail's ``page_published``: queue the alerts of a news item or event."""
    from events.models import EventPage
    from news.models import NewsPage

    # Aliases republished with their original (``alias=True``) are not new items.
    if isinstance(instance, (NewsPage, EventPage)) and not kwargs.get("alias"):
        from django.db import transaction

        transaction.on_commit(lambda: send_item_alerts.enqueue(instance.pk))


def send_confirmation(subscription):
    confirm = subscription_url("alerts_confirm", subscription)
    with translation.override(subscription.language):
        context = {"subscription": subscription, "confirm_url": confirm}
        subject = render_to_string("press/email/confirm_subject.txt", context).strip()
        body = render_to_string("press/email/confirm.txt", context)
    try:
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [subscription.email]).send()
    except Exception:
        logger.exception("Confirmation for subscription %s not sent", subscription.pk)
