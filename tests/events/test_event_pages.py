import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from events.models import EventFormat, EventPage
from tests.conftest import translate
from tests.factories import CountryFactory, EventPageFactory, UnitFactory

pytestmark = pytest.mark.django_db
TZ = timezone.get_current_timezone()


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def make_event(parent, days, hours=8, **kwargs):
    start = timezone.now() + datetime.timedelta(days=days)
    return EventPageFactory(
        parent=parent,
        locale=parent.locale,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        **kwargs,
    )


def test_upcoming_ongoing_and_past_come_from_the_dates(tree):
    past = make_event(tree.events_vi, -10, title="Đã qua")
    ongoing = make_event(tree.events_vi, 0, hours=4, title="Đang diễn ra")
    ongoing.start, ongoing.end = (
        timezone.now() - datetime.timedelta(hours=2),
        timezone.now() + datetime.timedelta(hours=2),
    )
    ongoing.save()
    upcoming = make_event(tree.events_vi, 10, title="Sắp tới")
    events = EventPage.objects.all()
    assert list(events.upcoming()) == [upcoming]
    assert list(events.past()) == [past]
    assert list(events.ongoing()) == [ongoing]
    assert set(events.current_and_upcoming()) == {ongoing, upcoming}
    assert (past.status, ongoing.status, upcoming.status) == ("past", "ongoing", "upcoming")


def test_time_can_be_frozen_for_the_queryset(tree):
    event = make_event(tree.events_vi, 10)
    later = timezone.now() + datetime.timedelta(days=30)
    assert list(EventPage.objects.past(now=later)) == [event]


def test_end_before_start_is_refused_with_a_clear_message(tree):
    event = make_event(tree.events_vi, 5)
    event.end = event.start - datetime.timedelta(hours=1)
    # The message is in the user's language.
    with translation.override("vi"):
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        assert "không được trước thời điểm bắt đầu" in error.value.message_dict["end"][0]
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        assert "must not be before its start" in error.value.message_dict["end"][0]


def test_online_event_needs_its_address_and_in_person_its_venue(tree):
    event = make_event(tree.events_vi, 5)
    event.format, event.online_url = EventFormat.ONLINE, ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "online_url" in error.value.message_dict
    event.format, event.venue = EventFormat.IN_PERSON, ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "venue" in error.value.message_dict


def test_all_day_event_covers_whole_days(tree):
    event = make_event(tree.events_vi, 5, all_day=True)
    event.full_clean()
    start, end = timezone.localtime(event.start, TZ), timezone.localtime(event.end, TZ)
    assert (start.hour, start.minute) == (0, 0)
    assert (end.hour, end.minute) == (23, 59)


def test_event_index_shows_upcoming_by_default_and_past_on_request(client, tree):
    make_event(tree.events_vi, -10, title="Hội thảo đã qua")
    make_event(tree.events_vi, 10, title="Hội thảo sắp tới")

    def titles(query=""):
        return {
            a.get_text(strip=True)
            for a in soup(client.get("/su-kien/" + query)).select(".card__title a")
        }

    assert titles() == {"Hội thảo sắp tới"}
    assert titles("?period=past") == {"Hội thảo đã qua"}
    assert titles("?period=all") == {"Hội thảo đã qua", "Hội thảo sắp tới"}


def test_event_index_filters_by_country_type_and_format(client, tree):
    laos = CountryFactory(iso_code="LA")
    thailand = CountryFactory(iso_code="TH")
    make_event(tree.events_vi, 3, title="Ở Lào", host_country=laos, event_type="workshop")
    event = make_event(
        tree.events_vi,
        4,
        title="Trực tuyến",
        format=EventFormat.ONLINE,
        online_url="https://meet.example.org/x",
        event_type="training",
    )
    event.participating_countries = [thailand]
    event.save()

    def titles(query):
        return {
            a.get_text(strip=True)
            for a in soup(client.get("/su-kien/" + query)).select(".card__title a")
        }

    assert titles("?country=LA") == {"Ở Lào"}
    assert titles("?country=TH") == {"Trực tuyến"}
    assert titles("?event_type=workshop") == {"Ở Lào"}
    assert titles("?format=online") == {"Trực tuyến"}


@pytest.mark.parametrize(
    "query",
    ["?page=abc", "?page=99999", "?country=ZZ", "?year=abc", "?format=teleport", "?period=x"],
)
def test_event_index_bad_input_never_fails(client, tree, query):
    make_event(tree.events_vi, 3)
    assert client.get("/su-kien/" + query).status_code == 200


def test_event_calendar_month(client, tree):
    start = datetime.datetime(2026, 3, 10, 8, 30, tzinfo=TZ)
    EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title="Hội nghị tháng Ba",
        start=start,
        end=start + datetime.timedelta(days=1, hours=8),
    )
    EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title="Hội nghị cuối tháng Ba",
        start=start.replace(day=30),
        end=start.replace(day=31),
    )
    response = client.get("/su-kien/calendar/2026/3/")
    assert response.status_code == 200
    html = soup(response)
    cells = [td for td in html.select("table.calendar td") if td.find("a")]
    assert [td.select_one(".calendar__day").get_text() for td in cells] == ["10", "11", "30", "31"]
    assert [a.get_text() for a in html.select(".event-list a")] == [
        "Hội nghị tháng Ba",
        "Hội nghị cuối tháng Ba",
    ]
    # The April grid starts on 30 March and shows the late-March event in its first row, but
    # it is not listed among April's events.
    april = soup(client.get("/su-kien/calendar/2026/4/"))
    assert "Hội nghị cuối tháng Ba" in april.select_one("table.calendar tbody tr").get_text()
    assert april.select(".event-list a") == []
    english = soup(client.get("/en/events/calendar/2026/3/"))
    assert english.html["lang"] == "en"
    assert "March 2026" in english.h1.get_text()


@pytest.mark.parametrize(
    "path", ["calendar/2026/13/", "calendar/2026/0/", "calendar/1900/1/", "calendar/abc/1/"]
)
def test_event_calendar_bad_month_is_404(client, tree, path):
    assert client.get("/su-kien/" + path).status_code == 404


def test_event_page_renders_in_both_languages(client, tree):
    event = make_event(tree.events_vi, 3, title="Hội thảo ACCSM", venue="Hà Nội")
    translate(event, tree.en, title="ACCSM workshop", slug="accsm-workshop")
    vi = soup(client.get(event.url))
    en = soup(client.get("/en/events/accsm-workshop/"))
    assert (vi.html["lang"], vi.h1.get_text(strip=True)) == ("vi", "Hội thảo ACCSM")
    assert (en.html["lang"], en.h1.get_text(strip=True)) == ("en", "ACCSM workshop")
    assert "Sắp diễn ra" in vi.get_text()
    assert "Upcoming" in en.get_text()


def test_event_json_ld(client, tree):
    unit = UnitFactory(name="Vụ Hợp tác quốc tế")
    event = make_event(
        tree.events_vi,
        3,
        format=EventFormat.HYBRID,
        online_url="https://meet.example.org/a",
        venue="Trung tâm Hội nghị",
        host_country=CountryFactory(iso_code="VN"),
        lead_unit=unit,
    )
    html = soup(client.get(event.url))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.start
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.end
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {loc["@type"] for loc in data["location"]} == {"Place", "VirtualLocation"}
    assert data["organizer"]["name"] == "Vụ Hợp tác quốc tế"
    assert data["organizer"]["@type"] == "GovernmentOrganization"


def test_event_index_query_count_is_the_same_with_5_and_50_items(client, tree):
    def count():
        client.get("/su-kien/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/su-kien/").status_code == 200
        return len(queries)

    country = CountryFactory(iso_code="SG")
    unit = UnitFactory()
    for days in range(1, 6):
        make_event(tree.events_vi, days, host_country=country, lead_unit=unit)
    with_5 = count()
    for days in range(6, 51):
        make_event(tree.events_vi, days, host_country=country, lead_unit=unit)
    assert count() == with_5


def test_cancelled_event_is_shown_as_cancelled(client, tree):
    event = make_event(tree.events_vi, 3, title="Hội thảo bị hủy", cancelled=True)
    page = soup(client.get(event.url))
    assert page.select_one(".badge--cancelled").get_text(strip=True) == "Đã hủy"
    listing = soup(client.get("/su-kien/"))
    assert listing.select_one(".card .badge--cancelled") is not None
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
