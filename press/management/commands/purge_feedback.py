from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from press.models import FeedbackSubmission


class Command(BaseCommand):
    help = (
        "Delete reporters' messages, with their personal data, older than "
        "PRESS_FEEDBACK_RETENTION_DAYS days. Run it daily (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period.")

    def handle(self, *args, **options):
        days = (
            options["days"]
            if options["days"] is not None
            else settings.PRESS_FEEDBACK_RETENTION_DAYS
        )
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _detail = FeedbackSubmission.objects.filter(submit_time__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} messages received before {cutoff:%Y-%m-%d}.")
