"""What the portal's RSS 2.0 and Atom feeds share (Django's syndication framework): per site and
language, only live, public pages, absolute addresses, the main image as an enclosure. The feeds
themselves are the page types' own: ``news/feeds.py``, ``events/feeds.py``.
https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/
"""

import copy

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from wagtail.images import get_image_model
from wagtail.models import Site

from home.channels import site_home

FEED_SIZE = 30
ENCLOSURE_RENDITION = "fill-1200x675"


def on_this_site(items, request):
    """Each site's feeds list its own items and those shown on it as channel aliases."""
    home = site_home(request)
    return items.descendant_of(home) if home else items.none()


def enclosure_image_prefetch():
    """Each item's image with its enclosure rendition, in two queries for the whole feed."""
    return Prefetch(
        "main_image",
        queryset=get_image_model().objects.prefetch_renditions(ENCLOSURE_RENDITION),
    )


class PortalFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # The URLconf holds one instance for every request and thread: each request is answered
        # by its own copy, which alone holds the request.
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

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


class AtomMixin:
    feed_type = Atom1Feed

    def subtitle(self, obj=None):
        return self.description(obj)
