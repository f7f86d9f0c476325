"""Behaviour shared by the portal's page types. Mixins go left of ``Page``."""

from anyascii import anyascii
from django.conf import settings
from django.core.paginator import Paginator
from django.utils.text import slugify
from django.utils.translation import gettext


def ascii_slug(text):
    """``"Kế hoạch tuyên truyền về ASEAN"`` -> ``"ke-hoach-tuyen-truyen-ve-asean"``.

    Vietnamese government portals use ASCII transliterations; Django's own ``slugify`` would drop
    ``đ`` instead of writing ``d``."""
    return slugify(anyascii(text or ""))[:255].strip("-")


class PortalPageMixin:
    """ASCII slugs by default, and what the templates need for search engines and social
    networks (description, image, structured data)."""

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title:
            self.slug = ascii_slug(self.title)
        super().full_clean(*args, **kwargs)

    def get_meta_description(self):
        return self.search_description or getattr(self, "summary", "") or ""

    def get_social_image(self):
        return getattr(self, "main_image", None)

    def get_structured_data(self, request):
        """A schema.org object for this page, or None."""
        return None


def paginate(request, items, per_page=None):
    """Page ``items`` by ``?page=``; a page number that is not a number or is out of range
    gives the first or the last page, never an error."""
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def ministry_organization():
    """The Ministry as a schema.org organisation, in the active language."""
    return {
        "@type": "GovernmentOrganization",
        "name": gettext("Ministry of Home Affairs"),
        "url": "https://moha.gov.vn",
    }


def feedback_page_for(page):
    """The reporters' feedback form in ``page``'s language, if there is one."""
    from press.models import FeedbackFormPage

    return FeedbackFormPage.objects.live().public().filter(locale_id=page.locale_id).first()
