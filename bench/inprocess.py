"""Measurements made inside one Django process, under the benchmark's production settings (run
by bench/run.py with its environment; not a test).

With the argument ``pages``: the addresses to measure, as JSON. Without: one JSON object with
- ``news_queries``: queries of one uncached news page (page cache bypassed with a new query
  string, Wagtail's site cache warm), counted with Django's CaptureQueriesContext;
- ``publish_ms``: the publish step that the last approval of the review chain runs
  (``revision.publish()``, as workflows/finish.py does), committed, with every purge handler
  (page cache versions, the purge task enqueued for frontend_cache), median of 5;
- ``report_ms``: the yearly results report (Reports -> Results of the year) for the year with
  most items, rendered through its view, median of 3.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

import django  # noqa: E402 -- after the path and settings are set

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models.functions import ExtractYear  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from news.models import NewsPage  # noqa: E402

HOST = os.environ.get("BENCH_HOST", "127.0.0.1")


def news_queries(client, url):
    client.get(url, HTTP_HOST=HOST)
    counts = []
    for n in range(5):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"{url}?_q={n}", HTTP_HOST=HOST)
        assert response.status_code == 200, response.status_code
        counts.append(len(captured))
    return max(counts)


def publish_ms():
    times = []
    pages = list(NewsPage.objects.live().filter(locale__language_code="vi").order_by("-pk")[:5])
    for page in pages:
        page.title = page.title + " (cập nhật)"
        revision = page.save_revision()
        started = time.perf_counter()
        with transaction.atomic():
            revision.publish(skip_permission_checks=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report_ms(client):
    user = get_user_model().objects.filter(is_superuser=True).first()
    if user is None:
        user = get_user_model().objects.create_superuser("bench-admin", "bench@example.org")
    client.force_login(user)
    year = (
        NewsPage.objects.live()
        .annotate(year=ExtractYear("publication_date"))
        .values("year")
        .order_by()
        .annotate(n=django.db.models.Count("pk"))
        .order_by("-n")
        .first()["year"]
    )
    url = reverse("reporting_results") + f"?year={year}"
    times = []
    for _ in range(3):
        started = time.perf_counter()
        response = client.get(url, HTTP_HOST=HOST)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    items = NewsPage.objects.live().filter(publication_date__year=year).count()
    client.logout()
    return statistics.median(times), year, items


def pages():
    """The addresses that bench/run.py measures."""
    from django.conf import settings

    from events.models import EventPage
    from news.models import NewsIndexPage

    news = NewsPage.objects.live().filter(locale__language_code="vi")
    count = news.count()
    index = NewsIndexPage.objects.get(locale__language_code="vi")
    last = (count + settings.PORTAL_PAGE_SIZE - 1) // settings.PORTAL_PAGE_SIZE
    event = EventPage.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    return {
        "home": "/",
        "news page": news.order_by("pk").first().url,
        "event page": event.url,
        "news index, first page": index.url,
        "news index, last page": f"{index.url}?page={last}",
        "search": "/tim-kiem/?q=hop+tac",
        "news feed (RSS)": "/feeds/news.rss",
        "news count": count,
    }


def main():
    if sys.argv[1:] == ["pages"]:
        print(json.dumps(pages()))
        return
    client = Client()
    page = NewsPage.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    result = {"news_queries": news_queries(client, page.url)}
    result["report_ms"], result["report_year"], result["report_news"] = report_ms(client)
    result["publish_ms"] = publish_ms()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
