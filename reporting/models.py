from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


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
        # Checked with user.has_perm(); the groups that hold them are set up by
        # workflows.roles.setup_editorial_workflow().
        permissions = [
            (
                "view_all_units_reports",
                _("Can read every unit's reports, the follow-up and the plan's results"),
            ),
            (
                "decide_unit_reports",
                _("Can return or accept units' reports and compile the plan's report"),
            ),
        ]

    def __str__(self):
        return f"{self.unit} – {self.year}"

    @property
    def is_editable(self):
        return self.status in self.EDITABLE


class PlanQuerySet(models.QuerySet):
    def covering(self, year):
        """Adopted plans whose period includes ``year``, the latest first."""
        return self.filter(status=Plan.ADOPTED, start_year__lte=year, end_year__gte=year).order_by(
            "-start_year"
        )


class Plan(ClusterableModel):
    """A plan to communicate and promote ASEAN, as its decision issued it: the period, the
    ministry that receives the onward report, its themes and each unit's targets."""

    DRAFT, ADOPTED = "draft", "adopted"
    STATUS_CHOICES = [(DRAFT, _("Draft")), (ADOPTED, _("Adopted"))]

    title = models.CharField(_("title"), max_length=300)
    title_en = models.CharField(_("title in English"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    decision_number = models.CharField(
        _("decision number and symbol"),
        max_length=50,
        blank=True,
        help_text=_("For example 1117/QĐ-BNV. Empty while the plan is a draft."),
    )
    decision_date = models.DateField(_("date of the decision"), null=True, blank=True)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    # A field, not a constant: the portfolio of information and the press moved between
    # ministries in 2025, so each plan names the ministry its decision named.
    receiving_ministry = models.CharField(_("ministry that receives the report"), max_length=200)
    receiving_ministry_en = models.CharField(
        _("ministry that receives the report, in English"), max_length=200, blank=True
    )
    # The Vietnamese themes and units stand for their translations (as in the results' counts).
    themes = ParentalManyToManyField(
        "news.Theme",
        verbose_name=_("themes"),
        blank=True,
        limit_choices_to={"locale__language_code": "vi"},
    )
    review_reminder_days = models.PositiveSmallIntegerField(
        _("remind reviewers after (days waiting)"),
        default=3,
        help_text=_("An item waiting longer than this at a step reminds that step's reviewers."),
    )

    objects = PlanQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("title_en"),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("receiving_ministry"),
        FieldPanel("receiving_ministry_en"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("review_reminder_days"),
        MultiFieldPanel([InlinePanel("deadlines", label=_("Deadline"))], heading=_("Deadlines")),
        MultiFieldPanel(
            [InlinePanel("targets", label=pgettext_lazy("plan", "Target"))], heading=_("Targets")
        ),
    ]

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["-start_year"]

    def __str__(self):
        if self.decision_number:
            return f"{self.title} ({self.decision_number})"
        return self.title

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year comes before the first.")})
        if self.status == self.ADOPTED and not (self.decision_number and self.decision_date):
            raise ValidationError(_("An adopted plan has the number and date of its decision."))

    @property
    def years(self):
        return list(range(self.start_year, self.end_year + 1))

    def deadline_for(self, year):
        deadline = self.deadlines.filter(year=year).first()
        return deadline.date if deadline else None


class PlanDeadline(Orderable):
    """The date by which each unit submits its yearly report, set by the ICD per year."""

    plan = ParentalKey(Plan, on_delete=models.CASCADE, related_name="deadlines")
    year = models.PositiveSmallIntegerField(_("year reported on"))
    date = models.DateField(_("deadline"))

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("date")])]

    class Meta(Orderable.Meta):
        verbose_name = _("report deadline")
        constraints = [
            models.UniqueConstraint(fields=["plan", "year"], name="one_deadline_per_plan_and_year")
        ]


class PlanTarget(Orderable):
    """What the plan expects of one unit each year."""

    plan = ParentalKey(Plan, on_delete=models.CASCADE, related_name="targets")
    unit = models.ForeignKey(
        "workflows.Unit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"locale__language_code": "vi"},
    )
    news_vi_per_year = models.PositiveSmallIntegerField(_("news in Vietnamese per year"), default=0)
    news_en_per_year = models.PositiveSmallIntegerField(_("news in English per year"), default=0)
    events_per_year = models.PositiveSmallIntegerField(_("events covered per year"), default=0)
    activities_per_year = models.PositiveSmallIntegerField(
        _("activities off the portal per year"), default=0
    )

    panels = [
        FieldPanel("unit"),
        FieldRowPanel(
            [
                FieldPanel("news_vi_per_year"),
                FieldPanel("news_en_per_year"),
                FieldPanel("events_per_year"),
                FieldPanel("activities_per_year"),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("target")
        constraints = [
            models.UniqueConstraint(fields=["plan", "unit"], name="one_target_per_plan_and_unit")
        ]


class OffPortalActivity(models.Model):
    """An activity of the unit that the portal does not show, reported with the yearly report
    and reviewed with it: it is editable while the report is, and frozen when submitted."""

    JOURNAL_ARTICLE = "journal_article"
    PRESS_RELEASE = "press_release"
    CONFERENCE = "conference"
    TRAINING = "training"
    STUDY_VISIT = "study_visit"
    KIND_CHOICES = [
        (JOURNAL_ARTICLE, _("Article in the State Organisation Journal (print)")),
        (PRESS_RELEASE, _("Press release sent to agencies")),
        (CONFERENCE, _("Conference organised")),
        (TRAINING, _("Training course organised")),
        (STUDY_VISIT, _("Study visit organised")),
    ]

    report = models.ForeignKey(
        UnitAnnualReport,
        verbose_name=_("annual report"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    title = models.CharField(_("title"), max_length=300)
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    evidence_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidence (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence_url = models.URLField(_("evidence (link)"), blank=True)

    class Meta:
        verbose_name = _("activity off the portal")
        verbose_name_plural = _("activities off the portal")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if not (self.evidence_document_id or self.evidence_url):
            raise ValidationError(_("Give the evidence: a document or a link."))


class SentReminder(models.Model):
    """One reminder sent to one person for one reason on one day: recorded only after the
    message went out, so a mail server that is down delays a reminder without losing it, and
    the unique constraint keeps a second run on the same day from sending it again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=200)
    date = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sent reminder")
        verbose_name_plural = _("sent reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "reason", "date"], name="one_reminder_per_reason_and_day"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.reason} – {self.date}"
