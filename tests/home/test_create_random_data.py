"""``manage.py create_random_data``: bulk-created bilingual items that behave like any other."""

import pytest
from django.core.management.base import CommandError
from wagtail.models import Page

from events.models import EventPage
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_creates_bilingual_news_and_events_in_a_valid_tree(demo_site, run_command, client):
    news_before = NewsPage.objects.count()
    events_before = EventPage.objects.count()
    out, _err = run_command("create_random_data", news=7, events=3)
    assert "news: 7/7" in out and "events: 3/3" in out
    assert NewsPage.objects.count() == news_before + 14
    assert EventPage.objects.count() == events_before + 6

    # Treebeard's own check finds no broken path, depth or child count.
    assert Page.find_problems() == ([], [], [], [], [])
    item = NewsPage.objects.live().filter(locale__language_code="vi").order_by("-pk").first()
    english = item.get_translation(demo_site["en"].locale)
    assert english.live and english.get_url_parts()[2].startswith("/en/news/")
    assert item.themes.count() >= 1 and item.main_image is not None
    assert english.themes.first().locale.language_code == "en"

    # The pages are served, listed and found like any other.
    page = client.get(item.get_url_parts()[2])
    assert page.status_code == 200 and item.title in page.content.decode()
    assert client.get(english.get_url_parts()[2]).status_code == 200
    index = NewsIndexPage.objects.get(pk=item.get_parent().pk)
    assert client.get(index.get_url_parts()[2] + "?page=2").status_code == 200
    found = client.get("/tim-kiem/", {"q": item.title})
    assert item.title in found.content.decode()


def test_adds_after_existing_children_and_refuses_bad_numbers(demo_site, run_command):
    run_command("create_random_data", news=3, events=0, no_index=True)
    run_command("create_random_data", news=3, events=0, no_index=True, seed=7)
    assert Page.find_problems() == ([], [], [], [], [])
    with pytest.raises(CommandError):
        run_command("create_random_data", news=-1)


def test_needs_the_portal_tree(db, run_command):
    with pytest.raises(CommandError, match="load_initial_data"):
        run_command("create_random_data", news=1)
