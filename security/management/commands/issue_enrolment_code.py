"""Issue a one-time two-step sign-in enrolment code from the server's shell.

For the first superuser of a new installation, who has no administrator to issue one in the
admin; everyone else gets theirs from an administrator ("Reset two-step sign-in").
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security import audit
from security.otp import issue_enrolment_code


class Command(BaseCommand):
    help = "Issue a one-time code (24 hours) with which a user sets up two-step sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        code = issue_enrolment_code(user)
        audit.record("two_factor_reset", target=user.get_username())
        self.stdout.write(code)
