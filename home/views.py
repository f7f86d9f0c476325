from django.http import HttpResponsePermanentRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_default_language_prefix(request, rest=None):
    """Redirect ``/vi/<rest>`` to ``/<rest>``: Vietnamese pages live at the root.

    Leading slashes and backslashes are stripped so that ``/vi//evil.example`` cannot become a
    protocol-relative redirect to another host.
    """
    target = "/" + (rest or "").lstrip("/\\")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        target = "/"
    query = request.META.get("QUERY_STRING", "")
    if query:
        target = f"{target}?{query}"
    return HttpResponsePermanentRedirect(target)
