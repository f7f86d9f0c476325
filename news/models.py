from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.api_fields import RelatedListField, RelatedObjectField, RelatedPageField
from home.blocks import BodyStreamBlock
from home.channels import canonical_page
from home.item_page import UNIT_API_ATTRIBUTES, ItemPage, route_to_item
from home.listings import paginate_listing
from home.listings import years as listing_years
from home.localization import localize_related
from home.mixins import (
    HomeTeasersMixin,
    PortalPageMixin,
    listing_image_prefetch,
    ministry_organization,
)
from home.search import fold, stream_text
from home.visibility import PortalPageManager, public_q, visible
from workflows.forms import LeadUnitPageForm
from workflows.models import Unit


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """One of the five content themes of the plan; every news item carries at least one."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, allow_unicode=False, help_text=_("Used in addresses.")
    )
    description = models.TextField(_("short description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsFilterForm(forms.Form):
    """The reader's filters on the news listing. An unknown value is reported, not an error."""

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        queryset=None,
        to_field_name="code",
        required=False,
        empty_label=_("All units"),
    )
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Filtering by language code joins the locale table instead of querying it first.
        language = get_language()
        self.fields["theme"].queryset = Theme.objects.filter(locale__language_code=language)
        self.fields["unit"].queryset = Unit.objects.filter(locale__language_code=language)
        self.fields["year"].choices = [("", _("All years"))] + [(y, y) for y in years]


class NewsIndexPage(HomeTeasersMixin, PortalPageMixin, Page):
    parent_page_types = ["home.HomePage", "home.ChannelHomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    # Lists other pages: its cached copy is invalidated by every publication (page_cache/cache.py).
    page_cache_lists_pages = True

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("news index page")

    def route(self, request, path_components):
        """An item and what its page shows (locale, lead unit, image) in one query."""
        items = NewsPage.objects.select_related("locale", "lead_unit", "main_image")
        found = route_to_item(self, request, path_components, items)
        return found if found is not None else super().route(request, path_components)

    @classmethod
    def home_teasers(cls, home, exclude_ids=()):
        news = NewsPage.for_listing(
            NewsPage.objects.visible()
            .descendant_of(home)
            .exclude(pk__in=exclude_ids)
            .order_by("-publication_date", "-pk")
        )[:6]
        return {
            "latest_news": localize_listing(news),
            "themes": Theme.objects.filter(locale=home.locale),
            "news_index": visible(cls.objects.child_of(home)).first(),
        }

    def news_items(self):
        return NewsPage.objects.visible().descendant_of(self).order_by("-publication_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        years = listing_years(items, "publication_date", f"news:{self.pk}")
        form = NewsFilterForm(request.GET or None, years=years)
        count_key = f"news:{self.pk}"
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            count_key += f":{data['theme'] and data['theme'].pk}:"
            count_key += f"{data['unit'] and data['unit'].pk}:{data['year']}"
            if data["theme"]:
                items = items.filter(themes__translation_key=data["theme"].translation_key)
            if data["unit"]:
                items = items.filter(lead_unit__translation_key=data["unit"].translation_key)
            if data["year"]:
                items = items.filter(publication_date__year=data["year"])
        items = NewsPage.for_listing(items)
        page_obj = paginate_listing(request, items, count_key)
        localize_listing(page_obj.object_list)
        context.update(news_page=page_obj, filter_form=form)
        return context


class NewsPage(ItemPage):
    date_field = "publication_date"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = LeadUnitPageForm
    # The dashboard's button for writing one (home/dashboard.py).
    quick_action_label = _("Write a news item")
    # Shows related news: its cached copy follows every publication (page_cache/cache.py).
    page_cache_lists_pages = True

    publication_date = models.DateTimeField(_("publication date"), default=timezone.now)
    main_image_caption = models.CharField(_("main image caption"), max_length=300, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), related_name="news_pages")
    byline = models.CharField(_("byline"), max_length=200, blank=True)
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("For example: Tạp chí Tổ chức nhà nước (State Organisation Journal)."),
    )
    source_url = models.URLField(_("source address"), blank=True)
    related_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("tags"), blank=True)
    content_panels = Page.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("main_image"),
                FieldPanel("main_image_alt"),
                FieldPanel("main_image_caption"),
            ],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("lead_unit", widget=forms.Select),
                FieldPanel("coordinating_units", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_event"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("byline"), FieldPanel("source"), FieldPanel("source_url")],
            heading=_("Credits"),
        ),
        FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = ItemPage.search_fields + [
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    api_fields = [
        APIField("publication_date"),
        APIField("summary"),
        APIField("main_image", serializer=ImageRenditionField("fill-1200x675")),
        APIField("main_image_alt"),
        APIField("main_image_caption"),
        APIField("body"),
        APIField("themes", serializer=RelatedListField(["slug", "name"])),
        APIField("lead_unit", serializer=RelatedObjectField(UNIT_API_ATTRIBUTES)),
        APIField("coordinating_units", serializer=RelatedListField(["code", "name"])),
        APIField("byline"),
        APIField("source"),
        APIField("source_url"),
        APIField("related_event", serializer=RelatedPageField(["id", "title"])),
        APIField("tags", serializer=RelatedListField(["name"])),
    ]

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # Listings are ordered by date then id: newest first and deep pages read from the end
        # (home/listings.py) walk this index instead of sorting every item.
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="news_date_id")]

    @staticmethod
    def channel_index_model():
        return NewsIndexPage

    def clean(self):
        super().clean()
        if errors := self.main_image_errors():
            raise ValidationError(errors)

    def text_folded(self):
        return fold(" ".join([self.summary, stream_text(self.body)]))

    @classmethod
    def for_listing(cls, queryset):
        """What a listing card shows, in a fixed number of queries."""
        return (
            queryset.defer_streamfields()
            .select_related("lead_unit", "locale")
            .prefetch_related(
                "themes",
                listing_image_prefetch(),
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Named and linked only while the public may see it (home/visibility.py); read when the
        # template shows it (not when the article is kept rendered).
        context["related_event"] = SimpleLazyObject(self.public_related_event)
        return context

    def public_related_event(self):
        if not self.related_event_id:
            return None
        # The base page is enough to name and link it.
        return Page.objects.filter(public_q(), pk=self.related_event_id).first()

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.summary,
            "datePublished": self.publication_date.isoformat(),
            "dateModified": (self.last_published_at or self.publication_date).isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": canonical_page(self).get_full_url(request),
            "publisher": ministry_organization(),
        }
        if self.byline:
            data["author"] = {"@type": "Person", "name": self.byline}
        else:
            data["author"] = ministry_organization()
        if self.main_image:
            rendition = self.main_image.get_rendition("fill-1200x675")
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return data


def localize_listing(news_items):
    """The themes and lead unit of each listed item in the reader's language (two queries)."""
    localize_related(news_items, "themes", Theme)
    localize_related(news_items, "lead_unit", Unit, many=False)
    return news_items
