from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press and reporters")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, workflow_approved

        from press.alerts import on_page_published
        from press.embargo import on_workflow_approved
        from press.signal_handlers import on_release_published

        page_published.connect(on_page_published, dispatch_uid="press_item_alerts")
        # Releases under embargo go to the reporters' network once approved (press/embargo.py).
        workflow_approved.connect(on_workflow_approved, dispatch_uid="press_embargo_sending")
        page_published.connect(on_release_published, dispatch_uid="press_release_purge")
        page_unpublished.connect(on_release_published, dispatch_uid="press_release_unpurge")
