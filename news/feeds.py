"""RSS 2.0 and Atom feeds (Django's syndication framework) of news and events, per site, per
language, per theme and per unit. Only live, public pages; absolute addresses; the main image as an
enclosure. https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.channels import current_site_name, site_home

FEED_SIZE = 30
ENCLOSURE_RENDITION = "fill-1200x675"


def on_this_site(items, request):
    """Each site's feeds list its own items and those shown on it as channel aliases."""
    home = site_home(request)
    return items.descendant_of(home) if home else items.none()


def enclosure_image_prefetch():
    """Each item's image with its enclosure rendition, in two queries for the whole feed."""
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    return Prefetch(
        "main_image",
        queryset=get_image_model().objects.prefetch_renditions(ENCLOSURE_RENDITION),
    )


class PortalFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self, obj=None):
        site = Site.find_for_request(self.request)
        home = site.root_page.localized if site else None
        return home.get_full_url(self.request) if home else "/"

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"{item.translation_key}-{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_updateddate(self, item):
        return item.last_published_at

    def item_enclosures(self, item):
        image = getattr(item, "main_image", None)
        if image is None:
            return []
        rendition = image.get_rendition(ENCLOSURE_RENDITION)
        try:
            length = rendition.file.size
        except OSError:
            length = 0
        mime_type = (
            "image/webp"
            if rendition.url.endswith(".webp")
            else ("image/png" if rendition.url.endswith(".png") else "image/jpeg")
        )
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(length), mime_type)]


class NewsFeed(PortalFeed):
    def get_object(self, request, theme=None, unit=None):
        from news.models import Theme
        from workflows.models import Unit

        language = get_language()
        if theme:
            obj = Theme.objects.filter(slug=theme, locale__language_code=language).first()
        elif unit:
            obj = Unit.objects.filter(code=unit, locale__language_code=language).first()
        else:
            return None
        if obj is None:
            raise Http404
        return obj

    def title(self, obj=None):
        base = current_site_name(self.request)
        if obj is None:
            return _("%(site)s: news") % {"site": base}
        return _("%(site)s: news – %(topic)s") % {"site": base, "topic": obj.name}

    def description(self, obj=None):
        return _("News of the Ministry of Home Affairs' ASEAN cooperation.")

    def items(self, obj=None):
        from news.models import NewsPage, Theme
        from workflows.models import Unit

        items = on_this_site(
            NewsPage.objects.visible().filter(locale__language_code=get_language()),
            self.request,
        )
        if isinstance(obj, Theme):
            items = items.filter(themes__translation_key=obj.translation_key)
        elif isinstance(obj, Unit):
            items = items.filter(lead_unit__translation_key=obj.translation_key)
        return (
            items.defer_streamfields()
            .select_related("locale")
            .prefetch_related("themes", enclosure_image_prefetch())
            .order_by("-publication_date", "-pk")
            .distinct()[:FEED_SIZE]
        )

    def item_pubdate(self, item):
        return item.publication_date

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class EventsFeed(PortalFeed):
    def title(self, obj=None):
        return _("%(site)s: events") % {"site": current_site_name(self.request)}

    def description(self, obj=None):
        return _("Meetings, workshops, training courses and study visits under ACCSM.")

    def items(self, obj=None):
        from events.models import EventPage

        return (
            on_this_site(
                EventPage.objects.visible().filter(locale__language_code=get_language()),
                self.request,
            )
            .defer_streamfields()
            .select_related("locale")
            .prefetch_related(enclosure_image_prefetch())
            .order_by("-start", "-pk")[:FEED_SIZE]
        )

    def item_pubdate(self, item):
        return item.first_published_at

    def item_description(self, item):
        from django.utils.formats import date_format
        from django.utils.timezone import localtime

        when = date_format(localtime(item.start), "DATETIME_FORMAT")
        status = _("Cancelled") + " – " if item.cancelled else ""
        return f"{status}{when}. {item.summary}"


class AtomMixin:
    feed_type = Atom1Feed

    def subtitle(self, obj=None):
        return self.description(obj)


class NewsAtomFeed(AtomMixin, NewsFeed):
    pass


class EventsAtomFeed(AtomMixin, EventsFeed):
    pass
