from django.core.management.base import BaseCommand

from press.alerts import pending_deliveries, send_pending


class Command(BaseCommand):
    help = "Send the alerts that could not be sent yet (a mail server was down). Run it often."

    def handle(self, *args, **options):
        sent = send_pending(pending_deliveries())
        self.stdout.write(f"{sent} alerts sent; {pending_deliveries().count()} still pending.")
