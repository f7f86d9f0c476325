"""Forms of the review actions (imported lazily: Wagtail's workflow forms need the models)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class RequiredCommentForm(TaskStateCommentForm):
    """Requesting changes needs a comment telling the author what to change."""

    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=True,
        error_messages={"required": _("Say what needs to change.")},
    )
