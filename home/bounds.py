"""Bounds on the ids, offsets and limits that a URL or a form can name, checked before any query.

A 25-digit number overflows SQLite's and PostgreSQL's integers: the database driver then
raises instead of answering "no such row", a 500. Every id taken from a path, a query string
or a form goes through these: the ``id`` path converter (404 beyond the bound), ``parse_bounded``
(for views that answer 400 with a message) and ``BoundedModelMultipleChoiceField`` (a form
error in the reader's language).
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# PostgreSQL's ``integer``: primary keys, offsets and limits all fit in it.
MAX_INT = 2**31 - 1
_DIGITS = re.compile(r"\d{1,10}")


def parse_bounded(value, maximum=MAX_INT):
    """``value`` as an integer from 0 to ``maximum``; ``None`` when it is not one."""
    value = str(value).strip()
    if not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if number <= maximum else None


class IdConverter:
    """``<id:page_id>`` (registered in ``cms/urls.py``): like ``<int:...>`` but no larger
    than a database integer, so that an impossible id is a 404 before any query."""

    regex = r"[0-9]{1,10}"

    def to_python(self, value):
        number = parse_bounded(value)
        if number is None:
            raise ValueError(value)  # Django's resolver: "this pattern does not match"
        return number

    def to_url(self, value):
        return str(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Refuses values that cannot be an id with a message, instead of passing them to
    ``pk__in`` (where a 25-digit number overflows the database)."""

    default_error_messages = {
        "invalid_choice": _("“%(value)s” is not one of the choices offered."),
    }

    def _check_values(self, value):
        key = self.to_field_name or "pk"
        if key == "pk":
            for item in value:
                if parse_bounded(item) is None:
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": str(item)[:50]},
                    )
        return super()._check_values(value)
