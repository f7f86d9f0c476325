from django.core.management.base import BaseCommand

from press.embargo import send_embargoed_releases


class Command(BaseCommand):
    help = (
        "Send approved releases under embargo to the reporters' network, once per reporter, "
        "before their embargo time. Run it with publish_scheduled (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        sent = send_embargoed_releases()
        self.stdout.write(f"Sent {sent} releases under embargo.")
