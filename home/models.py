import hashlib
import re

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, get_page_models
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.item_page import localize_items
from home.listings import listing_value
from home.mixins import (
    HomeTeasersMixin,
    PortalPageMixin,
    hold_listing_renditions,
    ministry_organization,
)
from home.search import fold, stream_text
from home.visibility import visible


class HomePage(PortalPageMixin, Page):
    """The portal's home page; one per language, linked as translations."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "home.StandardPage",
        "home.PressPage",
    ]
    # Lists other pages: its cached copy is invalidated by every publication (page_cache/cache.py).
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
        context = super().get_context(request, *args, **kwargs)
        # Kept until the next publication (home/listings.py): the items are read through the
        # visibility rule when the list is built.
        context.update(listing_value(f"home:{self.pk}", self.listings))
        context["now"] = timezone.now()
        return context

    def listings(self):
        # Featured items the public may see (home/visibility.py): a private or unpublished page
        # stays off the home page even when an editor chose it.
        chosen = [item.page_id for item in self.featured_items.all()]
        shown = {page.pk: page for page in visible(Page.objects.filter(pk__in=chosen)).specific()}
        featured = [shown[pk] for pk in chosen if pk in shown]
        listings = home_listings(self, exclude_ids=[page.pk for page in featured])
        listings["featured_items"] = hold_listing_renditions(localize_items(featured))
        return listings


def home_listings(home, exclude_ids=()):
    """What a site's home page lists: the teasers of every index page type that offers them
    (``HomeTeasersMixin``: the latest news and upcoming events, its own and those shown on it as
    channel aliases, the themes, the index pages)."""
    context = {}
    for model in get_page_models():
        if issubclass(model, HomeTeasersMixin):
            context.update(model.home_teasers(home, exclude_ids=exclude_ids))
    for value in context.values():
        if isinstance(value, list | tuple | QuerySet):
            hold_listing_renditions(value)
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


class ChannelHomePage(PortalPageMixin, Page):
    """The home page of another site served by the portal's installation: the State
    Organisation Journal's ASEAN section or a unit's website (see ``home/channels.py``).
    One per language per site, linked as translations; the site's news and events index
    pages hold its own items and the portal's items shown there."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "events.EventIndexPage", "home.StandardPage"]

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("channel home page")
        verbose_name_plural = _("channel home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_value(f"home:{self.pk}", lambda: home_listings(self)))
        context["now"] = timezone.now()
        return context


class StandardPage(PortalPageMixin, Page):
    """Fixed pages: about the plan, about ACCSM, contact, accessibility statement."""

    parent_page_types = ["home.HomePage", "home.ChannelHomePage", "home.StandardPage"]
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

    def text_folded(self):
        return fold(" ".join([self.introduction, stream_text(self.body)]))


# A function of the press page returning template variables (see PressPage.get_context).
PRESS_PAGE_CONTEXT_HOOK = "portal_press_page_context"


class PressPage(PortalPageMixin, Page):
    """For press agencies: every feed and calendar of the portal, the content API and the
    press contacts."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["press.FeedbackFormPage", "press.PressReleasePage"]
    max_count_per_parent = 1

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("press page")
        verbose_name_plural = _("press pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What each app offers to the press (themes, units, countries for the feeds and
        # calendars): registered with @hooks.register(PRESS_PAGE_CONTEXT_HOOK) in its
        # wagtail_hooks.py, so that this page need not know their models.
        for fn in hooks.get_hooks(PRESS_PAGE_CONTEXT_HOOK):
            context.update(fn(self))
        return context


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Contact details shown in the footer of every page of a site."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    accessibility_statement = models.ForeignKey(
        "home.StandardPage",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Linked from the footer of every page, in the reader's language (Circular "
            "26/2020/TT-BTTTT asks state portals to publish one)."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("accessibility_statement"),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url")],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")


def relative_luminance(hex_colour):
    """WCAG 2.2 relative luminance of ``#rrggbb``.
    https://www.w3.org/TR/WCAG22/#dfn-relative-luminance"""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def darken(hex_colour, factor=0.7):
    """``hex_colour`` with each component scaled by ``factor`` (hover and menu bar shade)."""
    parts = [round(int(hex_colour[i : i + 2], 16) * factor) for i in (1, 3, 5)]
    return "#" + "".join(f"{part:02x}" for part in parts)


# WCAG 2.2 success criterion 1.4.3 (level AA): 4.5:1 for text of normal size.
MINIMUM_CONTRAST = 4.5
DEFAULT_PRIMARY = "#0b3d91"
DEFAULT_ACCENT = "#b3261e"

colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Write the colour as # followed by six hexadecimal digits.")
)


@register_setting(icon="image")
class SiteBranding(BaseSiteSetting):
    """Each site's name, logo and colours. The colours are applied by a stylesheet generated
    for the site (``home.views.site_stylesheet``), never by inline styles, which the content
    security policy forbids."""

    name_vi = models.CharField(_("name in Vietnamese"), max_length=120, blank=True)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("main colour"),
        max_length=7,
        default=DEFAULT_PRIMARY,
        validators=[colour_validator],
        help_text=_("Background of the header, links and buttons; white text is written on it."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[colour_validator],
        help_text=_("Slogans and highlights, written on a white background."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name_vi"), FieldPanel("name_en")], heading=_("Name")),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour")], heading=_("Colours")
        ),
    ]

    class Meta:
        verbose_name = _("site branding")

    def clean(self):
        super().clean()
        errors = {}
        for field in ("primary_colour", "accent_colour"):
            value = getattr(self, field) or ""
            if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
                continue  # The field's own validator reports it.
            ratio = contrast_ratio(value, "#ffffff")
            if ratio < MINIMUM_CONTRAST:
                errors[field] = _(
                    "This colour has a contrast of %(ratio).1f:1 with white; readers with low "
                    "vision need at least %(minimum).1f:1. Choose a darker colour."
                ) % {"ratio": ratio, "minimum": MINIMUM_CONTRAST}
        if errors:
            raise ValidationError(errors)

    # Every public page shows the branding: it is kept in the cache rather than read from the
    # database on each request. Saving or deleting it clears the cached copy; the timeout bounds
    # how long another process's local memory cache may keep an old one (a shared Redis cache,
    # REDIS_URL, has none).
    CACHE_TIMEOUT = 300

    @staticmethod
    def cache_key(site_id):
        return f"home.sitebranding.{site_id}"

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        key = cls.cache_key(site.pk)
        branding = cache.get(key)
        if branding is None:
            branding = super().for_site(site)
            if branding.logo_id:
                branding.logo  # noqa: B018 -- fetched now, so the cached copy carries it
            cache.set(key, branding, cls.CACHE_TIMEOUT)
        return branding

    def save(self, *args, **kwargs):
        self.primary_colour = (self.primary_colour or DEFAULT_PRIMARY).lower()
        self.accent_colour = (self.accent_colour or DEFAULT_ACCENT).lower()
        super().save(*args, **kwargs)
        cache.delete(self.cache_key(self.site_id))

    def delete(self, *args, **kwargs):
        cache.delete(self.cache_key(self.site_id))
        return super().delete(*args, **kwargs)

    def name(self, language_code):
        return self.name_en if language_code == "en" and self.name_en else self.name_vi

    @property
    def version(self):
        """Changes whenever the stylesheet does, so that its address can be cached long."""
        text = f"{self.primary_colour}{self.accent_colour}"
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def stylesheet(self):
        return (
            ":root {\n"
            f"    --colour-primary: {self.primary_colour};\n"
            f"    --colour-primary-dark: {darken(self.primary_colour)};\n"
            f"    --colour-accent: {self.accent_colour};\n"
            "}\n"
        )
