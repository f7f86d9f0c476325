"""The ASEAN reporters' network, managed by the International Cooperation Department.

Personal data under Decree 13/2023/NĐ-CP: a reporter entered by the ICD is a candidate until
they themselves give consent, with its time, through the signed link sent to their address
(``press.views.reporter_self_service``); only then are they a member who receives releases
under embargo. Through the same link they see what is kept about them and withdraw: their
record is erased at once. Records are deleted after a retention period like the reporters'
messages (``manage.py purge_reporters``).
"""

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

SIGNING_SALT = "press.reporter.self-service"


class ReporterQuerySet(models.QuerySet):
    def network(self):
        """The network's members: consent given by the reporter and not withdrawn. The one
        rule for who receives releases under embargo."""
        return self.filter(consent_at__isnull=False, withdrawn_at__isnull=True)


class Reporter(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    outlet = models.CharField(_("press agency"), max_length=200)
    beat = models.CharField(_("beat"), max_length=200, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=50,
        blank=True,
        help_text=_("The languages the reporter writes in, for example: Tiếng Việt, English."),
    )
    language = models.CharField(
        _("language of the mails"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="vi",
        help_text=_("Releases are sent in this language."),
    )
    email = models.EmailField(_("e-mail"), unique=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    alert_subscriptions = models.ManyToManyField(
        "press.AlertSubscription",
        verbose_name=_("alert subscriptions"),
        blank=True,
        related_name="reporters",
        help_text=_("Linked by e-mail address when saved."),
    )
    consent_at = models.DateTimeField(
        _("consent given at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Given by the reporter through their own link (Decree 13/2023/NĐ-CP)."),
    )
    withdrawn_at = models.DateTimeField(_("consent withdrawn at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("outlet")]),
        FieldRowPanel([FieldPanel("beat"), FieldPanel("languages")]),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("language")],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("outlet"),
        index.AutocompleteField("name"),
        index.AutocompleteField("outlet"),
    ]

    objects = ReporterQuerySet.as_manager()

    class Meta:
        verbose_name = _("reporter")
        verbose_name_plural = _("reporters' network")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.outlet})"

    @property
    def is_member(self):
        return self.consent_at is not None and self.withdrawn_at is None

    def signed_token(self):
        """The token of the reporter's own link: their id, signed, so nobody can guess another
        reporter's link; it stops working when the record is erased."""
        return signing.dumps(self.pk, salt=SIGNING_SALT)

    @classmethod
    def from_token(cls, token):
        """The reporter of a link, or None for a forged, expired or withdrawn one."""
        try:
            pk = signing.loads(
                token, salt=SIGNING_SALT, max_age=settings.PRESS_REPORTER_LINK_MAX_AGE
            )
        except signing.BadSignature:
            return None
        return cls.objects.filter(pk=pk).first()

    def give_consent(self):
        self.consent_at = timezone.now()
        self.withdrawn_at = None
        self.save(update_fields=["consent_at", "withdrawn_at"])
        self.link_alert_subscriptions()

    def link_alert_subscriptions(self):
        subscriptions = self.alert_subscriptions.model.objects
        self.alert_subscriptions.set(subscriptions.filter(email__iexact=self.email))
