"""RSS 2.0 and Atom feeds of news, per site and language, per theme and per unit
(``home/feeds.py`` holds what every feed shares)."""

from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.channels import current_site_name
from home.feeds import FEED_SIZE, AtomMixin, PortalFeed, enclosure_image_prefetch, on_this_site
from news.models import NewsPage, Theme
from workflows.models import Unit


class NewsFeed(PortalFeed):
    def get_object(self, request, theme=None, unit=None):
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


class NewsAtomFeed(AtomMixin, NewsFeed):
    pass
