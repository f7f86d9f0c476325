"""Response headers, the two-step sign-in check for the admin, and the request for the audit log."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from .net import current_request
from .otp import needs_two_factor

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: the strict one of ``CONTENT_SECURITY_POLICY`` on the public
    site, and ``CONTENT_SECURITY_POLICY_ADMIN`` in Wagtail's admin, whose editor needs inline
    styles and image previews from blob: URLs."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX) and parts.config is None:
            return PolicyParts(
                config=settings.CONTENT_SECURITY_POLICY_ADMIN,
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


class SecurityHeadersMiddleware:
    """Headers Django does not set itself: Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


# Views a signed-in user may reach before the second step: signing out, the second step
# itself, setting up a device when there is none yet, and the admin's static catalogues.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_otp_verify",
    "security_otp_setup",
}


class TwoFactorMiddleware:
    """A signed-in user who must use two-step sign-in and has not passed the second step this
    session is sent to it (or to set up a device first), whatever the address: the admin,
    private pages, private documents. The step cannot be skipped by typing another address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Every path, not only the admin's: a signed-in user who has not passed the second
        # step must not read private pages or documents with the password alone either.
        response = self.check(request)
        if response is not None:
            return response
        return self.get_response(request)

    def check(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            name = None
        if name in OPEN_VIEWS:
            return None
        requirement = needs_two_factor(user)
        if requirement is None:
            return None
        target = reverse("security_otp_verify" if requirement == "verify" else "security_otp_setup")
        home = reverse("wagtailadmin_home")
        next_url = request.get_full_path() if request.method == "GET" else home
        return redirect(f"{target}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")


class AuditRequestMiddleware:
    """Keeps the request at hand for the audit log's signal receivers (who did it, from where)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)
