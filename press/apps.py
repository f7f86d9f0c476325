from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press and reporters")

    def ready(self):
        from wagtail.signals import page_published

        from press.alerts import on_page_published

        page_published.connect(on_page_published, dispatch_uid="press_item_alerts")
