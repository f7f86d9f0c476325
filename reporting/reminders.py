"""Reminders of the follow-up, sent by ``manage.py send_reminders`` (daily) in the background:

- an item waiting at a step of the review chain longer than the plan's threshold reminds that
  step's reviewers (exactly those who can act on it now, as the dashboard lists them);
- the yearly report's deadline reminds the heads and deputies of each unit of the plan 14, 7
  and 1 days before it and 1, 7 and 14 days after it, until the unit has submitted;
- the ICD's coordinators get a weekly digest of the follow-up.

Each message is written in its recipient's admin language, links to the exact place to act,
and is recorded (``SentReminder``) only once it has gone out: a second run on the same day sends
nothing again, and a mail server that is down delays a reminder to the next run without losing
it.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Page, TaskState
from wagtail.users.models import UserProfile

from reporting.followup import follow_up
from reporting.models import Plan, SentReminder, UnitAnnualReport
from workflows.models import lead_unit_of
from workflows.notifications import reviewers_for_display

logger = logging.getLogger(__name__)
DEADLINE_DAYS = (14, 7, 1)
DEFAULT_REVIEW_DAYS = 3


@dataclass
class Reminder:
    user: object
    reason: str
    template: str
    context: dict = field(default_factory=dict)
    # The digest is weekly: its reason names the week, and it is due until sent that week.
    once_per_reason: bool = False


def admin_url(path):
    return (settings.WAGTAILADMIN_BASE_URL or "http://localhost") + path


def language_of(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def review_reminders(today, now):
    plan = Plan.objects.covering(today.year).first()
    days = plan.review_reminder_days if plan else DEFAULT_REVIEW_DAYS
    since = now - datetime.timedelta(days=days)
    states = (
        TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            started_at__lt=since,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        )
        .select_related("task", "workflow_state")
        .order_by("started_at", "pk")
    )
    for state in states:
        page = state.workflow_state.content_object
        if page is None:
            continue
        page = page.specific
        for user in reviewers_for_display(state):
            yield Reminder(
                user=user,
                reason=f"review:{state.pk}",
                template="review",
                context={
                    "page": page,
                    "step": state.task.name,
                    "unit": lead_unit_of(page),
                    "days": (now - state.started_at).days,
                    "url": admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
                },
            )


def deadline_reminders(today):
    for plan in Plan.objects.filter(status=Plan.ADOPTED).prefetch_related("deadlines"):
        for deadline in plan.deadlines.all():
            offset = (deadline.date - today).days
            if abs(offset) not in DEADLINE_DAYS:
                continue
            units = [t.unit for t in plan.targets.select_related("unit")]
            done = set(
                UnitAnnualReport.objects.filter(
                    year=deadline.year,
                    status__in=[UnitAnnualReport.SUBMITTED, UnitAnnualReport.ACCEPTED],
                ).values_list("unit_id", flat=True)
            )
            for unit in units:
                if unit.pk in done:
                    continue
                for user in unit.reviewers():
                    yield Reminder(
                        user=user,
                        reason=f"deadline:{deadline.pk}:{offset}",
                        template="deadline",
                        context={
                            "unit": unit,
                            "year": deadline.year,
                            "deadline": deadline.date,
                            "days_left": offset,
                            "days_late": -offset,
                            "url": admin_url(
                                reverse("reporting_annual_edit", args=[unit.code, deadline.year])
                            ),
                        },
                    )


def coordinators():
    """The ICD's coordinators: whoever holds the permission to decide on units' reports through
    a group or directly (superusers, who hold every permission, are not subscribed)."""
    permission = Permission.objects.get(
        content_type__app_label="reporting", codename="decide_unit_reports"
    )
    return (
        get_user_model()
        .objects.filter(Q(groups__permissions=permission) | Q(user_permissions=permission))
        .filter(is_active=True)
        .distinct()
        .order_by("pk")
    )


def digest_reminders(today):
    year, week, _weekday = today.isocalendar()
    users = list(coordinators())
    if not users:
        return
    rows = follow_up()
    reports = {
        r.unit_id: r for r in UnitAnnualReport.objects.filter(year=today.year).select_related()
    }
    for row in rows:
        row["report"] = reports.get(row["unit"].pk)
    for user in users:
        yield Reminder(
            user=user,
            reason=f"digest:{year}-W{week:02d}",
            template="digest",
            context={
                "rows": rows,
                "week": week,
                "year": year,
                "url": admin_url(reverse("wagtailadmin_home")),
            },
            once_per_reason=True,
        )


def due_reminders(now=None):
    now = now or timezone.now()
    today = timezone.localdate(now)
    yield from review_reminders(today, now)
    yield from deadline_reminders(today)
    yield from digest_reminders(today)


def already_sent(reminder, today):
    sent = SentReminder.objects.filter(user=reminder.user, reason=reminder.reason)
    return sent.exists() if reminder.once_per_reason else sent.filter(date=today).exists()


def message_for(reminder):
    with translation.override(language_of(reminder.user)):
        context = {**reminder.context, "user": reminder.user}
        subject = render_to_string(
            f"reporting/email/{reminder.template}_subject.txt", context
        ).strip()
        body = render_to_string(f"reporting/email/{reminder.template}.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [reminder.user.email])


def send_due_reminders(now=None):
    """Send what is due and not yet sent; return the number sent. Never raises on a send."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    connection = get_connection()
    sent = 0
    for reminder in due_reminders(now):
        if not reminder.user.email or already_sent(reminder, today):
            continue
        try:
            message = message_for(reminder)
            message.connection = connection
            message.send()
        except Exception as error:  # the mail server is down, refused the address...
            logger.warning("Reminder %s to %s not sent: %s", reminder.reason, reminder.user, error)
            continue
        # Recorded only now: what could not be sent is due again at the next run.
        SentReminder.objects.get_or_create(user=reminder.user, reason=reminder.reason, date=today)
        sent += 1
    return sent


@task()
def send_reminders_task():
    return send_due_reminders()
