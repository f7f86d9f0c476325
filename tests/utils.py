"""Helpers shared by the tests."""

from django.core.mail.backends.base import BaseEmailBackend


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def open(self):
        raise ConnectionRefusedError("mail server down")

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")
