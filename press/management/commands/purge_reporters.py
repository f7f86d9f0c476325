from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from press.reporters import Reporter


class Command(BaseCommand):
    help = (
        "Delete the reporters' network records, with their personal data, whose consent (or, "
        "without consent, whose entry) is older than PRESS_REPORTER_RETENTION_DAYS days. Run it "
        "daily (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period.")

    def handle(self, *args, **options):
        days = options["days"]
        if days is None:
            days = settings.PRESS_REPORTER_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        expired = Reporter.objects.filter(
            Q(consent_at__lt=cutoff) | Q(consent_at__isnull=True, created_at__lt=cutoff)
        )
        deleted = expired.count()
        expired.delete()
        self.stdout.write(f"Deleted {deleted} reporters; retention cut-off {cutoff:%Y-%m-%d}.")
