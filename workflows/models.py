from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Unit(TranslatableMixin, index.Indexed, models.Model):
    """A unit of the Ministry (department, office, centre, journal, academy).

    Every news item and event has exactly one lead unit, whose head approves it, and any number
    of coordinating units.
    """

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("For example: Vụ HTQT, ICD.")
    )
    code = models.SlugField(
        _("code"),
        max_length=20,
        allow_unicode=False,
        help_text=_("A short code shared by both languages, for example: htqt."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("code"),
        FieldPanel("parent"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("code"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_unit_code_per_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return self.short_name or self.name
