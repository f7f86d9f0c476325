"""The press app's receivers, connected in ``PressConfig.ready()``."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, workflow_approved

from page_cache.cache import LISTINGS, bump, bump_urls, cache_seconds, page_dependency
from press.alerts import on_page_published
from press.embargo import on_workflow_approved
from press.releases import PressReleasePage

FEED_NAMES = ("feed_releases_rss", "feed_releases_atom")


def register_signal_handlers():
    # E-mail alerts to subscribed reporters when an item is published (press/alerts.py).
    page_published.connect(on_page_published, dispatch_uid="press_item_alerts")
    # Releases under embargo go to the reporters' network once approved (press/embargo.py).
    workflow_approved.connect(on_workflow_approved, dispatch_uid="press_embargo_sending")
    page_published.connect(on_release_published, dispatch_uid="press_release_purge")
    page_unpublished.connect(on_release_published, dispatch_uid="press_release_unpurge")


def release_feed_urls():
    paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.update(reverse(name) for name in FEED_NAMES)
    return {site.root_url + path for site in Site.objects.all() for path in paths}


def on_release_published(sender, instance, **kwargs):
    """A release goes live (at its embargo time, through ``publish_scheduled``) or leaves:
    beside what ``page_cache.purge`` purges for every page (the release, its translations,
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
