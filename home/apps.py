from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

        from events.models import Country
        from home import cache_purge, signal_handlers
        from home.channels import on_page_deleted, on_page_published
        from home.models import PortalSettings
        from home.spreadsheets import protect_wagtail_exports
        from news.models import Theme
        from workflows.models import Unit

        from .widgets import register_slug_widget

        register_slug_widget()

        # Every CSV export of Wagtail's and the portal's views writes formulas as text.
        protect_wagtail_exports()

        # Every page type: connected without a sender. Deleting a live page sends
        # page_unpublished first (wagtail.signal_handlers.pre_delete_page_unpublish).
        page_published.connect(cache_purge.on_page_published, dispatch_uid="page_cache_pub")
        page_unpublished.connect(cache_purge.on_page_unpublished, dispatch_uid="page_cache_unpub")
        pre_page_move.connect(cache_purge.on_pre_page_move, dispatch_uid="page_cache_pre_move")
        post_page_move.connect(cache_purge.on_post_page_move, dispatch_uid="page_cache_post_move")
        post_save.connect(cache_purge.on_page_saved, dispatch_uid="page_cache_page_saved")
        # Snippets and settings that pages display.
        for model in (Theme, Unit, Country, PortalSettings, Site):
            uid = f"page_cache_{model._meta.label_lower}"
            post_save.connect(cache_purge.on_snippet_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(cache_purge.on_snippet_changed, sender=model, dispatch_uid=uid)

        # Images and documents that live pages show (home/media.py).
        for model in (get_image_model(), get_document_model()):
            uid = f"page_cache_media_{model._meta.label_lower}"
            post_save.connect(cache_purge.on_media_changed, sender=model, dispatch_uid=uid)
            pre_delete.connect(cache_purge.on_media_changed, sender=model, dispatch_uid=uid)

        # Privacy changes: aliases follow their original, caches are purged.
        for model, receiver in (
            (PageViewRestriction, signal_handlers.page_privacy_changed),
            (CollectionViewRestriction, signal_handlers.collection_privacy_changed),
        ):
            uid = f"home_privacy_{model._meta.label_lower}"
            post_save.connect(receiver, sender=model, dispatch_uid=uid)
            post_delete.connect(receiver, sender=model, dispatch_uid=uid)
            m2m_changed.connect(receiver, sender=model.groups.through, dispatch_uid=uid)

        # Channel aliases of news and events (home/channels.py).
        page_published.connect(on_page_published, dispatch_uid="home_channel_aliases")
        pre_delete.connect(on_page_deleted, dispatch_uid="home_channel_aliases_delete")
