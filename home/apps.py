from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import pre_delete
        from wagtail.signals import page_published

        from home.channels import on_page_deleted, on_page_published

        # Channel aliases of news and events (home/channels.py).
        page_published.connect(on_page_published, dispatch_uid="home_channel_aliases")
        pre_delete.connect(on_page_deleted, dispatch_uid="home_channel_aliases_delete")
