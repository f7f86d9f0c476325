"""What to purge when content changes, for the page cache (``page_cache.cache``) and, through
``wagtail.contrib.frontend_cache``, for the reverse proxy.

Wagtail's frontend_cache app purges only the published or unpublished page itself, through a
background task (django-tasks: a worker in production). A page is also shown by its
translations (language links, the "outdated translation" notice), its aliases on other sites, its
index page and the index's other pages, the home pages, feeds, calendars, the sitemap and related
items. So these handlers invalidate the page cache at once (never later than the commit), and
send the whole list of URLs through frontend_cache for the proxy.
https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html#advanced-usage
"""

import logging

from django.conf import settings
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from home.media import pages_using
from page_cache.cache import ALL, LISTINGS, bump, bump_urls, cache_seconds, page_dependency

logger = logging.getLogger(__name__)

# Page types published often and shown only by listings, their translations and related
# items; any other page (home, index, fixed pages, the feedback form) may appear on every page
# (menu, footer links), so its publication invalidates everything.
ITEM_MODELS = ("news.newspage", "events.eventpage")


def related_pages(page):
    """Pages that show ``page`` besides listings: the event of a news item, the news items of an
    event (both directions of both relations)."""
    from events.models import EventPage
    from news.models import NewsPage

    specific = page.specific_deferred
    related = Page.objects.none()
    if isinstance(specific, NewsPage):
        related = Page.objects.filter(
            Q(pk=specific.related_event_id) | Q(pk__in=EventPage.objects.filter(related_news=page))
        )
    elif isinstance(specific, EventPage):
        related = Page.objects.filter(
            Q(pk__in=NewsPage.objects.filter(related_event=page).values("pk"))
            | Q(pk__in=specific.related_news.values("pk"))
        )
    return related


def pages_showing(page):
    """``page`` and every page that shows it, in every language and on every site."""
    keys = {page.translation_key}
    keys.update(related_pages(page).values_list("translation_key", flat=True))
    twins = Page.objects.filter(translation_key__in=keys)
    group = Page.objects.filter(Q(pk__in=twins.values("pk")) | Q(alias_of__in=twins.values("pk")))
    pages = list(group)
    ancestor_paths = set()
    for item in pages:
        # Every ancestor below the root: index pages and the home page.
        step = item.steplen
        ancestor_paths.update(item.path[:end] for end in range(2 * step, len(item.path), step))
    if ancestor_paths:
        ancestors = Page.objects.filter(path__in=ancestor_paths)
        pages += list(
            Page.objects.filter(
                Q(path__in=ancestor_paths)
                | Q(translation_key__in=ancestors.values("translation_key"))
            )
        )
    return {item.pk: item for item in pages}.values()


def site_wide_urls(extra_objects=()):
    """Feeds, calendars and the sitemap of every site and language: what lists every item."""
    names = [
        "feed_news_rss",
        "feed_news_atom",
        "feed_events_rss",
        "feed_events_atom",
        "calendar_all",
    ]
    paths = {reverse("sitemap")}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.update(reverse(name) for name in names)
            for name, kwargs in extra_objects:
                try:
                    paths.add(reverse(name, kwargs=kwargs))
                except NoReverseMatch:
                    continue
    roots = [site.root_url for site in Site.objects.all()]
    return {root + path for root in roots for path in paths}


def item_urls(page, section=False):
    """Per-theme and per-unit feeds and calendars that list ``page``, in every language; with
    ``section``, those of every theme, unit and country (what may list a page below it)."""
    from events.models import Country
    from news.models import Theme
    from workflows.models import Unit

    specific = page.specific
    extra = []
    if section:
        for slug in set(Theme.objects.values_list("slug", flat=True)):
            extra += [("feed_theme_rss", {"theme": slug}), ("feed_theme_atom", {"theme": slug})]
        for code in set(Unit.objects.values_list("code", flat=True)):
            extra += [
                ("feed_unit_rss", {"unit": code}),
                ("feed_unit_atom", {"unit": code}),
                ("calendar_unit", {"code": code}),
            ]
        for iso_code in set(Country.objects.values_list("iso_code", flat=True)):
            extra.append(("calendar_country", {"iso_code": iso_code}))
        return extra
    if hasattr(specific, "themes"):
        keys = specific.themes.values("translation_key")
        for slug in Theme.objects.filter(translation_key__in=keys).values_list("slug", flat=True):
            extra += [("feed_theme_rss", {"theme": slug}), ("feed_theme_atom", {"theme": slug})]
    if getattr(specific, "lead_unit_id", None):
        units = Unit.objects.filter(translation_key=specific.lead_unit.translation_key)
        for code in units.values_list("code", flat=True):
            extra += [
                ("feed_unit_rss", {"unit": code}),
                ("feed_unit_atom", {"unit": code}),
                ("calendar_unit", {"code": code}),
            ]
    if hasattr(specific, "participating_countries"):
        countries = Country.objects.filter(
            Q(pk=specific.host_country_id) | Q(pk__in=specific.participating_countries.all())
        )
        for iso_code in set(countries.values_list("iso_code", flat=True)):
            extra.append(("calendar_country", {"iso_code": iso_code}))
    if specific._meta.label_lower == "events.eventpage":
        extra.append(("calendar_event", {"page_id": page.pk}))
    return extra


def purge_page(page, everything=False):
    """Invalidate ``page`` and everything that shows it."""
    pages = pages_showing(page)
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.add_urls(site_wide_urls(item_urls(page)))
    dependencies = [LISTINGS, *(page_dependency(item.pk) for item in pages)]
    if everything or page.specific_class._meta.label_lower not in ITEM_MODELS:
        dependencies.append(ALL)
    bump(dependencies)  # also the fragments (menu, footer), even with the page cache off
    if cache_seconds():
        bump_urls(batch.urls)
    batch.purge()


def purge_privacy_change(page):
    """A view restriction was added to, changed on or removed from ``page``: the page and every
    page below it appear on or leave every site at once, with their translations and aliases,
    and every page, listing, feed and calendar that named them. Rare, so generous: the whole
    page cache is invalidated; the proxy purges those pages, the pages that name ``page``, the
    home and index pages of every site, and every feed and calendar."""
    shown = {item.pk: item for item in pages_showing(page)}
    below = Page.objects.descendant_of(page).values("translation_key")
    twins = Page.objects.filter(translation_key__in=below)
    shown.update(
        (item.pk, item)
        for item in Page.objects.filter(Q(pk__in=twins.values("pk")) | Q(alias_of__in=twins))
    )
    batch = PurgeBatch()
    batch.add_pages(shown.values())
    batch.add_pages(Page.objects.live().filter(depth__in=[2, 3]))
    extra = item_urls(page, section=not page.is_leaf())
    batch.add_urls(site_wide_urls(extra))
    bump([ALL, LISTINGS, *(page_dependency(pk) for pk in shown)])
    if cache_seconds():
        bump_urls(batch.urls)
    batch.purge()


def purge_document_privacy_change(collection):
    """A collection's privacy changed: its documents (and those of the collections below it)
    are served to other people now. Documents are never kept in the page cache
    (``EXCLUDED_PREFIXES``); the proxy purges their addresses on every site."""
    documents = get_document_model().objects.filter(collection__path__startswith=collection.path)
    roots = [site.root_url for site in Site.objects.all()]
    batch = PurgeBatch()
    batch.add_urls(root + document.url for document in documents for root in roots)
    bump([ALL])
    batch.purge()


def purge_site():
    """After a change that every page may show (settings, a theme, a unit, a country): the page
    cache is emptied; the proxy purges the home pages, index pages, feeds and calendars (detail
    pages there expire with the proxy's own short lifetime)."""
    bump([ALL, LISTINGS])
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__in=[2, 3]))
    batch.add_urls(site_wide_urls())
    batch.purge()


# Signal handlers, connected in page_cache/signal_handlers.py.


def on_page_published(sender, instance, **kwargs):
    purge_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    purge_page(instance)


def on_pre_page_move(sender, instance, **kwargs):
    # The old addresses, while the page is still there.
    if instance.live:
        purge_page(instance, everything=True)


def on_post_page_move(sender, instance, **kwargs):
    if instance.live:
        purge_page(instance, everything=True)


def on_media_changed(sender, instance, **kwargs):
    """An image or document saved or about to be deleted: the live pages that show it (found
    in Wagtail's reference index, home/media.py) are purged like a publication."""
    if kwargs.get("raw"):
        return
    for page in pages_using(instance).filter(live=True).specific(defer=True):
        purge_page(page)


def on_page_saved(sender, instance, **kwargs):
    """A home, index, fixed or form page saved (even as a draft or by code, without the
    publication signal): the menu and links of every page may change."""
    if (
        isinstance(instance, Page)
        and not kwargs.get("raw")
        and instance._meta.label_lower not in ITEM_MODELS
    ):
        bump([ALL])


def on_snippet_changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    instance = kwargs.get("instance")
    if kwargs.get("created") and issubclass(sender, BaseSiteSetting):
        # Created with its defaults by the first page that reads it (for_request uses
        # get_or_create): what that page shows already. The admin's save comes after.
        blank = sender(site_id=instance.site_id)
        fields = [f.attname for f in sender._meta.concrete_fields if not f.primary_key]
        if all(getattr(instance, name) == getattr(blank, name) for name in fields):
            return
    purge_site()
