"""
Apply migrations once per release, even when several app servers (or pods) start together.

Every server runs ``manage.py migrate_once`` before serving (systemd ExecStartPre, Kubernetes
Job). On PostgreSQL the first one takes a session-level advisory lock and migrates; the others
wait for the lock, then find nothing left to apply. Django's ``migrate`` alone is not safe
against a concurrent run: two processes can apply the same migration and one fails half-way.
https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS
"""

import time

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

# Any constant shared by all servers of the portal; "ASEANMIG" in ASCII.
LOCK_KEY = 0x4153_4541_4E4D_4947


class Command(BaseCommand):
    help = "Apply database migrations under a PostgreSQL advisory lock (once per release)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=600.0,
            help="Seconds to wait for another server's migrations before giving up.",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument(
            "--then",
            action="append",
            default=[],
            metavar="COMMAND",
            help="A release command to run after migrate, still under the lock "
            "(e.g. setup_editorial_workflow); may be repeated.",
        )

    def handle(self, *args, timeout, database, verbosity, then, **options):
        unknown = [name for name in then if name not in get_commands()]
        if unknown:
            raise CommandError(f"Unknown command(s) for --then: {', '.join(unknown)}")
        connection = connections[database]
        migrate_options = {
            "database": database,
            "interactive": False,
            "verbosity": verbosity,
            "stdout": self.stdout._out,
            "stderr": self.stderr._out,
        }
        output = {"stdout": self.stdout._out, "stderr": self.stderr._out}

        def release():
            call_command("migrate", **migrate_options)
            for name in then:
                call_command(name, **output)

        if connection.vendor != "postgresql":
            # SQLite is a single file on a single server: there is no second server to race.
            release()
            return
        with connection.cursor() as cursor:
            deadline = time.monotonic() + timeout
            waiting_said = False
            while True:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
                if cursor.fetchone()[0]:
                    break
                if time.monotonic() >= deadline:
                    raise CommandError(
                        f"Another server has held the migration lock for {timeout:g} s; "
                        "nothing was migrated."
                    )
                if not waiting_said:
                    self.stdout.write("Another server is migrating; waiting for it.")
                    waiting_said = True
                time.sleep(0.5)
            try:
                release()
            finally:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
