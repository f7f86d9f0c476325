"""Press releases: written by a unit, approved through the same review chain as news
(head of the lead unit, then the editorial board), sent to the reporters' network under
embargo and live on the site only from the embargo time.

The embargo is Wagtail's scheduled publishing: the release's ``go_live_at`` is its embargo
time, so the approved release waits, not live, until ``manage.py publish_scheduled`` publishes
it. Until then it is not live, so the one visibility rule (``home.visibility``) keeps it out
of every public output. https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.go_live_at
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.api_fields import RelatedListField, RelatedObjectField
from home.localization import localize_related
from home.mixins import PortalPageMixin, ministry_organization
from home.search import fold
from home.visibility import PortalPageManager
from workflows.forms import LeadUnitPageForm
from workflows.models import Unit

RELEASE_UNIT_API_ATTRIBUTES = [
    "code",
    "name",
    "press_contact_name",
    "press_contact_role",
    "press_contact_phone",
    "press_contact_email",
]


class PressReleasePhoto(Orderable):
    """A press-quality photo of the release: downloadable at full resolution with its credit,
    caption (in the page's language) and licence (``press.media_kit``)."""

    page = ParentalKey("press.PressReleasePage", related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        get_image_model(), verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=300)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    credit = models.CharField(_("credit"), max_length=200, help_text=_("Photographer or source."))
    licence = models.CharField(
        _("licence"),
        max_length=200,
        default="CC BY 4.0",
        help_text=_("The terms on which the press may publish the photo."),
    )

    panels = [
        FieldPanel("image"),
        FieldPanel("caption"),
        FieldPanel("alt_text"),
        FieldPanel("credit"),
        FieldPanel("licence"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def download_url(self):
        """The full-resolution file, served only while the release is public."""
        return reverse("press_photo_download", args=[self.page_id, self.image_id])


class PressReleasePage(PortalPageMixin, Page):
    parent_page_types = ["home.PressPage"]
    subpage_types = []
    base_form_class = LeadUnitPageForm
    # Shows related items: its cached copy follows every publication (page_cache/cache.py).
    page_cache_lists_pages = True
    # Its page reads nothing from the query string (page_cache/templatetags/page_cache_tags.py).
    fragments_ignore_query = True

    release_number = models.CharField(
        _("release number"), max_length=50, help_text=_("For example: 12/TCT-BNV.")
    )
    release_date = models.DateTimeField(_("date and time of the release"), default=timezone.now)
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_(
            "The release is sent to the reporters' network once approved and goes live on the "
            "site only at this time. Leave empty for a release without embargo."
        ),
    )
    summary = models.TextField(_("summary"), max_length=400)
    body = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])
    lead_unit = models.ForeignKey(
        "workflows.Unit",
        verbose_name=_("lead unit"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="lead_press_releases",
        help_text=_("The unit responsible for this release; its head approves it."),
    )
    related_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_releases",
    )
    related_news = ParentalManyToManyField(
        "news.NewsPage", verbose_name=_("related news"), blank=True, related_name="press_releases"
    )
    full_text = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full text (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("release_number"),
                FieldPanel("release_date"),
                FieldPanel("embargo_until"),
            ],
            heading=_("Release"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("full_text"),
        InlinePanel("photos", label=_("Photos for the press")),
        MultiFieldPanel(
            [
                FieldPanel("lead_unit", widget=forms.Select),
                FieldPanel("related_event"),
                FieldPanel("related_news"),
            ],
            heading=_("Classification"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("release_number"),
        index.SearchField("title_folded", boost=2),
        index.SearchField("text_folded"),
        index.AutocompleteField("title_folded"),
    ]

    api_fields = [
        APIField("release_number"),
        APIField("release_date"),
        APIField("summary"),
        APIField("body"),
        APIField("lead_unit", serializer=RelatedObjectField(RELEASE_UNIT_API_ATTRIBUTES)),
        APIField(
            "photos",
            serializer=RelatedListField(["caption", "credit", "licence", "download_url"]),
        ),
    ]

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    @property
    def first_photo(self):
        photo = self.photos.first()
        return photo.image if photo else None

    def get_social_image(self):
        return self.first_photo

    def clean(self):
        super().clean()
        # The embargo is the scheduled publication time: Wagtail publishes the approved
        # release then, not at approval. A release already live keeps its time.
        if self.embargo_until and not self.live:
            if self.embargo_until <= timezone.now() and not self.pk:
                raise ValidationError({"embargo_until": _("The embargo must end in the future.")})
            self.go_live_at = self.embargo_until

    @property
    def under_embargo(self):
        return bool(self.embargo_until and self.embargo_until > timezone.now())

    def text_folded(self):
        return fold(" ".join([self.summary, strip_tags(self.body)]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        localize_related([self], "lead_unit", Unit, many=False)
        return context

    def get_structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.summary,
            "datePublished": (self.go_live_at or self.release_date).isoformat(),
            "inLanguage": self.locale.language_code,
            "publisher": ministry_organization(),
            "author": ministry_organization(),
        }


class EmbargoSending(models.Model):
    """The record that a release was sent, under embargo, to one member of the network: it is
    sent once (one row per release and reporter), before the embargo ends."""

    release = models.ForeignKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="embargo_sendings"
    )
    reporter = models.ForeignKey(
        "press.Reporter", on_delete=models.CASCADE, related_name="embargo_sendings"
    )
    embargo_until = models.DateTimeField(_("embargo until"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("release sent under embargo")
        verbose_name_plural = _("releases sent under embargo")
        constraints = [
            models.UniqueConstraint(
                fields=["release", "reporter"], name="one_embargo_sending_per_reporter"
            )
        ]

    def __str__(self):
        return f"{self.release_id} → {self.reporter_id}"
