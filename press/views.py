from django import forms
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.bounds import BoundedModelMultipleChoiceField
from news.models import Theme
from press.alerts import send_confirmation
from press.models import AlertSubscription, rate_limited
from workflows.models import Unit


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"))
    themes = BoundedModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    units = BoundedModelMultipleChoiceField(
        label=_("Units"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the Ministry of Home Affairs keeps my e-mail address and my choices to "
            "send me these alerts, until I unsubscribe (Decree 13/2023/NĐ-CP)."
        ),
        error_messages={"required": _("Your consent is needed to send you alerts.")},
    )
    website_address = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = get_language()
        self.fields["themes"].queryset = Theme.objects.filter(locale__language_code=language)
        self.fields["units"].queryset = Unit.objects.filter(
            locale__language_code=language
        ).order_by("name")

    def clean(self):
        data = super().clean()
        if not data.get("themes") and not data.get("units"):
            raise forms.ValidationError(_("Choose at least one theme or unit."))
        return data


@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if not form.cleaned_data["website_address"] and not rate_limited(request):
                subscription, _created = AlertSubscription.objects.get_or_create(
                    email=form.cleaned_data["email"].lower(),
                    language=get_language(),
                    defaults={"consent_at": timezone.now()},
                )
                subscription.themes.set(form.cleaned_data["themes"])
                subscription.units.set(form.cleaned_data["units"])
                subscription.consent_at = timezone.now()
                if subscription.unsubscribed_at:
                    subscription.unsubscribed_at = None
                    subscription.confirmed_at = None
                subscription.save()
                if subscription.confirmed_at is None:
                    send_confirmation(subscription)
            # The same answer whether or not the address was known.
            return TemplateResponse(request, "press/alerts_check_mailbox.html", {})
        status = 400
    return TemplateResponse(request, "press/alerts_subscribe.html", {"form": form}, status=status)


def confirm(request, token):
    subscription = get_object_or_404(AlertSubscription, token=token, unsubscribed_at__isnull=True)
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return TemplateResponse(request, "press/alerts_confirmed.html", {"subscription": subscription})


@csrf_exempt  # RFC 8058 one-click unsubscribe posts without a form; the token is the secret.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscription = get_object_or_404(AlertSubscription, token=token)
    if request.method == "POST" and subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
    return TemplateResponse(
        request, "press/alerts_unsubscribe.html", {"subscription": subscription}
    )
