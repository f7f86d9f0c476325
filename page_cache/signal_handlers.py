"""What changes purge the page cache and the reverse proxy (``page_cache.purge``), connected in
``PageCacheConfig.ready()``."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from events.models import Country
from home.models import PortalSettings
from home.signal_handlers import changed_restrictions
from home.visibility import is_syncing
from news.models import Theme
from page_cache import purge
from workflows.models import Unit


def page_privacy_changed(sender, instance, **kwargs):
    """A page's restrictions changed: after home's receiver has given its aliases the same
    ones (home is installed first, so its receiver runs first), purge them all."""
    if is_syncing():
        return  # the aliases' copies being written: their original's change purges them
    for restriction in changed_restrictions(sender, instance, kwargs):
        page = Page.objects.filter(pk=restriction.page_id).first()
        if page is not None:
            purge.purge_privacy_change(page)


def collection_privacy_changed(sender, instance, **kwargs):
    for restriction in changed_restrictions(sender, instance, kwargs):
        collection = Collection.objects.filter(pk=restriction.collection_id).first()
        if collection is not None:
            purge.purge_document_privacy_change(collection)


def register_signal_handlers():
    # Every page type: connected without a sender. Deleting a live page sends
    # page_unpublished first (wagtail.signal_handlers.pre_delete_page_unpublish).
    page_published.connect(purge.on_page_published, dispatch_uid="page_cache_pub")
    page_unpublished.connect(purge.on_page_unpublished, dispatch_uid="page_cache_unpub")
    pre_page_move.connect(purge.on_pre_page_move, dispatch_uid="page_cache_pre_move")
    post_page_move.connect(purge.on_post_page_move, dispatch_uid="page_cache_post_move")
    post_save.connect(purge.on_page_saved, dispatch_uid="page_cache_page_saved")
    # Snippets and settings that pages display.
    for model in (Theme, Unit, Country, PortalSettings, Site):
        uid = f"page_cache_{model._meta.label_lower}"
        post_save.connect(purge.on_snippet_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(purge.on_snippet_changed, sender=model, dispatch_uid=uid)

    # Images and documents that live pages show (home/media.py).
    for model in (get_image_model(), get_document_model()):
        uid = f"page_cache_media_{model._meta.label_lower}"
        post_save.connect(purge.on_media_changed, sender=model, dispatch_uid=uid)
        pre_delete.connect(purge.on_media_changed, sender=model, dispatch_uid=uid)

    # Privacy changes.
    for model, receiver in (
        (PageViewRestriction, page_privacy_changed),
        (CollectionViewRestriction, collection_privacy_changed),
    ):
        uid = f"page_cache_privacy_{model._meta.label_lower}"
        post_save.connect(receiver, sender=model, dispatch_uid=uid)
        post_delete.connect(receiver, sender=model, dispatch_uid=uid)
        m2m_changed.connect(receiver, sender=model.groups.through, dispatch_uid=uid)
