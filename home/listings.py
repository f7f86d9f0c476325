"""Listings that cost the same with 100 items or 10,000: the paginator's count and the years of
the filter forms are kept per ``listings`` version (page_cache/cache.py), and deep pages are read
from the end of the list.

Counting the visible items and listing their years scan every item on every request, and
``OFFSET`` reads every row before the page it returns; at 10,000 items that was most of the
time of an index page (docs/performance.md). The ``listings`` version changes with every
publication, unpublication, move and deletion, so a kept count or list of years is never older
than the items: they are kept only while the page cache is on (``PAGE_CACHE_SECONDS``), which is
when its versions are shared by every worker. Only numbers are kept: the items shown are always
read from the database through the visibility rule.
https://docs.djangoproject.com/en/5.2/topics/pagination/
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property
from django.utils.translation import get_language

from home.versions import KEY_PREFIX, LISTINGS, cache_seconds, get_cache, read_versions


def listing_value(name, build):
    """``build()``, kept until the next publication (and at most ``PAGE_CACHE_SECONDS``: a count
    of upcoming events also changes with the clock)."""
    seconds = cache_seconds()
    if not seconds:
        return build()
    cache = get_cache()
    version = read_versions([LISTINGS])[LISTINGS]
    key = f"{KEY_PREFIX}:l:{name}:{get_language()}:{version}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=seconds)
    return value


def years(queryset, field, name):
    """The years of ``field`` among ``queryset``, newest first (a filter form's choices)."""
    return listing_value(
        f"years:{name}",
        lambda: sorted({d.year for d in queryset.dates(field, "year")}, reverse=True),
    )


class ListingPaginator(Paginator):
    """A paginator whose count is kept under ``count_key`` (what identifies the list: page,
    filters), and which reads the pages of the second half of an ordered queryset from its end:
    ``ORDER BY ... DESC`` reversed, with a small ``OFFSET``, instead of skipping every row."""

    def __init__(self, object_list, per_page, count_key=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        if self.count_key is None:
            return super().count
        return listing_value(f"count:{self.count_key}", lambda: Paginator.count.func(self))

    def page(self, number):
        number = self.validate_number(number)
        items = self.object_list
        if self.count_key is None or not cache_seconds() or not isinstance(items, QuerySet):
            return self._read_page(number)
        # The ids of the page are kept with the count (until the next publication, at most
        # PAGE_CACHE_SECONDS): the page is then read by primary key, through the same queryset
        # (its visibility rule, related rows and prefetches), whatever the size of the list.
        ids = listing_value(
            f"ids:{self.count_key}:{number}",
            lambda: [item.pk for item in self._read_page(number).object_list],
        )
        found = {item.pk: item for item in items.filter(pk__in=ids)}
        return self._get_page([found[pk] for pk in ids if pk in found], number, self)

    def _read_page(self, number):
        items = self.object_list
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        if (
            isinstance(items, QuerySet)
            and items.ordered
            and items.query.order_by
            and bottom > self.count // 2
        ):
            # The ordering must be total (the listings end with the primary key) for both ends
            # to agree on each page.
            rows = list(items.reverse()[self.count - top : self.count - bottom])
            rows.reverse()
            return self._get_page(rows, number, self)
        return super().page(number)


def paginate_listing(request, items, count_key, per_page=None):
    """Like ``home.mixins.paginate`` (a bad page number gives the first or last page), with
    the count kept under ``count_key``."""
    paginator = ListingPaginator(items, per_page or settings.PORTAL_PAGE_SIZE, count_key)
    return paginator.get_page(request.GET.get("page"))
