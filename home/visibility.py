"""One rule for "the public may see this page": every public output (pages, home, listings and
their filters, feeds, calendars, the sitemap, search, the content API and its related fields,
related items on pages, the feedback form's item, reporters' alerts) asks it here, and only here.

A page is public when:

- it is live and not past its expiry time (``expire_at``: between that time and the run of
  ``publish_scheduled`` Wagtail still has it live);
- no view restriction (sign-in, groups, or the shared password the project switched off) is set
  on it or on one of its ancestors;
- and, for an alias (a channel copy on another site, or a translation converted to an alias),
  the same holds for its original. Wagtail copies an original's restrictions to an alias only
  when the alias is created, and ``PageQuerySet.public()`` judges an alias by its own place in
  the tree, so a private original would otherwise stay public on every channel site
  (``home.signal_handlers`` also keeps the aliases' restrictions in step with their original's).

Site scoping is not part of this rule: each output keeps to the current site's tree
(``home.channels.site_home``, ``on_site``).

The rule is a SQL condition (``EXISTS`` over ``PageViewRestriction``), so it adds no query per
item, composes into subqueries and searches and, unlike Wagtail's ``public()``, runs no query
when it is built. Anonymous readers see exactly this; the content API applies it to everybody.
https://docs.wagtail.org/en/stable/reference/pages/queryset_reference.html#wagtail.query.PageQuerySet.public
"""

import threading

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import CollectionViewRestriction, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from home.versions import cache_seconds, kept


def _restricted(path):
    """True where a view restriction is set on the page whose tree path is the outer query's
    ``path`` field, or on one of its ancestors (an ancestor's path is a prefix of the page's)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(path), 1, Length("page__path"))
        )
    )


def _shown(prefix, now):
    return (
        Q(**{f"{prefix}live": True})
        & (Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now}))
        & ~Q(_restricted(f"{prefix}path"))
    )


def public_q(now=None):
    """The condition, for ``Page`` querysets and those of any page type."""
    now = now or timezone.now()
    return _shown("", now) & (Q(alias_of__isnull=True) | _shown("alias_of__", now))


def public_row_q(now=None):
    """The same condition, with an alias's original checked by a subquery (run for aliases
    only) instead of a join with every page: for a query that reads pages in an index order and
    stops after a few (the public search reads the newest first); there PostgreSQL joined, then
    sorted, every page of the language before reading the first."""
    now = now or timezone.now()
    original_shown = Page.objects.filter(_shown("", now), pk=OuterRef("alias_of_id"))
    return _shown("", now) & (Q(alias_of__isnull=True) | Q(Exists(original_shown)))


def visible(queryset):
    """``queryset`` (of ``Page`` or any page type) limited to what the public may see.

    As ``pk IN (subquery)``: a search backend accepts a filter on ``id`` (a ``FilterField`` of
    every page), not an ``EXISTS`` or a join through ``alias_of``, so searches keep the rule."""
    return queryset.filter(pk__in=Page.objects.filter(public_q()).values("pk"))


def public_annotation(page_id_field):
    """For ``.annotate()``: whether the page whose id is in ``page_id_field`` (a foreign key of
    the outer query) is public, read with the rows instead of by a query of its own."""
    return Exists(Page.objects.filter(public_q(), pk=OuterRef(page_id_field)))


def is_public(page):
    """Whether the public may see ``page`` (one query, by its primary key: ``visible()``'s
    ``IN (subquery)`` made PostgreSQL list every public page first, 33 ms at 24,000 pages)."""
    return page is not None and Page.objects.filter(public_q(), pk=page.pk).exists()


def _restricted_paths():
    return dict(PageViewRestriction.objects.values_list("page__path", "page_id"))


def restricted_ancestors(page):
    """Ids of ``page`` and of its ancestors that carry a view restriction, read from the map of
    restricted pages kept under the ``all`` version (every change of a restriction, move or
    deletion bumps it: ``page_cache.signal_handlers``); None when the map is not kept (no
    shared cache) or ``page`` is an alias (its original's ancestors count too: ask the
    database). A page's ancestors are the pages whose tree path is a prefix of its own."""
    if page.alias_of_id or not cache_seconds():
        return None
    paths = kept("restricted-paths", _restricted_paths)
    return [pk for path, pk in paths.items() if page.path.startswith(path)]


def is_served_publicly(page):
    """``is_public`` for a page Wagtail has just routed (its live state and expiry read with it),
    without a query when the map of restricted pages is kept."""
    restricted = restricted_ancestors(page)
    if restricted is None:
        return is_public(page)
    expired = page.expire_at is not None and page.expire_at <= timezone.now()
    return page.live and not expired and not restricted


def public_collections_q(prefix="collection__"):
    """Documents (or any model with a ``collection``) outside every private collection: Wagtail
    applies a collection's view restriction to the collections below it too."""
    return ~Q(
        Exists(
            CollectionViewRestriction.objects.filter(
                collection__path=Substr(OuterRef(f"{prefix}path"), 1, Length("collection__path"))
            )
        )
    )


class PortalPageQuerySet(PageQuerySet):
    """The page types' querysets: ``.visible()`` is the rule above."""

    def visible(self):
        return visible(self)


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


# Aliases' own restrictions ------------------------------------------------------------------
# Belt and braces beside the rule above: Wagtail checks an alias's own restrictions when it
# serves it, so they are kept equal to the original's whenever those change (home/apps.py
# connects ``home.signal_handlers``).

_syncing = threading.local()


def is_syncing():
    """True while ``sync_alias_restrictions`` writes: its own saves are not new changes."""
    return getattr(_syncing, "active", False)


def _restrictions_of(page):
    return {
        (r.restriction_type, r.password, frozenset(g.pk for g in r.groups.all()))
        for r in PageViewRestriction.objects.filter(page=page).prefetch_related("groups")
    }


def sync_alias_restrictions(page):
    """Give each alias of ``page`` exactly ``page``'s own view restrictions (as Wagtail does
    once, when it creates an alias). Returns the aliases that changed."""
    wanted = _restrictions_of(page)
    changed = []
    _syncing.active = True
    try:
        for alias in Page.objects.filter(alias_of=page):
            if _restrictions_of(alias) == wanted:
                continue
            PageViewRestriction.objects.filter(page=alias).delete()
            for restriction_type, password, groups in wanted:
                copy = PageViewRestriction(
                    page=alias, restriction_type=restriction_type, password=password
                )
                copy.save()
                copy.groups.set(groups)
            changed.append(alias)
    finally:
        _syncing.active = False
    return changed
