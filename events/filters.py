"""The events index's filter form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from events.choices import EventFormat, EventType


class EventFilterForm(forms.Form):
    period = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("", _("Upcoming and ongoing")), ("past", _("Past")), ("all", _("All"))],
    )
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=None,
        to_field_name="iso_code",
        required=False,
        empty_label=_("All countries"),
    )
    event_type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *EventType.choices]
    )
    format = forms.ChoiceField(
        label=pgettext_lazy("event", "Format"),
        required=False,
        choices=[("", _("All formats")), *EventFormat.choices],
    )

    def __init__(self, *args, years=(), countries=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = countries
        self.fields["year"].choices = [("", _("All years"))] + [(y, y) for y in years]
