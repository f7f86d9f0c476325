from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        from home.signal_handlers import register_signal_handlers
        from home.spreadsheets import protect_wagtail_exports
        from home.widgets import register_slug_widget

        register_slug_widget()

        # Every CSV export of Wagtail's and the portal's views writes formulas as text.
        protect_wagtail_exports()

        register_signal_handlers()
