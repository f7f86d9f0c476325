"""Receivers of the base app, connected in ``HomeConfig.ready()``: changes of privacy and the
channel aliases of news and events (``home/channels.py``).

A view restriction sends no page signal (no publication): without these, an alias would keep
the restrictions its original had when the alias was made, and the page cache and the proxy
would keep serving a page that has just become private, or keep a page off the site that has
just become public.
https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published

from home.channels import on_page_deleted, on_page_published
from home.visibility import is_syncing, sync_alias_restrictions


def changed_restrictions(sender, instance, kwargs):
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
    """Keep the page's aliases' restrictions equal to its own (the page cache purges them in
    its own receiver, ``page_cache.signal_handlers``)."""
    if is_syncing():
        return  # the aliases' copies being written: their original's change purges them
    for restriction in changed_restrictions(sender, instance, kwargs):
        page = Page.objects.filter(pk=restriction.page_id).first()
        if page is not None:
            sync_alias_restrictions(page)


def register_signal_handlers():
    model = PageViewRestriction
    uid = f"home_privacy_{model._meta.label_lower}"
    post_save.connect(page_privacy_changed, sender=model, dispatch_uid=uid)
    post_delete.connect(page_privacy_changed, sender=model, dispatch_uid=uid)
    m2m_changed.connect(page_privacy_changed, sender=model.groups.through, dispatch_uid=uid)

    # Channel aliases of news and events (home/channels.py).
    page_published.connect(on_page_published, dispatch_uid="home_channel_aliases")
    pre_delete.connect(on_page_deleted, dispatch_uid="home_channel_aliases_delete")
