"""The reporters' feedback channel: a public form (Wagtail's form builder) for questions,
corrections and interview requests about an item, with consent, spam protection, a status and
an assigned unit, and deletion after a retention period."""

import datetime
import hashlib
import logging
import uuid

from anyascii import anyascii
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.coreutils import safe_snake_case
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.mixins import PortalPageMixin
from home.visibility import visible

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website_address"


class FeedbackFormField(AbstractFormField):
    page = ParentalKey("FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields")

    def get_field_clean_name(self):
        # "Thư điện tử" -> "thu_dien_tu" (Wagtail's own would write "thu_u0111ien_tu").
        return safe_snake_case(anyascii(self.label))


class FeedbackSubmission(AbstractFormSubmission):
    NEW, ASSIGNED, ANSWERED = "new", "assigned", "answered"
    STATUS_CHOICES = [(NEW, _("New")), (ASSIGNED, _("Assigned")), (ANSWERED, _("Answered"))]

    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=NEW)
    assigned_unit = models.ForeignKey(
        "workflows.Unit",
        verbose_name=_("assigned unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    item = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("item concerned"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)

    panels = [FieldPanel("status"), FieldPanel("assigned_unit")]

    class Meta:
        verbose_name = _("reporter's message")
        verbose_name_plural = _("reporters' messages")
        ordering = ["-submit_time"]

    def __str__(self):
        return f"{self.submit_time:%Y-%m-%d %H:%M} – {self.get_status_display()}"

    def get_data(self):
        return {**super().get_data(), "status": self.get_status_display()}


class FeedbackFormPage(PortalPageMixin, AbstractEmailForm):
    """Editors define the form's fields (name, outlet, e-mail, message...); the item
    concerned, the consent and a honeypot against robots are always added."""

    parent_page_types = ["home.HomePage", "home.PressPage"]
    subpage_types = []

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    consent_text = models.TextField(
        _("consent to the processing of personal data"),
        help_text=_("The statement the sender must accept (Decree 13/2023/NĐ-CP)."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    class Meta:
        verbose_name = _("reporters' feedback form")
        verbose_name_plural = _("reporters' feedback forms")

    def get_submission_class(self):
        return FeedbackSubmission

    def get_form_class(self):
        base = super().get_form_class()
        page = self

        class FeedbackForm(base):
            item = forms.IntegerField(widget=forms.HiddenInput, required=False)
            consent = forms.BooleanField(
                label=page.consent_text,
                required=True,
                error_messages={"required": _("Your consent is needed to process your message.")},
            )

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                # A field that people do not see and robots fill in.
                self.fields[HONEYPOT_FIELD] = forms.CharField(
                    required=False,
                    label=_("Leave this field empty"),
                    widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
                )

            def clean_item(self):
                pk = self.cleaned_data.get("item")
                if not pk:
                    return None
                return visible(Page.objects.filter(pk=pk)).specific().first()

        return FeedbackForm

    def get_data_fields(self):
        return super().get_data_fields() + [("status", _("Status"))]

    def item_from_request(self, request):
        try:
            pk = int(request.GET.get("item", ""))
        except ValueError:
            return None
        return visible(Page.objects.filter(pk=pk)).specific().first()

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                if form.cleaned_data.get(HONEYPOT_FIELD):
                    # A robot: thank it and keep nothing.
                    return self.render_landing_page(request, None, *args, **kwargs)
                if rate_limited(request):
                    context = self.get_context(request)
                    context.update(form=form, rate_limited=True)
                    return TemplateResponse(
                        request, self.get_template(request), context, status=429
                    )
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            status = 400
        else:
            item = self.item_from_request(request)
            form = self.get_form(
                page=self, user=request.user, initial={"item": item.pk if item else None}
            )
            status = 200
        context = self.get_context(request)
        context.update(form=form, item=form.initial.get("item") and self.item_from_request(request))
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        data = {
            name: value
            for name, value in form.cleaned_data.items()
            if name not in (HONEYPOT_FIELD, "item", "consent")
        }
        item = form.cleaned_data.get("item")
        unit = getattr(item, "lead_unit", None)
        submission = FeedbackSubmission.objects.create(
            page=self,
            form_data=data,
            item=item,
            assigned_unit=unit,
            status=FeedbackSubmission.ASSIGNED if unit else FeedbackSubmission.NEW,
            consent_at=timezone.now(),
        )
        transaction.on_commit(lambda: notify(self, submission, form))
        return submission


def client_key(request):
    """A hash of the client's address: enough to count its messages, without storing it."""
    from security.net import client_ip

    address = client_ip(request)
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def rate_limited(request):
    """At most PRESS_FEEDBACK_RATE_LIMIT messages per address per hour."""
    key = f"press-feedback:{client_key(request)}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.PRESS_FEEDBACK_RATE_LIMIT


def notify(page, submission, form):
    """Tell the assigned unit's press contact (and the form's own recipients); a failure to
    send is logged, never lost: the message is stored already."""
    recipients = []
    if submission.assigned_unit and submission.assigned_unit.press_contact_email:
        recipients.append(submission.assigned_unit.press_contact_email)
    if page.to_address:
        recipients += [address.strip() for address in page.to_address.split(",") if address.strip()]
    if not recipients:
        return
    item = submission.item
    subject = gettext("Reporter's message: %(item)s") % {"item": item.title if item else page.title}
    try:
        send_mail(subject, page.render_email(form), page.from_address or None, recipients)
    except Exception:
        logger.exception("Could not send the notification of feedback %s", submission.pk)


class AlertSubscription(models.Model):
    """A reporter's subscription to alerts on themes and units, in one language.

    Double opt-in: alerts go only to confirmed subscriptions (the address's owner clicked the
    link sent to it); consent and its time are kept; unsubscribing is one click."""

    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    themes = models.ManyToManyField("news.Theme", verbose_name=_("themes"), blank=True)
    units = models.ManyToManyField("workflows.Unit", verbose_name=_("units"), blank=True)
    token = models.UUIDField(_("token"), default=uuid.uuid4, unique=True, editable=False)
    consent_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    # Choices typed for a confirmed subscription, waiting for the inbox to confirm them: until
    # then the confirmed choices hold ({"themes": [ids], "units": [ids], "consent_at": iso}).
    pending_change = models.JSONField(_("change waiting for confirmation"), null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "language"], name="one_subscription_per_language"
            )
        ]

    def __str__(self):
        return f"{self.email} ({self.language})"

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None

    def request_change(self, themes, units):
        """Choices typed on the form. A confirmed, active subscription keeps its choices until
        the inbox confirms the change (anyone can type an address); otherwise the choices are
        set now and wait, like the subscription itself, for confirmation."""
        now = timezone.now()
        if self.is_active:
            self.pending_change = {
                "themes": [theme.pk for theme in themes],
                "units": [unit.pk for unit in units],
                "consent_at": now.isoformat(),
            }
            self.save(update_fields=["pending_change"])
            return
        self.consent_at = now
        self.unsubscribed_at = None
        self.confirmed_at = None
        self.pending_change = None
        self.save()
        self.themes.set(themes)
        self.units.set(units)

    def confirm(self):
        """The inbox confirmed (a POST from the link sent to it)."""
        if self.confirmed_at is None:
            self.confirmed_at = timezone.now()
        if self.pending_change:
            change = self.pending_change
            self.themes.set(change["themes"])
            self.units.set(change["units"])
            self.consent_at = datetime.datetime.fromisoformat(change["consent_at"])
            self.pending_change = None
        self.save()


class AlertDelivery(models.Model):
    """One alert about one item to one subscriber: created once, sent until it succeeds."""

    subscription = models.ForeignKey(
        AlertSubscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("alert delivery")
        verbose_name_plural = _("alert deliveries")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "page"], name="one_alert_per_item")
        ]

    def __str__(self):
        return f"{self.subscription} – {self.page_id}"


# Press releases and the reporters' network live in their own modules; the app's models are
# registered from here.
from press.releases import EmbargoSending, PressReleasePage, PressReleasePhoto  # noqa: E402
from press.reporters import Reporter  # noqa: E402

__all__ = [
    "AlertDelivery",
    "AlertSubscription",
    "EmbargoSending",
    "FeedbackFormField",
    "FeedbackFormPage",
    "FeedbackSubmission",
    "PressReleasePage",
    "PressReleasePhoto",
    "Reporter",
]
