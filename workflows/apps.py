from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from workflows.signal_handlers import register_signal_handlers

        register_signal_handlers()
