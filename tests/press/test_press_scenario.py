"""The issue's acceptance scenario on the demo portal."""

import re
from urllib.parse import urlsplit

import feedparser
import pytest
from django.core import mail
from icalendar import Calendar
from wagtail.models import Site

from events.models import EventPage
from news.models import NewsIndexPage, NewsPage, Theme
from workflows.models import Unit

pytestmark = pytest.mark.django_db


def test_reporter_follows_civil_service_innovation_in_english(
    client, demo_site, django_capture_on_commit_callbacks
):
    theme = Theme.objects.get(slug="civil-service-innovation", locale__language_code="en")
    mail.outbox.clear()  # the demo's release under embargo, sent to the network when loaded
    client.post(
        "/en/alerts/subscribe/",
        {"email": "desk@example.org", "themes": [theme.pk], "consent": "on", "website_address": ""},
    )
    link = re.search(r"https?://\S+/alerts/confirm/\S+/", mail.outbox[0].body).group(0)
    assert client.post(urlsplit(link).path).status_code == 200
    mail.outbox.clear()

    vi_theme = Theme.objects.get(translation_key=theme.translation_key, locale__language_code="vi")
    event = EventPage.objects.live().filter(locale__language_code="vi").order_by("-start").first()
    index = NewsIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()
    news = index.add_child(
        instance=NewsPage(
            title="Bộ Nội vụ chia sẻ sáng kiến cải cách công vụ",
            slug="chia-se-sang-kien-cai-cach-cong-vu",
            summary="Tóm tắt.",
            lead_unit=Unit.objects.get(code="cchc", locale__language_code="vi"),
            related_event=event,
            locale=index.locale,
            live=False,
        )
    )
    news.themes = [vi_theme]
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert mail.outbox == []  # the Vietnamese item does not match an English subscription

    english = news.copy_for_translation(theme.locale)
    english.title = "Ministry shares civil service reform initiatives"
    english.slug = "ministry-shares-civil-service-reform-initiatives"
    english.themes = [theme]
    english.related_event = event.get_translation(theme.locale)
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    assert len(mail.outbox) == 1
    assert "Ministry shares civil service reform initiatives" in mail.outbox[0].subject

    feed = feedparser.parse(client.get("/en/feeds/themes/civil-service-innovation.rss").content)
    assert feed.entries[0].title == "Ministry shares civil service reform initiatives"
    api = client.get(
        "/api/v2/pages/?type=news.NewsPage&locale=en&theme=civil-service-innovation"
    ).json()
    assert "Ministry shares civil service reform initiatives" in {
        item["title"] for item in api["items"]
    }
    assert (
        "Ministry shares civil service reform initiatives"
        in client.get("/en/search/", {"q": "civil service reform initiatives"}).content.decode()
    )
    calendar = Calendar.from_ical(client.get("/en/calendar/events.ics").content)
    titles = {str(component["SUMMARY"]) for component in calendar.walk("VEVENT")}
    assert english.related_event.title in titles
