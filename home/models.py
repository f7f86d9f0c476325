from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.localization import localize_related
from home.mixins import PortalPageMixin, ministry_organization
from home.search import fold, stream_text


class HomePage(PortalPageMixin, Page):
    """The portal's home page; one per language, linked as translations."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "home.StandardPage",
        "home.PressPage",
    ]
    # Lists other pages: its cached copy is invalidated by every publication (home/page_cache.py).
    page_cache_lists_pages = True

    slogan = models.CharField(
        _("slogan"),
        max_length=255,
        blank=True,
        help_text=_("The plan's slogan, shown at the top of the home page."),
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("slogan"),
        FieldPanel("introduction"),
        InlinePanel("featured_items", label=_("Featured items"), max_num=4),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("slogan"),
        index.SearchField("introduction"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_meta_description(self):
        return self.search_description or self.slogan

    def get_structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "publisher": ministry_organization(),
        }

    def get_context(self, request, *args, **kwargs):
        from events.models import Country, EventIndexPage, EventPage
        from news.models import NewsIndexPage, NewsPage, Theme, localize_listing

        context = super().get_context(request, *args, **kwargs)
        featured = [
            item.page.specific
            for item in self.featured_items.select_related("page")
            if item.page.live
        ]
        featured_ids = [page.pk for page in featured]
        news = NewsPage.for_listing(
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .exclude(pk__in=featured_ids)
            .order_by("-publication_date", "-pk")
        )[:6]
        events = EventPage.for_listing(
            EventPage.objects.live()
            .public()
            .descendant_of(self)
            .current_and_upcoming()
            .order_by("start")
        )[:4]
        news = localize_listing(news)
        events = localize_related(events, "host_country", Country, many=False)
        context.update(
            featured_items=featured,
            latest_news=news,
            upcoming_events=events,
            themes=Theme.objects.filter(locale=self.locale),
            news_index=NewsIndexPage.objects.child_of(self).live().first(),
            event_index=EventIndexPage.objects.child_of(self).live().first(),
            now=timezone.now(),
        )
        return context


class HomePageFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("page", heading=_("Page"))]

    class Meta(Orderable.Meta):
        verbose_name = _("featured item")
        verbose_name_plural = _("featured items")


class StandardPage(PortalPageMixin, Page):
    """Fixed pages: about the plan, about ACCSM, contact, accessibility statement."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("title_folded", boost=2),
        index.SearchField("text_folded"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_meta_description(self):
        return self.search_description or self.introduction

    def text_folded(self):
        return fold(" ".join([self.introduction, stream_text(self.body)]))


class PressPage(PortalPageMixin, Page):
    """For press agencies: every feed and calendar of the portal, the content API and the
    press contacts."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["press.FeedbackFormPage"]
    max_count_per_parent = 1

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("press page")
        verbose_name_plural = _("press pages")

    def get_context(self, request, *args, **kwargs):
        from events.models import Country
        from news.models import Theme
        from workflows.models import Unit

        context = super().get_context(request, *args, **kwargs)
        context.update(
            themes=Theme.objects.filter(locale=self.locale),
            units=Unit.objects.filter(locale=self.locale).order_by("name"),
            countries=Country.objects.filter(locale=self.locale).order_by("name"),
        )
        return context


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Contact details shown in the footer of every page of a site."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url")],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")
