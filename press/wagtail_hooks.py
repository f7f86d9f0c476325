from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from press.models import FeedbackSubmission


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
