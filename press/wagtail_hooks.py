import io
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db.models import Count
from django.http import HttpResponse, HttpResponseNotFound
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.api import referenced_by_live_pages
from home.spreadsheets import xlsx_append
from home.visibility import visible
from press.alerts import site_url
from press.models import FeedbackSubmission
from press.releases import PressReleasePage
from press.reporters import Reporter

logger = logging.getLogger(__name__)


class FeedbackSubmissionViewSet(SnippetViewSet):
    """Reporters' messages: status, assigned unit, spreadsheet export."""

    model = FeedbackSubmission
    icon = "mail"
    menu_label = _("Reporters' messages")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["submit_time", "status", "assigned_unit", "item"]
    list_filter = ["status", "assigned_unit"]
    list_export = ["submit_time", "status", "assigned_unit", "item", "form_data"]
    export_filename = "reporters-messages"
    ordering = ["-submit_time"]


register_snippet(FeedbackSubmissionViewSet)


class ReporterIndexView(IndexView):
    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.request.user.has_perm("press.view_reporter"):
            buttons.append(
                Button(
                    _("Download XLSX"), url=reverse("press_reporters_xlsx"), icon_name="download"
                )
            )
        return buttons


class ReporterViewSet(SnippetViewSet):
    """The ASEAN reporters' network, for those who hold the reporter permissions (the
    International Cooperation Department's coordinators)."""

    model = Reporter
    icon = "group"
    menu_label = _("Reporters' network")
    menu_order = 241
    add_to_admin_menu = True
    index_view_class = ReporterIndexView
    list_display = ["name", "outlet", "beat", "language", "consent_at"]
    list_filter = ["language"]
    search_fields = ["name", "outlet"]
    ordering = ["name"]


register_snippet(ReporterViewSet)

EXPORT_COLUMNS = [
    (_("Name"), "name"),
    (_("Press agency"), "outlet"),
    (_("Beat"), "beat"),
    (_("Languages"), "languages"),
    (_("Language of the mails"), "language"),
    (_("E-mail"), "email"),
    (_("Telephone"), "phone"),
    (_("Consent given at"), "consent_at"),
    (_("Alert subscriptions"), "subscriptions"),
]


def reporters_xlsx(request):
    """The network as a workbook for the ICD; every text cell stored as text
    (``home.spreadsheets``): a name typed as ``=HYPERLINK(...)`` is never a formula."""
    if not request.user.has_perm("press.view_reporter"):
        raise PermissionDenied
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_("Reporters"))
    xlsx_append(sheet, [str(label) for label, _name in EXPORT_COLUMNS])
    reporters = Reporter.objects.annotate(subscriptions=Count("alert_subscriptions"))
    for reporter in reporters.order_by("name"):
        row = []
        for _label, name in EXPORT_COLUMNS:
            value = getattr(reporter, name)
            if hasattr(value, "tzinfo"):
                value = timezone.localtime(value).replace(tzinfo=None) if value else None
            row.append(value)
        xlsx_append(sheet, row)
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="reporters-network.xlsx"'
    return response


@hooks.register("register_admin_urls")
def register_press_admin_urls():
    return [path("press/reporters.xlsx", reporters_xlsx, name="press_reporters_xlsx")]


def send_invitation(reporter):
    """The reporter's own link, sent to them when the ICD enters them: they join the network
    only by giving their consent there."""
    with translation.override(reporter.language):
        link = site_url(reverse("reporter_self_service", args=[reporter.signed_token()]))
        context = {"reporter": reporter, "self_service_url": link}
        subject = render_to_string("press/email/reporter_invitation_subject.txt", context).strip()
        body = render_to_string("press/email/reporter_invitation.txt", context)
    try:
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [reporter.email]).send()
    except Exception:  # the record is kept; the ICD can save it again to resend
        logger.exception("Invitation to reporter %s not sent", reporter.pk)
        return
    reporter.invited_at = timezone.now()
    reporter.save(update_fields=["invited_at"])


@hooks.register("after_create_snippet")
def invite_new_reporter(request, instance):
    if isinstance(instance, Reporter):
        instance.link_alert_subscriptions()
        send_invitation(instance)


@hooks.register("after_edit_snippet")
def relink_reporter(request, instance):
    """A changed address: the subscriptions of the new one; a reporter who never answered is
    invited again."""
    if isinstance(instance, Reporter):
        instance.link_alert_subscriptions()
        if instance.consent_at is None:
            send_invitation(instance)


@hooks.register("before_serve_document")
def refuse_embargoed_full_text(document, request):
    """The full text of a release that the public may not see yet (under embargo, a draft, a
    private release) is not served to the public, unless a public page uses it too: its
    address would otherwise let it out before the embargo. Staff read it in the admin."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        return None
    releases = PressReleasePage.objects.filter(full_text=document)
    if not releases.exists() or visible(releases).exists():
        return None
    if referenced_by_live_pages(type(document)).filter(target=document.pk).exists():
        return None
    return HttpResponseNotFound()
