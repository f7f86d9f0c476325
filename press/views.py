from django import forms
from django.http import FileResponse, Http404, HttpResponseBadRequest, StreamingHttpResponse
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
from press.media_kit import file_name, photos_of, stream_zip, within_bound
from press.models import AlertSubscription, rate_limited
from press.reporters import Reporter
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
                # A confirmed subscription changes only when its inbox confirms the change.
                subscription.request_change(form.cleaned_data["themes"], form.cleaned_data["units"])
                send_confirmation(subscription)
            # The same answer whether or not the address was known.
            return TemplateResponse(request, "press/alerts_check_mailbox.html", {})
        status = 400
    return TemplateResponse(request, "press/alerts_subscribe.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link in the confirmation e-mail opens a page with a button: mail scanners and link
    previews open links, and only the person who presses the button confirms."""
    subscription = get_object_or_404(AlertSubscription, token=token, unsubscribed_at__isnull=True)
    if request.method == "POST":
        subscription.confirm()
        return TemplateResponse(
            request, "press/alerts_confirmed.html", {"subscription": subscription}
        )
    return TemplateResponse(request, "press/alerts_confirm.html", {"subscription": subscription})


# The one view without CSRF protection: mail clients unsubscribe by posting
# "List-Unsubscribe=One-Click" to the address in the List-Unsubscribe header (RFC 8058), with
# no form and no cookie. The token in the address, sent only to the inbox, is what authorises
# it; opening the address (GET) shows a button and changes nothing.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscription = get_object_or_404(AlertSubscription, token=token)
    if request.method == "POST" and subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
    return TemplateResponse(
        request, "press/alerts_unsubscribe.html", {"subscription": subscription}
    )


# The media kit (press/media_kit.py) ------------------------------------------------------


def photo_download(request, page_id, image_id):
    """One photo of a public release or event at full resolution, as a download."""
    photos = photos_of(page_id)
    photo = next((p for p in photos or () if p.image.pk == image_id), None)
    if photo is None:
        raise Http404
    response = FileResponse(
        photo.image.file.open("rb"), as_attachment=True, filename=file_name(1, photo)[3:]
    )
    return response


def photos_zip(request, page_id):
    """All the photos of a public release or event, as a zip streamed as it is written."""
    photos = photos_of(page_id)
    if not photos:
        raise Http404
    kept, omitted = within_bound(photos)
    response = StreamingHttpResponse(stream_zip(kept, omitted), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="photos-{page_id}.zip"'
    return response


# The reporters' network: a reporter's own page (press/reporters.py) -----------------------


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I agree that the Ministry of Home Affairs keeps the data above to send me press "
            "releases, under embargo, and information on ASEAN cooperation, until I withdraw "
            "(Decree 13/2023/NĐ-CP)."
        ),
        error_messages={"required": _("Tick the box to give your consent.")},
    )


@require_http_methods(["GET", "POST"])
def reporter_self_service(request, token):
    """What the portal keeps about a reporter, their consent and its withdrawal, through the
    signed link sent to them. Withdrawing erases the record at once."""
    reporter = Reporter.from_token(token)
    if reporter is None:
        raise Http404
    form = ConsentForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "withdraw":
            reporter.delete()
            return TemplateResponse(request, "press/reporter_withdrawn.html", {})
        if action == "consent":
            form = ConsentForm(request.POST)
            if form.is_valid():
                reporter.give_consent()
                form = ConsentForm()
            else:
                status = 400
        else:
            return HttpResponseBadRequest(_("Unknown action."))
    return TemplateResponse(
        request,
        "press/reporter_self_service.html",
        {"reporter": reporter, "form": form},
        status=status,
    )
