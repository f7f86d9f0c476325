"""Receivers for changes of privacy, connected in ``HomeConfig.ready()``.

A view restriction sends no page signal (no publication): without these, an alias would keep
the restrictions its original had when the alias was made, and the page cache and the proxy
would keep serving a page that has just become private, or keep a page off the site that has
just become public.
https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from wagtail.models import BaseViewRestriction, Collection, Page

from home import cache_purge
from home.visibility import is_syncing, sync_alias_restrictions


def _changed_restrictions(sender, instance, kwargs):
    """The restrictions that a ``post_save``, ``post_delete`` or ``m2m_changed`` signal is
    about, or none when there is nothing to do."""
    if kwargs.get("raw"):  # loading fixtures
        return []
    action = kwargs.get("action")
    if action is not None:  # m2m_changed of the restriction's groups
        if not action.startswith("post_"):
            return []
        if not isinstance(instance, BaseViewRestriction):  # changed from the group's side
            return list(kwargs["model"].objects.filter(pk__in=kwargs.get("pk_set") or ()))
        return [instance]
    origin = kwargs.get("origin")
    if origin is not None:
        # post_delete: a restriction deleted with its page or collection needs nothing.
        model = getattr(origin, "model", type(origin))
        if not issubclass(model, BaseViewRestriction):
            return []
    return [instance]


def page_privacy_changed(sender, instance, **kwargs):
    """Keep the page's aliases' restrictions equal to its own, then purge."""
    if is_syncing():
        return  # the aliases' copies being written: their original's change purges them
    for restriction in _changed_restrictions(sender, instance, kwargs):
        page = Page.objects.filter(pk=restriction.page_id).first()
        if page is not None:
            sync_alias_restrictions(page)
            cache_purge.purge_privacy_change(page)


def collection_privacy_changed(sender, instance, **kwargs):
    for restriction in _changed_restrictions(sender, instance, kwargs):
        collection = Collection.objects.filter(pk=restriction.collection_id).first()
        if collection is not None:
            cache_purge.purge_document_privacy_change(collection)
