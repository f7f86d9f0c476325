"""The client's address, behind the portal's reverse proxies.

nginx appends the address it received the request from to X-Forwarded-For. With
``TRUSTED_PROXY_COUNT = n`` the client is the n-th address from the right: whatever the client
itself put further left is ignored, so a forged header cannot choose the address used for the
sign-in lockout, the feedback rate limit or the audit log.
https://docs.djangoproject.com/en/5.2/ref/request-response/#django.http.HttpRequest.META
"""

import contextvars
import ipaddress

from django.conf import settings


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    remote = _valid(request.META.get("REMOTE_ADDR", "") or "") or "0.0.0.0"  # noqa: S104 -- a value, not a bind address
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [item for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if item]
    if len(forwarded) < proxies:
        # The request did not come through all the proxies: trust only the connection.
        return remote
    return _valid(forwarded[-proxies]) or remote


# The request being answered, for the audit log's signal receivers (who did it, from where);
# set by ``security.middleware.AuditRequestMiddleware``.
current_request = contextvars.ContextVar("current_request", default=None)
