"""Behaviour shared by the portal's page types. Mixins go left of ``Page``."""

import html

from anyascii import anyascii
from django.conf import settings
from django.core.paginator import Paginator
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from home.page_forms import PortalPageForm
from home.permissions import PortalPagePermissionTester
from home.search import fold
from home.visibility import restricted_ancestors


def ascii_slug(text):
    """``"Kế hoạch tuyên truyền về ASEAN"`` -> ``"ke-hoach-tuyen-truyen-ve-asean"``.

    Vietnamese government portals use ASCII transliterations; Django's own ``slugify`` would drop
    ``đ`` instead of writing ``d``."""
    return slugify(anyascii(text or ""))[:255].strip("-")


# Renditions of a listing card's image, fetched with the listing (no query per card).
LISTING_RENDITIONS = ["fill-480x270|format-webp", "fill-480x270"]


def listing_image_prefetch():
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    return Prefetch(
        "main_image",
        queryset=get_image_model().objects.prefetch_renditions(*LISTING_RENDITIONS),
    )


def hold_listing_renditions(pages):
    """Make each page's main image hold its listing renditions (created where missing), so that a
    list kept in the cache (home/listings.py) carries them: an image unpickled without them
    would generate each card's file again on every request."""
    for page in pages:
        image = getattr(page, "main_image", None)
        if image is not None:
            image.get_renditions(*LISTING_RENDITIONS)
    return pages


class PortalPageMixin:
    """ASCII slugs by default, a diacritic-free title for search, and what the templates need
    for search engines and social networks (description, image, structured data); an editor
    that offers the snippets of the page's own language."""

    base_form_class = PortalPageForm

    def permissions_for_user(self, user):
        """Take-downs follow the portal's rule (``home.permissions``)."""
        return PortalPagePermissionTester(user, self)

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title:
            self.slug = ascii_slug(self.title)
        super().full_clean(*args, **kwargs)

    def get_meta_description(self):
        """The page's own description for search engines, else its summary, else the plain text
        of its introduction (index pages), so that every public page has one."""
        for text in (
            self.search_description,
            getattr(self, "summary", ""),
            getattr(self, "introduction", ""),
        ):
            text = " ".join(html.unescape(strip_tags(str(text or ""))).split())
            if text:
                return text
        return ""

    # Search: diacritic-free copies, so that "tuyen truyen" finds "tuyên truyền".
    def title_folded(self):
        return fold(self.title)

    def main_image_errors(self):
        """A main image needs its alternative text."""
        if getattr(self, "main_image_id", None) and not self.main_image_alt.strip():
            return {"main_image_alt": _("Describe the main image for people who cannot see it.")}
        return {}

    def get_social_image(self):
        return getattr(self, "main_image", None)

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, found through the kept map of
        restricted pages (``home.visibility.restricted_ancestors``): no query for a public
        page, one for a private one, instead of two. The same queryset as Wagtail's."""
        restricted = restricted_ancestors(self)
        if restricted is None:
            return super().get_view_restrictions()
        return PageViewRestriction.objects.filter(page_id__in=restricted)

    def get_structured_data(self, request):
        """A schema.org object for this page, or None."""
        return None


class HomeTeasersMixin:
    """An index page type whose latest items the home pages show (news, events). The home page
    asks every such type for its teasers instead of knowing the types (``home_listings``)."""

    @classmethod
    def home_teasers(cls, home, exclude_ids=()):
        """The template variables of ``home``'s section for this type: its latest items (none
        of ``exclude_ids``, the featured items) and its index page under ``home``."""
        raise NotImplementedError


def paginate(request, items, per_page=None, count=None):
    """Page ``items`` by ``?page=``; a page number that is not a number or is out of range
    gives the first or the last page, never an error. ``count``: the number of items when the
    caller knows it already (saves the paginator's count query)."""
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # overrides the cached_property for this paginator
    return paginator.get_page(request.GET.get("page"))


def ministry_organization():
    """The Ministry as a schema.org organisation, in the active language."""
    return {
        "@type": "GovernmentOrganization",
        "name": gettext("Ministry of Home Affairs"),
        "url": "https://moha.gov.vn",
    }
