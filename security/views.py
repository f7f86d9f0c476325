"""Pages of the security app that are not part of two-step sign-in."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from . import audit
from .otp import issue_enrolment_code, reset_devices
from .users import may_manage_user


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once a user name and address have failed too often: 429, in the
    reader's language, saying how long to wait and what to do, and nothing about the account."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered now: django-axes returns it from its middleware, after template responses
    # have been rendered.
    return render(
        request,
        "security/locked_out.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )


@require_http_methods(["GET", "POST"])
def reset_two_factor(request, user_id):
    """An administrator removes a user's devices (a lost phone, or a first sign-in) and issues
    the one-time enrolment code with which the user sets up a new one. GET asks for
    confirmation; POST does it and shows the code, once."""
    if not request.user.has_perm("auth.change_user"):
        raise PermissionDenied
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not may_manage_user(request.user, user) or user.pk == request.user.pk:
        raise PermissionDenied
    if request.method == "GET":
        return TemplateResponse(request, "security/reset_two_factor_confirm.html", {"target": user})
    reset_devices(user)
    code = issue_enrolment_code(user, issued_by=request.user)
    audit.record("two_factor_reset", target=user.get_username())
    response = TemplateResponse(
        request, "security/enrolment_code_issued.html", {"target": user, "code": code}
    )
    response["Cache-Control"] = "no-store"
    return response
