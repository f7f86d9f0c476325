from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press and reporters")

    def ready(self):
        from press.signal_handlers import register_signal_handlers

        register_signal_handlers()
