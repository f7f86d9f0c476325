"""Calendar files (iCalendar, RFC 5545) for events: one event, or all events of a language,
a unit or a country, to subscribe to.

UIDs are stable across edits and languages (they come from the event's translation key and its
language); SEQUENCE counts the times the event was published, so calendar clients replace what
they have when an event changes; a cancelled event is sent with STATUS:CANCELLED.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vText
from wagtail.models import PageLogEntry

from events.models import Country, EventFormat, EventPage
from home.channels import site_home
from workflows.models import Unit

PRODID = "-//Ministry of Home Affairs of Viet Nam//ASEAN Portal//VI"
UID_DOMAIN = "asean-portal.moha.gov.vn"


def events_for_language(request):
    """The live events of the current site (its own and its channel aliases) in the language
    of the address."""
    # A channel alias is republished with its original, which holds the publication log.
    publication_count = (
        PageLogEntry.objects.filter(page=OuterRef("source_id"), action="wagtail.publish")
        .order_by()
        .values("page")
        .annotate(count=Count("pk"))
        .values("count")
    )
    home = site_home(request)
    events = EventPage.objects.visible().filter(locale__language_code=get_language())
    events = events.descendant_of(home) if home else events.none()
    return (
        events.select_related("host_country")
        .annotate(source_id=Coalesce("alias_of_id", "pk"))
        .annotate(publications=Coalesce(Subquery(publication_count), 0))
        .order_by("start", "pk")
    )


def build_calendar(request, events, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    tz = ZoneInfo(settings.TIME_ZONE)
    now = timezone.now()
    for page in events:
        event = Event()
        event.add("uid", f"{page.translation_key}-{page.locale.language_code}@{UID_DOMAIN}")
        event.add("dtstamp", now)
        event.add("sequence", getattr(page, "publications", 0))
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        event.add("summary", page.title)
        event.add("description", page.summary)
        if page.all_day:
            start = timezone.localtime(page.start, tz).date()
            end = timezone.localtime(page.end, tz).date() + datetime.timedelta(days=1)
            event.add("dtstart", start)
            event.add("dtend", end)  # exclusive
        else:
            event.add("dtstart", timezone.localtime(page.start, tz))
            event.add("dtend", timezone.localtime(page.end, tz))
        location = ", ".join(part for part in [page.venue, page.address] if part)
        if page.format == EventFormat.ONLINE:
            location = page.online_url or location
        if location:
            event.add("location", vText(location))
        event.add("url", page.get_full_url(request))
        event.add("status", "CANCELLED" if page.cancelled else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def event_ics(request, page_id):
    """ "Add to calendar" for one event."""
    page = get_object_or_404(events_for_language(request), pk=page_id)
    return ics_response(build_calendar(request, [page], page.title), page.slug)


def all_events_ics(request):
    return ics_response(
        build_calendar(
            request, events_for_language(request), _("ASEAN events of the Ministry of Home Affairs")
        ),
        "asean-events",
    )


def unit_events_ics(request, code):
    unit = Unit.objects.filter(code=code, locale__language_code=get_language()).first()
    if unit is None:
        raise Http404
    events = events_for_language(request).filter(lead_unit__translation_key=unit.translation_key)
    name = _("ASEAN events: %(unit)s") % {"unit": unit.name}
    return ics_response(build_calendar(request, events, name), f"asean-events-{code}")


def country_events_ics(request, iso_code):
    country = Country.objects.filter(
        iso_code=iso_code.upper(), locale__language_code=get_language()
    ).first()
    if country is None:
        raise Http404
    key = country.translation_key
    events = (
        events_for_language(request)
        .filter(
            Q(host_country__translation_key=key) | Q(participating_countries__translation_key=key)
        )
        .distinct()
    )
    name = _("ASEAN events: %(country)s") % {"country": country.name}
    return ics_response(build_calendar(request, events, name), f"asean-events-{iso_code.lower()}")
