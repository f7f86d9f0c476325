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
import uuid
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


def queries(client, url):
    """Queries of ``url`` uncached (a page-cache miss: a new query string each time)."""
    separator = "&" if "?" in url else "?"
    client.get(url, HTTP_HOST=HOST)
    counts = []
    tag = uuid.uuid4().hex[:8]  # never an entry of an earlier run
    for n in range(3):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"{url}{separator}_q={tag}-{n}", HTTP_HOST=HOST)
        assert response.status_code == 200, response.status_code
        counts.append(len(captured))
    return max(counts)


def all_queries(client, addresses):
    names = ("news page", "English news page", "event page", "home")
    names += ("news index, first page", "news index, last page", "events index", "search")
    return {name: queries(client, addresses[name]) for name in names}


def page_cache(client, url):
    """Queries of a page-cache hit, and the CPU time (this process) of a page-cache miss that
    stores the page against the same page with the page cache off: medians of 7 rounds of 20."""
    from django.test import override_settings

    client.get(url, HTTP_HOST=HOST)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_HOST=HOST)
    assert response["X-Page-Cache"] == "hit", response.headers

    def cpu_ms(tag):
        started = time.process_time()
        for n in range(20):
            assert client.get(f"{url}?_{tag}={n}", HTTP_HOST=HOST).status_code == 200
        return (time.process_time() - started) / 20 * 1000

    tag = uuid.uuid4().hex[:8]

    miss, off = [], []
    for r in range(7):
        miss.append(cpu_ms(f"m{tag}{r}"))
        with override_settings(PAGE_CACHE_SECONDS=0):
            off.append(cpu_ms(f"o{tag}{r}"))
    return {
        "hit_queries": len(captured),
        "miss_cpu_ms": statistics.median(miss),
        "nocache_cpu_ms": statistics.median(off),
    }


def search(client, url):
    """What the search page says of the number of results, and the indexes that PostgreSQL's
    plans of its search queries (those that read the search index entries) use: a common word
    is read newest first through the pages' primary key, each page's entry by its unique index;
    other words through the GIN index on the search vector (``portal_indexentry_vector_gin``).
    "Served by an index": every such plan uses one and none reads the entries sequentially."""
    import re
    from urllib.parse import parse_qs, urlsplit

    from wagtail.models import Locale, Page

    from home.search import capped_search

    with CaptureQueriesContext(connection) as captured:
        html = client.get(f"{url}&_s={uuid.uuid4().hex[:8]}", HTTP_HOST=HOST).content.decode()
    text = re.search(r'class="result-count"[^>]*>([^<]*)<', html).group(1).strip()
    query = parse_qs(urlsplit(url).query)["q"][0]
    vietnamese = Page.objects.filter(locale=Locale.objects.get(language_code="vi"))
    capped = capped_search(vietnamese, query)[2]
    plans = []
    for query in captured.captured_queries:
        if "wagtailsearch_indexentry" not in query["sql"]:
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + query["sql"])
            plan = "\n".join(row[0] for row in cursor.fetchall())
        indexes = sorted(set(re.findall(r"(?:using|Index Scan on) (\w+)", plan)))
        plans.append((indexes, "Seq Scan on wagtailsearch_indexentry" in plan))
    return {
        "search_count_text": text,
        "search_capped": capped,
        "search_plan": "; ".join(
            f"{', '.join(indexes) or 'no index'}{' (entries read in full)' if full else ''}"
            for indexes, full in plans
        ),
        "search_index": bool(plans) and all(indexes and not full for indexes, full in plans),
    }


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
    # The admin asks for the second step of sign-in: passed as if the code had been typed.
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
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
    from wagtail.models import Locale, Site

    from events.models import EventIndexPage, EventPage
    from news.models import NewsIndexPage

    # The default site's own index: channel sites have a news index per language too.
    home = Site.objects.get(is_default_site=True).root_page
    index = NewsIndexPage.objects.child_of(home).get()
    news = NewsPage.objects.live().child_of(index)
    count = news.count()
    first = news.order_by("pk").first()
    english = Locale.objects.get(language_code="en")
    last = (count + settings.PORTAL_PAGE_SIZE - 1) // settings.PORTAL_PAGE_SIZE
    event = EventPage.objects.live().descendant_of(home).order_by("pk").first()
    return {
        "home": "/",
        "news page": first.url,
        "English news page": first.get_translation(english).url,
        "event page": event.url,
        "news index, first page": index.url,
        "news index, last page": f"{index.url}?page={last}",
        "events index": EventIndexPage.objects.child_of(home).get().url,
        "search": "/tim-kiem/?q=hop+tac",
        "news feed (RSS)": "/feeds/news.rss",
        "news count": count,
    }


def main():
    if sys.argv[1:] == ["pages"]:
        print(json.dumps(pages()))
        return
    client = Client()
    addresses = pages()
    result = {"queries": all_queries(client, addresses)}
    if sys.argv[1:] == ["queries"]:
        print(json.dumps(result))
        return
    result.update(page_cache(client, addresses["news page"]))
    result.update(search(client, addresses["search"]))
    result["report_ms"], result["report_year"], result["report_news"] = report_ms(client)
    result["publish_ms"] = publish_ms()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
