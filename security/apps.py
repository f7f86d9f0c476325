from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class SecurityConfig(AppConfig):
    # The module holds a second configuration (PortalUsersConfig, for wagtail.users): without
    # this, "security" in INSTALLED_APPS would get a plain AppConfig and never run ready().
    default = True
    name = "security"
    verbose_name = _("Security")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            checks,  # noqa: F401 -- registers the deploy checks
            limits,
        )
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()

        # Wagtail's link chooser answers a POST without its URL field with a 500.
        limits.patch_wagtail_input_defects()


class PortalUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the portal's user and group views, which refuse escalation
    (``security/users.py``): https://docs.wagtail.org/en/stable/advanced_topics/customisation/custom_user_models.html"""

    user_viewset = "security.users.PortalUserViewSet"
    group_viewset = "security.users.PortalGroupViewSet"
