import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events.blocks import OutcomesStreamBlock
from events.choices import EventFormat, EventType  # noqa: F401 -- importable from here
from events.filters import EventFilterForm
from events.month_grid import month_grid
from home.api_fields import RelatedListField, RelatedObjectField
from home.blocks import BodyStreamBlock
from home.channels import canonical_page
from home.item_page import UNIT_API_ATTRIBUTES, ItemPage, LocalizedRelation, route_to_item
from home.listings import paginate_listing
from home.listings import years as listing_years
from home.localization import localize_related
from home.mixins import (
    HomeTeasersMixin,
    PortalPageMixin,
    listing_image_prefetch,
    ministry_organization,
)
from home.search import fold, stream_text
from home.visibility import PortalPageQuerySet, visible
from workflows.forms import LeadUnitPageForm


class Country(TranslatableMixin, index.Indexed, models.Model):
    """An ASEAN member state or partner country."""

    iso_code = models.CharField(
        _("ISO code"), max_length=2, help_text=_("ISO 3166-1 alpha-2, for example VN.")
    )
    name = models.CharField(_("name"), max_length=100)
    is_asean_member = models.BooleanField(_("ASEAN member state"), default=True)

    override_translatable_fields = [SynchronizedField("iso_code")]

    panels = [FieldPanel("iso_code"), FieldPanel("name"), FieldPanel("is_asean_member")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("iso_code"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["iso_code", "locale"], name="unique_country_code_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.iso_code = (self.iso_code or "").upper()
        if len(self.iso_code) != 2 or not self.iso_code.isalpha():
            raise ValidationError({"iso_code": _("Enter two letters, for example VN.")})


class EventPageQuerySet(PortalPageQuerySet):
    """Upcoming, ongoing and past come from the dates, never from a stored status."""

    def upcoming(self, now=None):
        return self.filter(start__gt=now or timezone.now())

    def ongoing(self, now=None):
        now = now or timezone.now()
        return self.filter(start__lte=now, end__gte=now)

    def current_and_upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now())


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventIndexPage(HomeTeasersMixin, RoutablePageMixin, PortalPageMixin, Page):
    parent_page_types = ["home.HomePage", "home.ChannelHomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    # Lists other pages: its cached copy is invalidated by every publication (page_cache/cache.py).
    page_cache_lists_pages = True

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("event index page")

    def route(self, request, path_components):
        """The calendar's sub-routes first, as ``RoutablePageMixin`` does; then an event and
        what its page shows (locale, host country, lead unit, image) in one query."""
        path = "/" + "".join(f"{component}/" for component in path_components)
        try:
            self.resolve_subpage(path)
        except Http404:
            items = EventPage.objects.select_related(
                "locale", "host_country", "lead_unit", "main_image"
            )
            found = route_to_item(self, request, path_components, items)
            if found is not None:
                return found
        return super().route(request, path_components)

    @classmethod
    def home_teasers(cls, home, exclude_ids=()):
        events = EventPage.for_listing(
            EventPage.objects.visible().descendant_of(home).current_and_upcoming().order_by("start")
        )[:4]
        return {
            "upcoming_events": localize_related(events, "host_country", Country, many=False),
            "event_index": visible(cls.objects.child_of(home)).first(),
        }

    def events(self):
        return EventPage.objects.visible().descendant_of(self)

    def get_context(self, request, *args, listing=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if listing:  # not for the calendar's sub-route
            context.update(self.listing_context(request))
        return context

    def listing_context(self, request):
        """The index's list of events: filtered, paginated, in the reader's language."""
        events = self.events()
        years = listing_years(events, "start", f"events:{self.pk}")
        countries = Country.objects.filter(locale__language_code=get_language())
        form = EventFilterForm(request.GET or None, years=years, countries=countries)
        period = ""
        count_key = f"events:{self.pk}"
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            filters = ("period", "year", "country", "event_type", "format")
            count_key += ":" + ":".join(str(getattr(data[f], "pk", data[f])) for f in filters)
            period = data["period"]
            if data["year"]:
                events = events.filter(start__year=data["year"])
                period = period or "all"
            if data["country"]:
                key = data["country"].translation_key
                events = events.filter(
                    Q(host_country__translation_key=key)
                    | Q(participating_countries__translation_key=key)
                ).distinct()
            if data["event_type"]:
                events = events.filter(event_type=data["event_type"])
            if data["format"]:
                events = events.filter(format=data["format"])
        if period == "past":
            events = events.past().order_by("-start", "-pk")
        elif period == "all":
            events = events.order_by("-start", "-pk")
        else:
            events = events.current_and_upcoming().order_by("start", "pk")
        page_obj = paginate_listing(request, EventPage.for_listing(events), count_key)
        localize_related(page_obj.object_list, "host_country", Country, many=False)
        today = timezone.localdate()
        return {
            "events_page": page_obj,
            "filter_form": form,
            "period": period,
            "calendar_url": self.reverse_subpage(
                "calendar_month", kwargs={"year": today.year, "month": today.month}
            ),
        }

    @re_path(r"^calendar/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="calendar_month")
    def calendar_month(self, request, year, month):
        year, month = int(year), int(month)
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            raise Http404
        grid = month_grid(self.events(), year, month)
        previous_month, next_month = grid.pop("previous_month"), grid.pop("next_month")
        return self.render(
            request,
            template="events/event_calendar_page.html",
            listing=False,
            context_overrides={
                **grid,
                "previous_url": self.reverse_subpage(
                    "calendar_month",
                    kwargs={"year": previous_month.year, "month": previous_month.month},
                ),
                "next_url": self.reverse_subpage(
                    "calendar_month", kwargs={"year": next_month.year, "month": next_month.month}
                ),
            },
        )


class EventPage(ItemPage):
    date_field = "start"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    base_form_class = LeadUnitPageForm
    # The dashboard's button for writing one (home/dashboard.py).
    quick_action_label = _("Create an event")
    # Shows related news: its cached copy follows every publication (page_cache/cache.py).
    page_cache_lists_pages = True

    event_type = models.CharField(
        _("event type"), max_length=30, choices=EventType.choices, default=EventType.OTHER
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Times are ignored; the event lasts whole days.")
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("The event will not take place. It stays published, marked as cancelled."),
    )

    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    online_url = models.URLField(
        _("online meeting address"),
        blank=True,
        help_text=_("Required for online and hybrid events."),
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    host_country = models.ForeignKey(
        Country,
        verbose_name=_("host country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_events",
    )
    participating_countries = ParentalManyToManyField(
        Country, verbose_name=_("participating countries"), blank=True, related_name="events"
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("agenda and details"), blank=True)
    outcomes = StreamField(
        OutcomesStreamBlock(),
        verbose_name=_("outcomes"),
        blank=True,
        help_text=_("Results and documents such as joint statements, added after the event."),
    )
    themes = ParentalManyToManyField(
        "news.Theme", verbose_name=_("themes"), blank=True, related_name="events"
    )
    related_news = ParentalManyToManyField(
        "news.NewsPage", verbose_name=_("related news"), blank=True, related_name="+"
    )
    objects = EventPageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("cancelled"),
            ],
            heading=_("Type and dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("online_url"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("host_country"),
                FieldPanel("participating_countries", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Place"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("main_image_alt")], heading=_("Main image")
        ),
        FieldPanel("body"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("lead_unit", widget=forms.Select),
                FieldPanel("coordinating_units", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_news"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = ItemPage.search_fields + [
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    api_fields = [
        APIField("event_type"),
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        APIField("cancelled"),
        APIField("format"),
        APIField("online_url"),
        APIField("venue"),
        APIField("address"),
        APIField("host_country", serializer=RelatedObjectField(["iso_code", "name"])),
        APIField("participating_countries", serializer=RelatedListField(["iso_code", "name"])),
        APIField("lead_unit", serializer=RelatedObjectField(UNIT_API_ATTRIBUTES)),
        APIField("coordinating_units", serializer=RelatedListField(["code", "name"])),
        APIField("summary"),
        APIField("main_image", serializer=ImageRenditionField("fill-1200x675")),
        APIField("main_image_alt"),
        APIField("body"),
        APIField("outcomes"),
        APIField("themes", serializer=RelatedListField(["slug", "name"])),
    ]

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        # Listings are ordered by date then id: newest first and deep pages read from the end
        # (home/listings.py) walk this index instead of sorting every item.
        indexes = [models.Index(fields=["start", "page_ptr"], name="event_start_id")]

    @staticmethod
    def channel_index_model():
        return EventIndexPage

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end:
            if self.all_day:
                tz = timezone.get_current_timezone()
                self.start = datetime.datetime.combine(
                    timezone.localtime(self.start, tz).date(), datetime.time.min, tz
                )
                self.end = datetime.datetime.combine(
                    timezone.localtime(self.end, tz).date(), datetime.time(23, 59, 59), tz
                )
            if self.end < self.start:
                errors["end"] = _("The end of the event must not be before its start.")
        if self.format in (EventFormat.ONLINE, EventFormat.HYBRID) and not self.online_url:
            errors["online_url"] = _(
                "Give the online meeting address of an online or hybrid event."
            )
        if self.format in (EventFormat.IN_PERSON, EventFormat.HYBRID) and not self.venue:
            errors["venue"] = _("Give the venue of an event held in person.")
        errors.update(self.main_image_errors())
        if errors:
            raise ValidationError(errors)

    @property
    def status(self):
        if self.cancelled:
            return "cancelled"
        now = timezone.now()
        if self.start > now:
            return "upcoming"
        if self.end < now:
            return "past"
        return "ongoing"

    def get_status_display(self):
        return {
            "upcoming": _("Upcoming"),
            "ongoing": _("Ongoing"),
            "past": _("Past"),
            "cancelled": _("Cancelled"),
        }[self.status]

    def text_folded(self):
        return fold(
            " ".join([self.summary, self.venue, stream_text(self.body), stream_text(self.outcomes)])
        )

    @classmethod
    def for_listing(cls, queryset):
        return (
            queryset.defer_streamfields()
            .select_related("host_country", "locale")
            .prefetch_related(listing_image_prefetch())
        )

    localized_fields = ItemPage.localized_fields + (
        ("participating_countries", True),
        ("host_country", False),
    )

    localized_participating_countries = LocalizedRelation()
    localized_host_country = LocalizedRelation()

    def get_structured_data(self, request):
        attendance = {
            EventFormat.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
            EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
            EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
        }[self.format]
        locations = []
        if self.format != EventFormat.ONLINE:
            place = {"@type": "Place", "name": self.venue or self.title}
            address = {"@type": "PostalAddress"}
            if self.address:
                address["streetAddress"] = self.address
            if self.host_country:
                address["addressCountry"] = self.host_country.iso_code
            place["address"] = address
            locations.append(place)
        if self.format != EventFormat.IN_PERSON and self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        organizer = ministry_organization()
        if self.lead_unit:
            organizer = {
                "@type": "GovernmentOrganization",
                "name": self.lead_unit.name,
                "parentOrganization": ministry_organization(),
            }
            if self.lead_unit.website:
                organizer["url"] = self.lead_unit.website
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "eventStatus": "https://schema.org/EventCancelled"
            if self.cancelled
            else "https://schema.org/EventScheduled",
            "eventAttendanceMode": attendance,
            "location": locations[0] if len(locations) == 1 else locations,
            "organizer": organizer,
            "inLanguage": self.locale.language_code,
            "url": canonical_page(self).get_full_url(request),
        }
        if self.main_image:
            data["image"] = [
                request.build_absolute_uri(self.main_image.get_rendition("fill-1200x675").url)
            ]
        return data
