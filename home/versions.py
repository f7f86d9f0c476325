"""Versions of what cached values depend on, shared by every process through Django's cache.

A cached value records the versions it was built under; it is used only while they are current.
Bumping a version (``bump``) invalidates at once every value that depends on it, in every
process, without knowing those values' keys. The anonymous page cache (``page_cache``) is built
on these, and so are the values that make an uncached page cheap: the lists and counts of
listings (``home.listings``), the fragments every page shows (``site_fragment``) and the map of
view restrictions (``home.visibility``).

- ``all``: everything on the site (menu, footer settings, snippets, the page tree above the
  items, view restrictions);
- ``listings``: whatever lists pages: bumped by every publication, unpublication, move or
  deletion;
- ``path:<url path>`` and ``page:<id>``: one page.

Versions are random, so a version re-created after eviction can never match an old value; a
missing version is created at once, so a value built before the eviction is never used again.
"""

import hashlib
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.translation import get_language

ALL = "all"
LISTINGS = "listings"
KEY_PREFIX = "pagecache"


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def get_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def path_dependency(path):
    return f"path:{path}"


def page_dependency(page_id):
    return f"page:{page_id}"


def version_key(dependency):
    digest = hashlib.sha256(dependency.encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:v:{digest}"


def read_versions(dependencies):
    """Current versions of ``dependencies``, creating those that are missing."""
    cache = get_cache()
    keys = {dependency: version_key(dependency) for dependency in dependencies}
    found = cache.get_many(keys.values())
    versions, missing = {}, {}
    for dependency, key in keys.items():
        if key in found:
            versions[dependency] = found[key]
        else:
            versions[dependency] = missing[key] = uuid.uuid4().hex
    if missing:
        # Versions outlive the entries (no timeout): an entry is never older than its versions.
        cache.set_many(missing, timeout=None)
    return versions


def bump(dependencies):
    """Invalidate every entry that depends on one of ``dependencies``, now and again when the
    current transaction commits (a response rendered from data read before the commit is
    stored with the old version and is thus never served)."""
    keys = [version_key(dependency) for dependency in set(dependencies)]
    if not keys:
        return

    def new_versions():
        get_cache().set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)

    new_versions()
    transaction.on_commit(new_versions)


def bump_urls(urls):
    """Invalidate the pages at ``urls`` (absolute or not), whatever their host and query."""
    bump(path_dependency(urlsplit(url).path or "/") for url in urls)


_MISSING = object()


def site_fragment(name, build):
    """A value that many pages show (the menu, the footer settings, the feedback form's page),
    in the active language, kept until site-wide content changes (the ``all`` version). A
    fragment cache keyed by language: it saves the same queries on every uncached page."""
    cache = get_cache()
    version = read_versions([ALL])[ALL]
    key = f"{KEY_PREFIX}:f:{name}:{get_language()}:{version}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout=3600)
    return value


def kept(name, build, dependencies=(ALL,), timeout=3600):
    """``build()``, kept under ``name`` until one of ``dependencies`` changes, when the shared
    cache is on (``PAGE_CACHE_SECONDS``): a per-process cache could not be invalidated in the
    other processes. Otherwise built each time."""
    if not cache_seconds():
        return build()
    cache = get_cache()
    versions = read_versions(dependencies)
    stamp = ":".join(versions[dependency] for dependency in dependencies)
    key = f"{KEY_PREFIX}:k:{name}:{stamp}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout=timeout)
    return value
