from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.page_forms import PortalPageForm
from workflows.models import Unit


class LeadUnitPageForm(PortalPageForm):
    """Journalists and heads choose as lead unit only a unit they belong to; the editorial
    board and site administrators choose any."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A callable model default (publication_date=timezone.now) makes Django compare the
        # posted value with a hidden "initial-" input that Wagtail's panels never render, so
        # the field always looked changed: every workflow action taken from the editor saved
        # a revision in the reviewer's name, which made them its last editor (refused by the
        # second pair of eyes) and restarted the earlier steps (reapproval on edit).
        # https://docs.djangoproject.com/en/5.2/ref/forms/fields/#show-hidden-initial
        for form_field in self.fields.values():
            form_field.show_hidden_initial = False
        field = self.fields.get("lead_unit")
        user = self.for_user
        if field is None or user is None:
            return
        units = Unit.objects.all()
        if not user.has_perm("workflows.choose_any_lead_unit"):
            units = units.filter(translation_key__in=Unit.keys_for_user(user))
            field.help_text = _("You can choose only a unit you belong to.")
        locale_id = getattr(self.instance, "locale_id", None) or getattr(
            self.parent_page, "locale_id", None
        )
        if locale_id:
            # Units in the page's language, and the current one whatever its language (a
            # translation may still point at the source language's unit).
            current = getattr(self.instance, "lead_unit_id", None)
            units = units.filter(Q(locale_id=locale_id) | Q(pk=current))
        field.queryset = units
        field.error_messages["invalid_choice"] = _(
            "Choose a unit you belong to; the head of the lead unit approves the item."
        )
