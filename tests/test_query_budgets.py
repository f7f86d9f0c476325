"""Query budgets of the public pages, uncached (the page cache is off in the tests): each page
needs at most a fixed number of queries, whatever the number of items, related items and
images. Measured on realistic data: 50 news items and 50 events, several distinct images (a
query per image would show), the site's own page size. Run on SQLite and on PostgreSQL (CI
runs the suite on both). Speed itself is measured by bench/run.py, not here."""

import datetime
import math

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.search.index import insert_or_update_object

from tests.conftest import translate
from tests.factories import (
    CountryFactory,
    EventPageFactory,
    NewsPageFactory,
    ThemeFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

# Queries per page, uncached, with warm renditions. The news page's target is 12.
BUDGETS = {
    # One more than the other listings: featured items are checked for view restrictions, so
    # that a private page an editor featured stays off the home page (docs/security.md).
    "home": 21,
    # One more for related news (press/templatetags/press_tags.py), whatever their number; an
    # event also reads its media kit (the releases about it and their photos).
    "news_page": 13,
    "event_page": 24,
    "news_index": 18,
    "news_index_last": 18,
    "events_index": 16,
    "search": 8,
    "news_feed": 7,
    "events_feed": 6,
}


IMAGES = 6
FEW, MANY = 2, 50


def build(tree, size, start=0, event=None):
    colours = ["white", "red", "green", "blue", "black", "yellow"]
    images = [
        get_image_model().objects.create(
            title=f"Ảnh {start + n}",
            file=get_test_image_file(filename=f"anh-{start + n}.png", colour=colours[n]),
        )
        for n in range(IMAGES)
    ]
    themes = [ThemeFactory(), ThemeFactory()]
    units = [UnitFactory(), UnitFactory()]
    # Each new item is related to the first ones: their pages list more related items.
    countries = [CountryFactory(iso_code="SG"), CountryFactory(iso_code="LA")]
    now = timezone.now()
    events = []
    for n in range(size):
        event = EventPageFactory(
            parent=tree.events_vi,
            locale=tree.vi,
            title=f"Hội nghị thường niên {start + n}",
            start=now + datetime.timedelta(days=n + 1),
            end=now + datetime.timedelta(days=n + 1, hours=8),
            lead_unit=units[n % 2],
            host_country=countries[n % 2],
            main_image=images[n % IMAGES],
            main_image_alt="Ảnh",
        )
        event.participating_countries.set(countries)
        event.themes.set(themes)
        event.coordinating_units.set(units)
        event.save()
        events.append(event)
    news = []
    for n in range(size):
        item = NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            title=f"Tin hoạt động {start + n}",
            lead_unit=units[n % 2],
            main_image=images[(n + 1) % IMAGES],
            main_image_alt="Ảnh",
            related_event=event or events[0],
            themes=themes,
        )
        item.coordinating_units.set(units)
        item.save()
        insert_or_update_object(item)
        news.append(item)
    target = event or events[0]
    target.related_news.add(*news)
    target.save()
    if not start:
        translate(news[0], tree.en, title="Activity news", slug="activity-news")
    return {"news": news[0], "event": events[0]}


URLS = {
    "home": lambda data: "/",
    "news_page": lambda data: data["news"].url,
    "event_page": lambda data: data["event"].url,
    "news_index": lambda data: "/tin-tuc/",
    "news_index_last": lambda data: f"/tin-tuc/?page={data['pages']}",
    "events_index": lambda data: "/su-kien/",
    "search": lambda data: "/tim-kiem/?q=tin+hoat+dong",
    "news_feed": lambda data: "/feeds/news.rss",
    "events_feed": lambda data: "/feeds/events.rss",
}


def queries(client, url, django_assert_max_num_queries, budget):
    client.get(url)  # renditions and Wagtail's site cache are filled on the first request
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", list(BUDGETS))
def test_query_budget_holds_with_few_and_many_items(
    client, tree, name, settings, django_assert_max_num_queries
):
    data = build(tree, FEW)
    data["pages"] = 1
    few = queries(client, URLS[name](data), django_assert_max_num_queries, BUDGETS[name])
    # 50 of each, with more images: several pages of listings, many related items.
    build(tree, MANY - FEW, start=FEW, event=data["event"])
    data["pages"] = math.ceil(MANY / settings.PORTAL_PAGE_SIZE)
    assert data["pages"] > 1
    many = queries(client, URLS[name](data), django_assert_max_num_queries, BUDGETS[name])
    assert many == few, f"{name}: {few} queries with few items, {many} with many"
