"""RSS 2.0 and Atom feeds of the press releases of the current site, in the address's language:
only releases the public may see (``home.visibility``), so a release under embargo appears at
its time, not before."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.channels import current_site_name
from home.feeds import FEED_SIZE, AtomMixin, PortalFeed, on_this_site
from press.releases import PressReleasePage


class PressReleaseFeed(PortalFeed):
    def title(self, obj=None):
        return _("%(site)s: press releases") % {"site": current_site_name(self.request)}

    def description(self, obj=None):
        return _("Press releases of the Ministry of Home Affairs on ASEAN cooperation.")

    def items(self, obj=None):
        return (
            on_this_site(
                PressReleasePage.objects.visible().filter(locale__language_code=get_language()),
                self.request,
            )
            .select_related("locale")
            .order_by("-release_date", "-pk")[:FEED_SIZE]
        )

    def item_pubdate(self, item):
        return item.go_live_at or item.first_published_at

    def item_enclosures(self, item):
        return []


class PressReleaseAtomFeed(AtomMixin, PressReleaseFeed):
    pass
