"""The demo portal that `make run` serves: complete, bilingual, and without a broken link."""

from urllib.parse import urldefrag, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from events.models import Country, EventPage
from news.models import NewsPage, Theme
from workflows.models import Unit

pytestmark = pytest.mark.django_db


def test_demo_content_covers_the_plan(demo_site):
    vi = Locale.objects.get(language_code="vi")
    en = Locale.objects.get(language_code="en")
    news = NewsPage.objects.live().filter(locale=vi)
    events = EventPage.objects.live().filter(locale=vi)
    assert news.count() >= 12
    assert Theme.objects.filter(locale=vi).count() == 5
    assert Theme.objects.filter(locale=vi, news_pages__in=news).distinct().count() == 5
    assert news.values("lead_unit").distinct().count() >= 4
    assert (
        news.filter(title__contains="1117").exists()
        or news.filter(summary__contains="1117").exists()
    )
    assert events.count() >= 8
    assert events.past().exists() and events.upcoming().exists()
    assert events.values("host_country").distinct().count() >= 3
    assert set(events.values_list("format", flat=True)) == {"in_person", "online", "hybrid"}
    assert Country.objects.filter(locale=vi).count() == 14
    assert Unit.objects.filter(locale=vi).count() >= 8
    # Every Vietnamese page has a live English twin.
    for page in Page.objects.live().filter(locale=vi, depth__gt=1):
        twin = page.get_translation_or_none(en)
        assert twin is not None and twin.live, page.title
    # Snippets are translated too.
    for model in (Unit, Theme, Country):
        assert model.objects.filter(locale=en).count() == model.objects.filter(locale=vi).count()


def test_demo_tree_is_consistent(demo_site):
    assert all(problem == [] for problem in Page.find_problems())


def test_demo_site_has_no_broken_link(client, demo_site):
    seen, queue, broken = set(), ["/", "/en/"], []
    while queue and len(seen) < 600:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for link in BeautifulSoup(response.content.decode(), "html.parser").find_all(
            "a", href=True
        ):
            href = urldefrag(link["href"])[0]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href.startswith("/"):
                continue
            if href.startswith(("/admin/", "/static/", "/media/")):
                continue
            # Listing pages are followed, not every combination of their filters.
            if "?" in href and "page=" not in href and "theme=" not in href:
                continue
            queue.append(href)
    assert broken == []
    assert len(seen) > 60


def test_upcoming_event_is_featured_on_home(client, demo_site):
    html = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    featured = html.select("#featured-heading ~ .card-grid .card")
    assert len(featured) == 2
    now = timezone.now()
    assert EventPage.objects.live().filter(end__gte=now).exists()


@pytest.mark.parametrize("day", ["2026-12-04", "2031-03-01"])
def test_demo_agrees_with_itself_whatever_the_day_it_is_loaded(run_command, settings, day):
    """Reports on an event come after it; no English page is older than its source."""
    import datetime as dt

    import time_machine
    from django.utils import timezone

    from events.models import EventPage
    from news.models import NewsPage
    from workflows.translation import is_outdated

    settings.DEBUG = True
    with time_machine.travel(dt.datetime.fromisoformat(f"{day}T08:00:00+07:00"), tick=False):
        run_command("load_initial_data")
        now = timezone.now()
    reports = NewsPage.objects.filter(related_event__isnull=False, alias_of__isnull=True)
    assert reports.count() >= 8
    for report in reports.select_related("related_event"):
        assert report.publication_date > report.related_event.end, report.title
        assert report.publication_date <= now, report.title
    english = Locale.objects.get(language_code="en")
    for model in (NewsPage, EventPage):
        for source in model.objects.filter(locale__language_code="vi", alias_of__isnull=True):
            assert not is_outdated(source, source.get_translation(english)), source.title


def test_cards_name_units_in_full(client, demo_site):
    """Acronyms such as DPAR mean nothing to foreign readers: cards give the unit's full name."""
    from workflows.models import Unit

    units = Unit.objects.filter(short_name__gt="").exclude(short_name=F("name"))
    for language, url in (("en", "/en/news/"), ("vi", "/tin-tuc/")):
        cards = BeautifulSoup(client.get(url).content.decode(), "html.parser").select(".card__meta")
        text = " ".join(card.get_text(" ") for card in cards)
        named = [unit for unit in units.filter(locale__language_code=language) if unit.name in text]
        assert named, language
        for unit in units.filter(locale__language_code=language):
            assert f"· {unit.short_name}" not in text, unit.short_name
