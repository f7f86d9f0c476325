from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitAnnualReport(models.Model):
    """A unit's yearly report to the International Cooperation Department: the figures of what
    the unit published, frozen when the head submits it, and a short narrative."""

    DRAFT, SUBMITTED, RETURNED, ACCEPTED = "draft", "submitted", "returned", "accepted"
    STATUS_CHOICES = [
        (DRAFT, _("Draft")),
        (SUBMITTED, _("Submitted")),
        (RETURNED, _("Returned for changes")),
        (ACCEPTED, _("Accepted")),
    ]
    EDITABLE = (DRAFT, RETURNED)

    unit = models.ForeignKey(
        "workflows.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    progress = models.TextField(_("progress"), blank=True)
    results = models.TextField(_("results"), blank=True)
    difficulties = models.TextField(_("difficulties"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
    summary_en = models.TextField(_("summary in English (optional)"), blank=True)
    return_comment = models.TextField(_("comment when returned"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("returned or accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("returned or accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("unit annual report")
        verbose_name_plural = _("unit annual reports")
        ordering = ["year", "unit__name"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="one_report_per_unit_and_year")
        ]

    def __str__(self):
        return f"{self.unit} – {self.year}"

    @property
    def is_editable(self):
        return self.status in self.EDITABLE
