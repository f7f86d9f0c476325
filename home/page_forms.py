"""The base form of every page type's editor (imported by the models, so it imports no
admin module that needs the models loaded, such as the image forms)."""

from django import forms
from django.db.models import Q, QuerySet
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class PortalPageForm(WagtailAdminPageForm):
    """A field that chooses translatable snippets (units, themes, countries) offers those of the
    page's own language only, so a Vietnamese page lists each unit once, in Vietnamese. Values
    already chosen stay on offer whatever their language (a new translation may still point at
    the source language's snippets until it is synchronised)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None) or getattr(
            self.parent_page, "locale_id", None
        )
        if locale_id:
            for name, field in self.fields.items():
                limit_to_locale(field, locale_id, self.initial.get(name))


def limit_to_locale(field, locale_id, current):
    """Limit a model choice field over a translatable model to ``locale_id`` (and ``current``)."""
    if not isinstance(field, forms.ModelChoiceField):
        return
    if not issubclass(field.queryset.model, TranslatableMixin):
        return
    if isinstance(current, QuerySet):
        keep = current.values("pk")
    elif current is None or current == "":
        keep = []
    elif hasattr(current, "__iter__") and not isinstance(current, str):
        # A list of ids or objects, or modelcluster's in-memory relation of a page revision.
        keep = [getattr(value, "pk", value) for value in current]
    else:
        keep = [getattr(current, "pk", current)]
    field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=keep))
