"""Wagtail's content checker (axe-core) for editors, with every WCAG 2.0/2.1 A and AA rule.

Wagtail runs it in the page editor's "Checks" panel, in previews and, for logged-in users, on
the live site through the user bar; by default it runs only ten rules. The public templates
pass all of these rules (tests/browser/test_accessibility.py), so what the checker reports
comes from the content an editor wrote: images without alternative text, skipped heading
levels, links without text, tables without headers.
https://docs.wagtail.org/en/stable/advanced_topics/accessibility_considerations.html#content-checks
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# axe-core tags: https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags
# "best-practice" keeps Wagtail's own heading and paragraph rules; "seo" is the tag of
# Wagtail's empty meta description rule.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_ONLY = [*WCAG_TAGS, "best-practice", "seo"]


class PortalContentChecker(ContentCheckerItem):
    axe_run_only = RUN_ONLY
    # Named as well as tagged: the rules that editors' content breaks most often stay on
    # should the tags above ever change.
    axe_rules = {
        "image-alt": {"enabled": True},
        "heading-order": {"enabled": True},
        "link-name": {"enabled": True},
    }
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Describe what the image shows for people who cannot see it"),
        },
        "color-contrast": {
            "error_name": _("Text with too little contrast"),
            "help_text": _("Use the portal's text styles rather than colours of your own"),
        },
        "list": {
            "error_name": _("List built incorrectly"),
            "help_text": _("Use the editor's list buttons for lists"),
        },
        "td-has-header": {
            "error_name": _("Table cells without a header"),
            "help_text": _("Give the table a header row or column"),
        },
        "valid-lang": {
            "error_name": _("Unknown language code"),
            "help_text": _("Use vi for Vietnamese and en for English"),
        },
        "link-in-text-block": {
            "error_name": _("Link that looks like plain text"),
            "help_text": _("Keep links underlined so that they can be told apart"),
        },
        "duplicate-id-aria": {
            "error_name": _("Two elements share an identifier"),
            "help_text": _("Give each anchor in the text a different name"),
        },
    }
