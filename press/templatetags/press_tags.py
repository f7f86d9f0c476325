"""The press room on public pages: the releases of the press page, related reading ("Tin
khác" / "Related news") and share links on news, events and releases, and an item's media kit.

Every list keeps to what the public may see (``home.visibility``), in the reader's language,
in a fixed number of queries whatever its length.
"""

from urllib.parse import quote

from django import template
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import Page

from events.models import EventPage
from home.channels import canonical_page
from home.versions import ALL, LISTINGS, kept_for_request
from home.visibility import is_served_publicly
from news.models import NewsPage
from press.media_kit import kit_of, photos_of
from press.releases import PressReleasePage

register = template.Library()

RELATED_COUNT = 4


@register.simple_tag(takes_context=True)
def press_releases(context, press_page):
    """The public releases below the press page, newest first (one query)."""
    return list(
        PressReleasePage.objects.visible()
        .child_of(press_page)
        .select_related("locale")
        .order_by("-release_date", "-pk")
    )


def related_news_condition(page):
    """News on the same theme or about the same event as ``page``, in any language (themes and
    events are matched by translation key, so the English page finds English news)."""
    specific = page.specific if type(page) is Page else page
    condition = Q(pk__in=[])
    if isinstance(specific, (NewsPage, EventPage)):
        # A subquery on the page's stored themes: no query of its own.
        through = type(specific).themes.through
        keys = through.objects.filter(**{type(specific)._meta.model_name: specific.pk})
        condition |= Q(themes__translation_key__in=keys.values("theme__translation_key"))
    if isinstance(specific, EventPage):
        condition |= Q(related_event__translation_key=specific.translation_key)
    elif getattr(specific, "related_event_id", None):
        events = Page.objects.filter(pk=specific.related_event_id).values("translation_key")
        condition |= Q(related_event__translation_key__in=events)
    if isinstance(specific, (EventPage, PressReleasePage)):
        keys = [item.translation_key for item in specific.related_news.all()]
        condition |= Q(translation_key__in=keys)
    return condition


def related_news(page, request=None, count=RELATED_COUNT):
    """Up to ``count`` public news items related to ``page`` in its language, newest first:
    one query (the conditions are subqueries). ``request`` is unused, kept for callers."""
    # Originals only, on whichever site they live: a channel site's copy of an event lists the
    # same news as the original, each linked to its own address (an alias would repeat it).
    ids = (
        NewsPage.objects.visible()
        .filter(locale_id=page.locale_id, alias_of__isnull=True)
        .filter(related_news_condition(page))
        .exclude(translation_key=page.translation_key)
        .values("pk")
    )
    return list(
        NewsPage.objects.filter(pk__in=ids)
        .defer_streamfields()
        .select_related("locale")
        .order_by("-publication_date", "-pk")[:count]
    )


@register.simple_tag(takes_context=True)
def related_reading(context, page):
    """ "Related news" of ``page``, rendered; kept until the next publication (any publication
    may add or remove a related item) or site-wide change."""
    request = context.get("request")

    def build():
        return render_to_string(
            "components/related_news.html",
            {"items": related_news(page, request), "request": request, "page": page},
        )

    return mark_safe(  # noqa: S308 -- rendered by Django's templates, escaped there
        kept_for_request(request, f"related-news:{page.pk}", build, (LISTINGS, ALL))
    )


def share_links(page, request):
    """Plain links to share ``page``: no third-party script, no tracker; the reader's browser
    opens the network's own sharing page only when they click."""
    url = canonical_page(page).get_full_url(request)
    quoted, title = quote(url, safe=""), quote(page.title, safe="")
    return [
        ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={quoted}"),
        ("zalo", "Zalo", f"https://zalo.me/share?url={quoted}"),
        ("x", "X", f"https://x.com/intent/post?url={quoted}&text={title}"),
        ("email", None, f"mailto:?subject={title}&body={quoted}"),
    ], url


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share(context, page):
    links, url = share_links(page, context.get("request"))
    return {"links": links, "url": url}


@register.simple_tag(takes_context=True)
def media_kit(context, page):
    """The photos for the press (``press.media_kit``) of ``page`` while the public may see it,
    or None. The page being served is judged as it was routed (``is_served_publicly``: no
    query); any other page is read again through the visibility rule."""
    served = context.get("page")
    if served is not None and served.pk == page.pk and type(served) is not Page:
        return kit_of(served) if is_served_publicly(served) else None
    return photos_of(page.pk)
