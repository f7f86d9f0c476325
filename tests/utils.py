"""Helpers shared by the tests."""

from django.core.mail.backends.base import BaseEmailBackend
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def open(self):
        raise ConnectionRefusedError("mail server down")

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


def standard_page_form(page, **changes):
    """A complete, valid edit form for a ``StandardPage``: a refusal of it is a matter of
    permission, not of validation (tests post it once as an allowed user to prove it)."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "comments": {
            "TOTAL_FORMS": "0",
            "INITIAL_FORMS": "0",
            "MIN_NUM_FORMS": "0",
            "MAX_NUM_FORMS": "1000",
        },
    }
    data.update(changes)
    return nested_form_data(data)
