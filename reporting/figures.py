"""What each unit actually published in a year, counted from the pages themselves.

A result is a live page: news counted by their publication date's year, events by their start's
year (cancelled events are not held). Drafts, items in review and unpublished items are not
results. Every figure is computed with a fixed number of queries, whatever the number of items.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import Page

from events.models import EventFormat, EventPage, EventType
from home.channels import originals
from news.models import NewsPage, Theme
from workflows.models import Unit


@dataclass
class UnitFigures:
    unit: Unit
    news_vi: int = 0
    news_en: int = 0
    events_vi: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    events_by_format: Counter = field(default_factory=Counter)
    items_by_theme: Counter = field(default_factory=Counter)
    items_vi: int = 0
    items_vi_with_english: int = 0
    # Sites where the unit's Vietnamese items appeared, summed over the items (home/channels.py).
    channel_appearances: int = 0
    items: list = field(default_factory=list)

    @property
    def english_share(self):
        """Share (0-100) of the unit's Vietnamese items that have a live English twin."""
        if not self.items_vi:
            return 0
        return round(100 * self.items_vi_with_english / self.items_vi)

    def as_dict(self):
        return {
            "unit": self.unit.code,
            "unit_name": self.unit.name,
            "news_vi": self.news_vi,
            "news_en": self.news_en,
            "events_vi": self.events_vi,
            "events_by_type": dict(self.events_by_type),
            "events_by_format": dict(self.events_by_format),
            "items_by_theme": dict(self.items_by_theme),
            "english_share": self.english_share,
            "channel_appearances": self.channel_appearances,
            "items": self.items,
        }


def _with_english_twin(queryset, model):
    english = model.objects.live().filter(
        translation_key=OuterRef("translation_key"), locale__language_code="en"
    )
    return queryset.annotate(has_english=Exists(english))


def _with_channel_count(queryset):
    """``channel_count``: the sites where each item appeared, its own and those where a live channel
    alias shows it, in one subquery (no query per item)."""
    aliases = (
        Page.objects.filter(alias_of=OuterRef("pk"), live=True)
        .exclude(translation_key=OuterRef("translation_key"))
        .order_by()
        .values("alias_of")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(channel_count=Coalesce(Subquery(aliases), 0) + 1)


def compute(year, unit_keys=None, theme_key=None, request=None):
    """``{unit translation key: UnitFigures}`` for ``year``, for the Vietnamese units (all, or
    those with ``unit_keys``), optionally only items of one theme."""
    units = Unit.objects.filter(locale__language_code="vi").order_by("name")
    if unit_keys is not None:
        units = units.filter(translation_key__in=unit_keys)
    figures = {unit.translation_key: UnitFigures(unit=unit) for unit in units}
    themes = {
        theme.translation_key: theme.name
        for theme in Theme.objects.filter(locale__language_code="vi")
    }

    # An item shown on other sites is still one result: its channel aliases are not counted.
    news = originals(NewsPage.objects.live().filter(publication_date__year=year))
    events = originals(EventPage.objects.live().filter(start__year=year, cancelled=False))
    if theme_key:
        news = news.filter(themes__translation_key=theme_key).distinct()
        events = events.filter(themes__translation_key=theme_key).distinct()
    news = news.filter(lead_unit__translation_key__in=figures.keys())
    events = events.filter(lead_unit__translation_key__in=figures.keys())

    for row in news.values("lead_unit__translation_key", "locale__language_code"):
        entry = figures[row["lead_unit__translation_key"]]
        if row["locale__language_code"] == "en":
            entry.news_en += 1
        else:
            entry.news_vi += 1

    events_vi = events.filter(locale__language_code="vi")
    for row in events_vi.values("lead_unit__translation_key", "event_type", "format"):
        entry = figures[row["lead_unit__translation_key"]]
        entry.events_vi += 1
        entry.events_by_type[row["event_type"]] += 1
        entry.events_by_format[row["format"]] += 1

    # Themes and English twins of the Vietnamese items; their list with links and dates.
    theme_rows = defaultdict(set)
    for model, items, date_field in (
        (NewsPage, news.filter(locale__language_code="vi"), "publication_date"),
        (EventPage, events_vi, "start"),
    ):
        for row in model.objects.filter(pk__in=items.values("pk")).values(
            "pk", "themes__translation_key"
        ):
            if row["themes__translation_key"]:
                theme_rows[(model, row["pk"])].add(row["themes__translation_key"])
        listing = _with_channel_count(
            _with_english_twin(model.objects.filter(pk__in=items.values("pk")), model)
        ).values(
            "pk",
            "title",
            "url_path",
            date_field,
            "has_english",
            "channel_count",
            "lead_unit__translation_key",
        )
        for row in listing.order_by(date_field, "pk"):
            entry = figures[row["lead_unit__translation_key"]]
            entry.items_vi += 1
            entry.items_vi_with_english += int(row["has_english"])
            entry.channel_appearances += row["channel_count"]
            for key in theme_rows[(model, row["pk"])]:
                entry.items_by_theme[themes.get(key, key)] += 1
            entry.items.append(
                {
                    "id": row["pk"],
                    "type": str(model._meta.verbose_name),
                    "title": row["title"],
                    "date": row[date_field].date().isoformat(),
                    "english": bool(row["has_english"]),
                    "channels": row["channel_count"],
                }
            )
    return figures


EVENT_TYPES = dict(EventType.choices)
EVENT_FORMATS = dict(EventFormat.choices)
