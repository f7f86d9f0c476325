"""Two-step sign-in for the admin, with django-otp.

Who must use it: everyone who holds publish, user management, settings or approval power,
derived from permissions and unit roles (``holds_power``), so that a new group with such a
permission cannot slip through. Anyone else who has set up a device must use it too. In
production a user who must use it sets up their first device only with a one-time code that an
administrator issues (``issue_enrolment_code``): the password alone is not enough. The first
step is Wagtail's own sign-in (locked out by django-axes after repeated failures);
``security.middleware.TwoFactorMiddleware`` then sends the user here before any other admin page.
https://django-otp-official.readthedocs.io/en/stable/overview.html
"""

import base64
import io
import secrets

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model
from django.contrib.auth.hashers import check_password, make_password
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import GroupPagePermission, Task

from workflows.models import UnitMembership

from . import audit
from .models import EnrolmentCode

SETUP_SESSION_KEY = "security_otp_setup_device"
ENROLMENT_SESSION_KEY = "security_otp_enrolment_code_accepted"
RECOVERY_CODES = 10
ENROLMENT_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _power_permissions():
    """Model permissions that manage users, groups, settings or the review chain."""
    user_app = get_user_model()._meta.app_label
    labels = {f"{user_app}.{action}_user" for action in ("add", "change", "delete")}
    labels |= {f"auth.{action}_group" for action in ("add", "change", "delete")}
    labels |= {
        f"wagtailcore.{action}_{model}"
        for action in ("add", "change")
        for model in (
            "workflow",
            "task",
        )
    }
    labels |= {
        f"{model._meta.app_label}.change_{model._meta.model_name}" for model in settings_registry
    }
    return labels


def holds_power(user):
    """Whether ``user`` can publish, manage users or groups, change settings or the review
    chain, or approve: the one test of who must use two-step sign-in."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    permissions = user.get_all_permissions()
    if permissions & _power_permissions():
        return True
    if any(label.split(".", 1)[1].startswith("publish_") for label in permissions):
        return True  # publishing snippets or other models with drafts
    if GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exists():
        return True
    if UnitMembership.objects.filter(user=user, role__in=UnitMembership.REVIEWER_ROLES).exists():
        return True
    # Any review step whose reviewers are groups (the editorial board's, Wagtail's own).
    for task in Task.objects.filter(active=True).specific():
        groups = getattr(task, "groups", None)
        if groups is not None and groups.filter(user=user).exists():
            return True
    return False


def requires_two_factor(user):
    """Whether the user's powers make two-step sign-in compulsory."""
    if not getattr(settings, "PORTAL_TWO_FACTOR_REQUIRED", True):
        return False
    return holds_power(user)


def issue_enrolment_code(user, issued_by=None):
    """A new one-time enrolment code for ``user`` (earlier unused ones stop working); only its
    hash is stored, so it is shown once, to the administrator who passes it on."""
    EnrolmentCode.objects.filter(user=user, used_at=None).delete()
    raw = "".join(secrets.choice(ENROLMENT_CODE_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    EnrolmentCode.objects.create(user=user, code_hash=make_password(raw), issued_by=issued_by)
    return code


def redeem_enrolment_code(user, code):
    """Whether ``code`` is a valid, unused, unexpired code of ``user``; it is used up."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    now = timezone.now()
    candidates = EnrolmentCode.objects.filter(
        user=user, used_at=None, created_at__gt=now - EnrolmentCode.VALIDITY
    )
    for candidate in candidates:
        if check_password(raw, candidate.code_hash):
            # Conditional update: two requests racing with one code cannot both use it.
            return bool(
                EnrolmentCode.objects.filter(pk=candidate.pk, used_at=None).update(used_at=now)
            )
    return False


def enrolment_code_needed(request):
    """A user who must use two-step sign-in and has no device yet proves with an
    administrator's code, not only the password, that they are who sets up the device."""
    user = request.user
    return (
        getattr(settings, "PORTAL_TWO_FACTOR_ENROLMENT_CODE", True)
        and not user.is_verified()
        and not user_has_device(user, confirmed=True)
        and not request.session.get(ENROLMENT_SESSION_KEY)
        and requires_two_factor(user)
    )


class EnrolmentCodeForm(forms.Form):
    enrolment_code = forms.CharField(
        label=_("Enrolment code"),
        max_length=40,
        help_text=_(
            "The one-time code an administrator gave you for setting up two-step sign-in. "
            "It is valid for 24 hours."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autofocus": True}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_enrolment_code(self):
        code = self.cleaned_data["enrolment_code"]
        if not redeem_enrolment_code(self.user, code):
            raise forms.ValidationError(
                _(
                    "This enrolment code is not valid: it may be mistyped, used already or "
                    "older than 24 hours. Ask an administrator for a new one."
                ),
                code="invalid",
            )
        return code


def needs_two_factor(user):
    """None when the user may go on; "verify" when they must pass the second step; "setup"
    when they must first set up a device."""
    if user.is_verified():
        return None
    if user_has_device(user, confirmed=True):
        return "verify"
    if requires_two_factor(user):
        return "setup"
    return None


def safe_next(request, default_name="wagtailadmin_home"):
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME) or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(default_name)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        help_text=_(
            "The six-digit code shown by your authenticator app, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, user, *args, devices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.devices = devices
        self.device = None

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split()).lower()
        devices = self.devices if self.devices is not None else devices_for_user(self.user)
        for device in devices:
            allowed, _data = device.verify_is_allowed()
            if not allowed:
                raise forms.ValidationError(
                    _("Too many wrong codes. Wait a moment, then try again."),
                    code="throttled",
                )
            if device.verify_token(token):
                self.device = device
                return token
        raise forms.ValidationError(
            _("This code is not valid. Check the time on your phone and try again."),
            code="invalid",
        )


@sensitive_post_parameters("token")
@never_cache
def verify(request):
    if not request.user.is_authenticated:
        return redirect(reverse("wagtailadmin_login"))
    if request.user.is_verified():
        return redirect(safe_next(request))
    if not user_has_device(request.user, confirmed=True):
        return redirect(f"{reverse('security_otp_setup')}?{request.GET.urlencode()}")
    form = TokenForm(request.user, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            otp_login(request, form.device)
            audit.record("two_factor_passed", request=request, target=request.user.get_username())
            return redirect(safe_next(request))
        audit.record("two_factor_failed", request=request, target=request.user.get_username())
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "security/otp_verify.html",
        {"form": form, "next": safe_next(request)},
        status=status,
    )


def _qr_svg(uri):
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    # Drop the XML declaration; the element goes straight into the page.
    return mark_safe(svg[svg.index("<svg") :])  # noqa: S308 -- generated by qrcode, no user input


def _pending_device(request):
    """The unconfirmed device of this setup, kept in the session until its first code works."""
    device_id = request.session.get(SETUP_SESSION_KEY)
    device = None
    if device_id:
        device = TOTPDevice.objects.filter(pk=device_id, user=request.user, confirmed=False).first()
    if device is None:
        TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
        device = TOTPDevice.objects.create(
            user=request.user, name=gettext("Authenticator app"), confirmed=False
        )
        request.session[SETUP_SESSION_KEY] = device.pk
    return device


@sensitive_post_parameters("token", "enrolment_code")
@never_cache
def setup(request):
    """Set up an authenticator app: scan the code, type the first code it shows. Only for a user
    without a device, or one who has already passed the second step this session."""
    user = request.user
    if not user.is_authenticated:
        return redirect(reverse("wagtailadmin_login"))
    if user_has_device(user, confirmed=True) and not user.is_verified():
        return redirect(f"{reverse('security_otp_verify')}?{request.GET.urlencode()}")
    if enrolment_code_needed(request):
        return _enrolment_code_step(request)
    device = _pending_device(request)
    form = TokenForm(user, request.POST or None, devices=[device])
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        request.session.pop(SETUP_SESSION_KEY, None)
        codes = issue_recovery_codes(user)
        otp_login(request, device)
        return TemplateResponse(
            request,
            "security/otp_recovery_codes.html",
            {"codes": codes, "next": safe_next(request)},
        )
    secret = base64.b32encode(device.bin_key).decode()
    return TemplateResponse(
        request,
        "security/otp_setup.html",
        {
            "form": form,
            "qr_code": _qr_svg(device.config_url),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "next": safe_next(request),
        },
        status=400 if request.method == "POST" else 200,
    )


def _enrolment_code_step(request):
    """Before any secret is shown: the administrator's one-time code."""
    form = EnrolmentCodeForm(request.user, request.POST or None)
    if request.method == "POST" and "enrolment_code" in request.POST:
        if form.is_valid():
            request.session[ENROLMENT_SESSION_KEY] = True
            return redirect(f"{reverse('security_otp_setup')}?{request.GET.urlencode()}")
        audit.record("two_factor_failed", request=request, target=request.user.get_username())
    return TemplateResponse(
        request,
        "security/otp_enrolment_code.html",
        {"form": form, "next": safe_next(request)},
        status=400 if request.method == "POST" else 200,
    )


def issue_recovery_codes(user):
    """Ten new single-use codes for when the phone is lost; earlier ones stop working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=gettext("Recovery codes"), defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def reset_devices(user):
    """Remove a user's devices (lost phone); they set up a new one at their next sign-in."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()
