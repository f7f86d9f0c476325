"""Releases under embargo, sent to the reporters' network before they go live.

A release is due once its version is approved and scheduled (Wagtail sets the revision's
``approved_go_live_at`` when the review chain's last step approves a page whose ``go_live_at``
is in the future) and until its embargo time. Each member of the network receives the approved
text once, in their language, with the embargo time stated: the ``EmbargoSending`` row is the
record that makes sending idempotent, and a failed send is retried by the next run
(``manage.py send_embargoed_releases``, run from cron with ``publish_scheduled``; approval
itself queues a run). Nobody outside the network (``Reporter.objects.network()``) receives it.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Revision

from press.alerts import site_url
from press.releases import EmbargoSending, PressReleasePage
from press.reporters import Reporter

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 20


def scheduled_releases(now=None):
    """Releases not live, whose approved version waits for its embargo time, with that version."""
    now = now or timezone.now()
    releases = PressReleasePage.objects.filter(live=False, go_live_at__gt=now)
    revisions = Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in releases.values_list("pk", flat=True)],
        approved_go_live_at__gt=now,
    ).order_by("object_id", "-created_at")
    latest = {}
    for revision in revisions:
        latest.setdefault(revision.object_id, revision)
    return [revision.as_object() for revision in latest.values()]


def release_message(release, reporter):
    link = site_url(reverse_in(reporter.language, "reporter_self_service", reporter))
    with translation.override(reporter.language):
        context = {
            "release": release,
            "reporter": reporter,
            "embargo_until": timezone.localtime(release.go_live_at),
            "self_service_url": link,
        }
        subject = render_to_string("press/email/embargo_subject.txt", context).strip()
        body = render_to_string("press/email/embargo.txt", context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [reporter.email])
    if release.full_text_id:
        document = release.full_text
        try:
            with document.file.open("rb") as handle:
                message.attach(document.filename, handle.read())
        except OSError:
            logger.warning("Full text of release %s not attached: file missing", release.pk)
    return message


def reverse_in(language, name, reporter):
    with translation.override(language):
        return reverse(name, args=[reporter.signed_token()])


def send_embargoed_releases(now=None):
    """Send every scheduled release to the members who have not received it. Returns the
    number of mails sent; never raises for a failed send."""
    now = now or timezone.now()
    sent = 0
    connection = get_connection()
    for release in scheduled_releases(now):
        members = Reporter.objects.network().filter(language=release.locale.language_code)
        for reporter in members:
            sending, _created = EmbargoSending.objects.get_or_create(
                release_id=release.pk,
                reporter=reporter,
                defaults={"embargo_until": release.go_live_at},
            )
            if sending.sent_at is not None or sending.attempts >= MAX_ATTEMPTS:
                continue
            sending.attempts += 1
            try:
                message = release_message(release, reporter)
                message.connection = connection
                message.send()
            except Exception as error:  # the server is down, refused the address...
                sending.last_error = str(error)[:1000]
                sending.save(update_fields=["attempts", "last_error"])
                logger.warning("Release %s not sent to %s: %s", release.pk, reporter.pk, error)
                continue
            sending.sent_at = timezone.now()
            sending.embargo_until = release.go_live_at
            sending.last_error = ""
            sending.save(update_fields=["attempts", "last_error", "sent_at", "embargo_until"])
            sent += 1
    return sent


@task()
def send_embargoed_releases_task():
    return send_embargoed_releases()


def on_workflow_approved(sender, instance, **kwargs):
    """Connected to Wagtail's ``workflow_approved``: an approved release under embargo is sent
    to the network when the approval is committed."""
    page = instance.content_object
    if page is not None and issubclass(page.specific_class, PressReleasePage):
        transaction.on_commit(lambda: send_embargoed_releases_task.enqueue())
