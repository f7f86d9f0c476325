"""Receivers of the press room, connected in ``PressConfig.ready()``."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

from home.page_cache import LISTINGS, bump, bump_urls, cache_seconds, page_dependency
from press.releases import PressReleasePage

FEED_NAMES = ("feed_releases_rss", "feed_releases_atom")


def release_feed_urls():
    paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.update(reverse(name) for name in FEED_NAMES)
    return {site.root_url + path for site in Site.objects.all() for path in paths}


def on_release_published(sender, instance, **kwargs):
    """A release goes live (at its embargo time, through ``publish_scheduled``) or leaves:
    beside what ``home.cache_purge`` purges for every page (the release, its translations,
    the press page, the home pages, listings), its own feeds and the pages that show it as
    related reading or media kit: its event and its news, in every language."""
    if not issubclass(instance.specific_class, PressReleasePage):
        return
    release = instance.specific_deferred
    keys = list(release.related_news.values_list("translation_key", flat=True))
    if release.related_event_id:
        keys += Page.objects.filter(pk=release.related_event_id).values_list(
            "translation_key", flat=True
        )
    shown = list(Page.objects.filter(translation_key__in=keys))
    bump([LISTINGS, *(page_dependency(page.pk) for page in shown)])
    batch = PurgeBatch()
    batch.add_pages(shown)
    batch.add_urls(release_feed_urls())
    if cache_seconds():
        bump_urls(batch.urls)
    batch.purge()
