import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from reporting.models import Plan, PlanDeadline, PlanTarget, SentReminder, UnitAnnualReport
from reporting.reminders import send_due_reminders
from tests.workflows.conftest import chain, make_draft  # noqa: F401 -- fixture

pytestmark = pytest.mark.django_db
TZ = timezone.get_current_timezone()


def moment(year, month, day, hour=8):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=TZ)


@pytest.fixture
def plan(chain):  # noqa: F811 -- the fixture imported above
    plan = Plan.objects.create(
        title="Kế hoạch",
        status=Plan.ADOPTED,
        decision_number="1117/QĐ-BNV",
        decision_date=datetime.date(2021, 10, 19),
        start_year=2021,
        end_year=2026,
        receiving_ministry="Bộ Thông tin và Truyền thông",
        review_reminder_days=3,
    )
    PlanDeadline.objects.create(plan=plan, year=2026, date=datetime.date(2026, 12, 15))
    PlanTarget.objects.create(plan=plan, unit=chain.unit_a)
    return plan


def waiting_item(chain):  # noqa: F811
    page = make_draft(chain, chain.people.journalist_a)
    chain.workflow.start(page, chain.people.journalist_a)
    return page


def sent_to(reason_prefix):
    return sorted(
        SentReminder.objects.filter(reason__startswith=reason_prefix).values_list(
            "user__username", flat=True
        )
    )


def reminder_mails(word):
    return {m.to[0]: m for m in mail.outbox if word in m.body}


def test_waiting_item_reminds_exactly_the_steps_reviewers_once_a_day(chain, plan):  # noqa: F811
    with time_machine.travel(moment(2026, 3, 2), tick=False):
        page = waiting_item(chain)
    with time_machine.travel(moment(2026, 3, 4), tick=False):
        mail.outbox.clear()
        send_due_reminders()
        assert sent_to("review:") == []  # two days: under the threshold
    with time_machine.travel(moment(2026, 3, 6), tick=False):
        mail.outbox.clear()
        send_due_reminders()
        assert sent_to("review:") == ["deputy_a", "head_a"]
        messages = reminder_mails(f"/admin/pages/{page.pk}/edit/")
        assert set(messages) == {"head_a@example.org", "deputy_a@example.org"}
        # Each in the recipient's admin language.
        assert messages["head_a@example.org"].subject.startswith("Chờ anh/chị duyệt:")
        assert messages["deputy_a@example.org"].subject.startswith("Waiting for your review:")
        assert "4 days" in messages["deputy_a@example.org"].body
        # A second run on the same day sends nothing again.
        mail.outbox.clear()
        send_due_reminders()
        assert reminder_mails(f"/admin/pages/{page.pk}/edit/") == {}
    with time_machine.travel(moment(2026, 3, 7), tick=False):
        mail.outbox.clear()
        send_due_reminders()
        assert len(reminder_mails(f"/admin/pages/{page.pk}/edit/")) == 2


def test_mail_server_down_delays_without_losing(chain, plan, settings):  # noqa: F811
    with time_machine.travel(moment(2026, 3, 2), tick=False):
        waiting_item(chain)
    with time_machine.travel(moment(2026, 3, 6, 8), tick=False):
        settings.EMAIL_BACKEND = "tests.reporting.failing_mail.Backend"
        mail.outbox = []
        assert send_due_reminders() == 0
        assert not SentReminder.objects.exists()
    with time_machine.travel(moment(2026, 3, 6, 9), tick=False):
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        mail.outbox = []
        send_due_reminders()
        assert sent_to("review:") == ["deputy_a", "head_a"]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 12, 1), "due soon"),  # 14 days before
        (datetime.date(2026, 12, 2), None),
        (datetime.date(2026, 12, 8), "due soon"),  # 7 days before
        (datetime.date(2026, 12, 14), "due soon"),  # 1 day before
        (datetime.date(2026, 12, 15), None),
        (datetime.date(2026, 12, 16), "overdue"),  # 1 day after
        (datetime.date(2026, 12, 22), "overdue"),  # 7 days after
        (datetime.date(2026, 12, 29), "overdue"),  # 14 days after
        (datetime.date(2026, 12, 30), None),
    ],
)
def test_deadline_reminds_the_units_heads_before_and_after(chain, plan, day, expected):  # noqa: F811
    with time_machine.travel(moment(day.year, day.month, day.day), tick=False):
        send_due_reminders()
    assert sent_to("deadline:") == ([] if expected is None else ["deputy_a", "head_a"])
    if expected:
        english = next(m for m in mail.outbox if m.to == ["deputy_a@example.org"])
        assert expected in english.subject
        assert "/admin/reports/annual/cchc/2026/" in english.body


def test_no_deadline_reminder_once_submitted(chain, plan):  # noqa: F811
    UnitAnnualReport.objects.create(unit=chain.unit_a, year=2026, status=UnitAnnualReport.SUBMITTED)
    with time_machine.travel(moment(2026, 12, 16), tick=False):
        send_due_reminders()
    assert sent_to("deadline:") == []


def test_weekly_digest_to_the_coordinators_once_a_week(chain, plan):  # noqa: F811
    with time_machine.travel(moment(2026, 3, 2), tick=False):  # a Monday
        send_due_reminders()
    assert sent_to("digest:") == ["coordinator"]
    digest = next(m for m in mail.outbox if m.to == ["coordinator@example.org"])
    assert "Vụ Cải cách hành chính" in digest.body
    with time_machine.travel(moment(2026, 3, 3), tick=False):
        send_due_reminders()
    assert SentReminder.objects.filter(reason__startswith="digest:").count() == 1
    with time_machine.travel(moment(2026, 3, 9), tick=False):
        send_due_reminders()
    assert SentReminder.objects.filter(reason__startswith="digest:").count() == 2


def test_command_runs_the_reminders(chain, plan, run_command):  # noqa: F811
    with time_machine.travel(moment(2026, 3, 2), tick=False):
        out, _err = run_command("send_reminders")
    assert "queued" in out
    assert sent_to("digest:") == ["coordinator"]
