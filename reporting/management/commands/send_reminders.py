"""Queue the day's reminders (run daily: deploy/systemd/asean-portal-reminders.timer and the
Kubernetes CronJob "send-reminders"); the worker sends them."""

from django.core.management.base import BaseCommand

from reporting.reminders import send_reminders_task


class Command(BaseCommand):
    help = "Send the follow-up reminders that are due (review steps, report deadlines, digest)."

    def handle(self, *args, **options):
        result = send_reminders_task.enqueue()
        self.stdout.write(f"Reminders queued ({result.id}).")
