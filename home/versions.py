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

import contextlib
import contextvars
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


# The versions and kept values a request has read, while ``remembered()`` is active (the page
# cache's middleware wraps each request in it): one request reads each version once, so that
# everything it builds depends on the same versions, read before it was built.
_remembered = contextvars.ContextVar("portal_versions", default=None)


@contextlib.contextmanager
def remembered():
    token = _remembered.set({"versions": {}, "kept": {}})
    try:
        yield
    finally:
        _remembered.reset(token)


def read_versions(dependencies):
    """Current versions of ``dependencies``, creating those that are missing."""
    memo = _remembered.get()
    known = memo["versions"] if memo is not None else {}
    wanted = [dependency for dependency in dependencies if dependency not in known]
    versions = {dependency: known[dependency] for dependency in dependencies if dependency in known}
    if wanted:
        cache = get_cache()
        keys = {dependency: version_key(dependency) for dependency in wanted}
        found = cache.get_many(keys.values())
        missing = {}
        for dependency, key in keys.items():
            if key in found:
                versions[dependency] = found[key]
            else:
                versions[dependency] = missing[key] = uuid.uuid4().hex
        if missing:
            # Versions outlive the entries (no timeout): an entry is never older than them.
            cache.set_many(missing, timeout=None)
        known.update((dependency, versions[dependency]) for dependency in wanted)
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
        memo = _remembered.get()
        if memo is not None:  # this request reads them again from the cache
            memo["versions"].clear()
            memo["kept"].clear()

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


def kept_for_request(request, name, build, dependencies, timeout=None, store_if=None):
    """``kept`` for what a page shows that depends on the request only through its site and
    language (links, related items, rendered fragments): keyed by scheme, host and language as
    well. Previews are built each time (a draft may differ from what is live)."""
    if request is None or getattr(request, "is_preview", False):
        return build()
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: nothing is kept for it
        return build()
    key = f"{name}:{request.scheme}:{host}:{get_language()}"
    return kept(key, build, dependencies, timeout or cache_seconds(), store_if)


def kept(name, build, dependencies=(ALL,), timeout=3600, store_if=None):
    """``build()``, kept under ``name`` until one of ``dependencies`` changes, when the shared
    cache is on (``PAGE_CACHE_SECONDS``): a per-process cache could not be invalidated in the
    other processes. Otherwise built each time. A value for which ``store_if(value)`` is false
    is returned but not kept."""
    if not cache_seconds():
        return build()
    cache = get_cache()
    versions = read_versions(dependencies)
    stamp = ":".join(versions[dependency] for dependency in dependencies)
    key = f"{KEY_PREFIX}:k:{name}:{stamp}"
    memo = _remembered.get()
    value = memo["kept"].get(key, _MISSING) if memo is not None else _MISSING
    if value is _MISSING:
        value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if store_if is not None and not store_if(value):
            return value
        cache.set(key, value, timeout=timeout)
    if memo is not None:
        memo["kept"][key] = value
    return value
