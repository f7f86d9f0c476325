"""Feeds, calendars and the content API: only what readers may see, in their language."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from icalendar import Calendar
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from tests.conftest import translate
from tests.factories import (
    CountryFactory,
    EventPageFactory,
    NewsPageFactory,
    ThemeFactory,
    UnitFactory,
)
from workflows import roles

pytestmark = pytest.mark.django_db
TZ = timezone.get_current_timezone()


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def parse_ics(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


@pytest.fixture
def content(tree):
    theme = ThemeFactory(slug="doi-moi", name="Đổi mới")
    other_theme = ThemeFactory(slug="ban-sac", name="Bản sắc")
    unit = UnitFactory(code="htqt", name="Vụ Hợp tác quốc tế")
    image = get_image_model().objects.create(title="ảnh", file=get_test_image_file())
    now = timezone.now()

    def news(title, days_ago, themes=(theme,), **kwargs):
        return NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            title=title,
            lead_unit=unit,
            publication_date=now - datetime.timedelta(days=days_ago),
            themes=list(themes),
            **kwargs,
        )

    newest = news("Tin mới nhất", 1, main_image=image, main_image_alt="Ảnh")
    older = news("Tin cũ hơn", 5)
    other = news("Tin chủ đề khác", 3, themes=(other_theme,))
    draft = news("Bản nháp", 0, live=False)
    private = news("Tin nội bộ", 0)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(roles.unused_default_groups().get(name=roles.WAGTAIL_DEFAULT_GROUPS[0]))
    unpublished = news("Tin đã gỡ", 0)
    unpublished.unpublish()
    english = translate(newest, tree.en, title="Latest news", slug="latest-news")
    return {
        "theme": theme,
        "unit": unit,
        "newest": newest,
        "older": older,
        "other": other,
        "draft": draft,
        "private": private,
        "unpublished": unpublished,
        "english": english,
        "image": image,
    }


def test_news_feed_holds_exactly_the_live_items_newest_first(client, content):
    feed = parse_feed(client, "/feeds/news.rss")
    assert [entry.title for entry in feed.entries] == [
        "Tin mới nhất",
        "Tin chủ đề khác",
        "Tin cũ hơn",
    ]
    assert feed.feed.language == "vi"
    first = feed.entries[0]
    assert first.link == "http://testserver" + content["newest"].url
    assert first.summary == content["newest"].summary
    assert first.published_parsed is not None
    enclosure = first.enclosures[0]
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert enclosure.type in ("image/jpeg", "image/png", "image/webp")


def test_english_feed_and_atom(client, content):
    feed = parse_feed(client, "/en/feeds/news.atom")
    assert [entry.title for entry in feed.entries] == ["Latest news"]
    assert (
        feed.feed.get("language") == "en"
        or feed.feed.get("title_detail", {}).get("language") == "en"
    )
    assert feed.entries[0].link == "http://testserver/en/news/latest-news/"
    assert feed.entries[0].updated_parsed is not None  # Atom carries the update date


def test_theme_and_unit_feeds(client, content):
    theme = parse_feed(client, "/feeds/themes/doi-moi.rss")
    assert [entry.title for entry in theme.entries] == ["Tin mới nhất", "Tin cũ hơn"]
    unit = parse_feed(client, "/feeds/units/htqt.atom")
    assert len(unit.entries) == 3
    assert client.get("/feeds/themes/khong-co.rss").status_code == 404
    assert client.get("/feeds/units/khong-co.rss").status_code == 404


@pytest.fixture
def events(tree):
    laos = CountryFactory(iso_code="LA", name="Lào")
    unit = UnitFactory(code="cchc")
    start = datetime.datetime(2026, 12, 10, 8, 30, tzinfo=TZ)
    meeting = EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title="Hội nghị ACCSM",
        start=start,
        end=start + datetime.timedelta(hours=8),
        host_country=laos,
        lead_unit=unit,
        venue="Viêng Chăn",
    )
    all_day = EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title="Triển lãm",
        all_day=True,
        start=start + datetime.timedelta(days=3),
        end=start + datetime.timedelta(days=4),
        lead_unit=unit,
    )
    draft = EventPageFactory(
        parent=tree.events_vi, locale=tree.vi, title="Sự kiện nháp", live=False
    )
    return {"meeting": meeting, "all_day": all_day, "draft": draft, "laos": laos}


def test_calendar_of_all_events(client, events):
    calendar = parse_ics(client, "/calendar/events.ics")
    items = {str(event["SUMMARY"]): event for event in vevents(calendar)}
    assert set(items) == {"Hội nghị ACCSM", "Triển lãm"}
    meeting = items["Hội nghị ACCSM"]
    assert meeting["DTSTART"].dt == events["meeting"].start
    assert str(meeting["DTSTART"].params["TZID"]) == "Asia/Ho_Chi_Minh"
    assert str(meeting["LOCATION"]) == "Viêng Chăn"
    assert str(meeting["STATUS"]) == "CONFIRMED"
    assert calendar.walk("VTIMEZONE")
    exhibition = items["Triển lãm"]
    assert exhibition["DTSTART"].dt == datetime.date(2026, 12, 13)
    assert exhibition["DTEND"].dt == datetime.date(2026, 12, 15)  # exclusive


def test_calendar_uid_stays_sequence_and_last_modified_change(client, events):
    page = events["meeting"]
    page.save_revision().publish()
    url = f"/calendar/event/{page.pk}.ics"
    before = vevents(parse_ics(client, url))[0]
    page.title = "Hội nghị ACCSM (dời lịch)"
    page.start += datetime.timedelta(days=1)
    page.end += datetime.timedelta(days=1)
    revision = page.save_revision()
    later = timezone.now() + datetime.timedelta(minutes=5)
    import time_machine

    with time_machine.travel(later, tick=False):
        revision.publish()
    after = vevents(parse_ics(client, url))[0]
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt


def test_cancelled_event_is_marked_cancelled(client, events):
    page = events["meeting"]
    page.cancelled = True
    page.save_revision().publish()
    event = vevents(parse_ics(client, f"/calendar/event/{page.pk}.ics"))[0]
    assert str(event["STATUS"]) == "CANCELLED"


def test_unit_and_country_calendars_and_languages(client, events, tree):
    assert len(vevents(parse_ics(client, "/calendar/units/cchc.ics"))) == 2
    assert [
        str(e["SUMMARY"]) for e in vevents(parse_ics(client, "/calendar/countries/la.ics"))
    ] == ["Hội nghị ACCSM"]
    translate(events["meeting"], tree.en, title="ACCSM meeting", slug="accsm-meeting")
    english = vevents(parse_ics(client, "/en/calendar/events.ics"))
    assert [str(e["SUMMARY"]) for e in english] == ["ACCSM meeting"]
    assert client.get("/calendar/units/khong-co.ics").status_code == 404
    assert client.get(f"/calendar/event/{events['draft'].pk}.ics").status_code == 404


def test_hidden_items_never_appear_anywhere(client, content, tree, django_user_model):
    from tests.workflows.conftest import as_user
    from workflows.roles import setup_editorial_workflow

    setup_editorial_workflow()
    in_review = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        title="Tin đang chờ duyệt",
        live=False,
        lead_unit=content["unit"],
        themes=[content["theme"]],
    )
    in_review.save_revision()
    in_review.get_workflow().start(in_review, django_user_model.objects.create_user("tac.gia"))
    as_user(client, None)
    hidden = ["Bản nháp", "Tin nội bộ", "Tin đã gỡ", "Tin đang chờ duyệt"]
    pages = [
        client.get("/feeds/news.rss").content.decode(),
        client.get("/feeds/themes/doi-moi.atom").content.decode(),
        client.get("/feeds/units/htqt.rss").content.decode(),
        client.get("/api/v2/pages/?type=news.NewsPage&fields=title").content.decode(),
        client.get("/sitemap.xml").content.decode(),
        client.get("/tim-kiem/", {"q": "tin"}).content.decode(),
    ]
    for body in pages:
        for title in hidden:
            assert title not in body


def test_api_filters(client, content):
    def titles(query):
        response = client.get("/api/v2/pages/" + query)
        assert response.status_code == 200, response.content
        return {item["title"] for item in response.json()["items"]}

    assert titles("?type=news.NewsPage&locale=en") == {"Latest news"}
    assert titles("?type=news.NewsPage&locale=vi&theme=doi-moi") == {"Tin mới nhất", "Tin cũ hơn"}
    assert titles("?type=news.NewsPage&locale=vi&unit=htqt") == {
        "Tin mới nhất",
        "Tin cũ hơn",
        "Tin chủ đề khác",
    }
    since = (timezone.localdate() - datetime.timedelta(days=2)).isoformat()
    assert titles(f"?type=news.NewsPage&locale=vi&date_from={since}") == {"Tin mới nhất"}
    assert client.get("/api/v2/pages/?date_from=hom-qua").status_code == 400
    detail = client.get(f"/api/v2/pages/{content['newest'].pk}/").json()
    assert detail["summary"] == content["newest"].summary
    assert detail["themes"] == [{"slug": "doi-moi", "name": "Đổi mới"}]
    assert detail["lead_unit"]["code"] == "htqt"
    assert detail["main_image"]["url"].startswith("/media/images/")
    assert client.get(f"/api/v2/pages/{content['draft'].pk}/").status_code == 404


def test_api_images_only_from_live_pages(client, content):
    unused = get_image_model().objects.create(title="ảnh chưa dùng", file=get_test_image_file())
    ids = {item["id"] for item in client.get("/api/v2/images/").json()["items"]}
    assert content["image"].pk in ids
    assert unused.pk not in ids


def test_pages_announce_feeds_and_events_offer_a_calendar_file(client, events, tree):
    html = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    feeds = {link["href"] for link in html.find_all("link", type="application/rss+xml")}
    assert {"/feeds/news.rss", "/feeds/events.rss"} <= feeds
    english = BeautifulSoup(client.get("/en/").content.decode(), "html.parser")
    assert "/en/feeds/news.rss" in {
        link["href"] for link in english.find_all("link", type="application/rss+xml")
    }
    page = BeautifulSoup(client.get(events["meeting"].url).content.decode(), "html.parser")
    assert page.find("a", href=f"/calendar/event/{events['meeting'].pk}.ics") is not None


def test_press_contact_shown_on_items(client, content):
    unit = content["unit"]
    unit.press_contact_name = "Bộ phận Báo chí"
    unit.press_contact_email = "press@example.org"
    unit.save()
    html = BeautifulSoup(client.get(content["older"].url).content.decode(), "html.parser")
    contact = html.select_one(".press-contact")
    assert "Bộ phận Báo chí" in contact.get_text()
    assert contact.find("a", href="mailto:press@example.org") is not None
