"""RSS 2.0 and Atom feeds of events, per site and language (``home/feeds.py`` holds what every
feed shares)."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events.models import EventPage
from home.channels import current_site_name
from home.feeds import FEED_SIZE, AtomMixin, PortalFeed, enclosure_image_prefetch, on_this_site


class EventsFeed(PortalFeed):
    def title(self, obj=None):
        return _("%(site)s: events") % {"site": current_site_name(self.request)}

    def description(self, obj=None):
        return _("Meetings, workshops, training courses and study visits under ACCSM.")

    def items(self, obj=None):
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
        when = date_format(localtime(item.start), "DATETIME_FORMAT")
        status = _("Cancelled") + " – " if item.cancelled else ""
        return f"{status}{when}. {item.summary}"


class EventsAtomFeed(AtomMixin, EventsFeed):
    pass
