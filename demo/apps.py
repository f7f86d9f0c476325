from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demonstration content: ``load_initial_data`` and ``create_random_data``."""

    name = "demo"
    verbose_name = _("Demonstration content")
