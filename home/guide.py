"""The editors' guide, in Vietnamese and English, inside the admin (Help menu).

Its screenshots are taken from the demo site by ``manage.py guide_screenshots`` and kept in
``home/static/home/guide/<language>/``; the guide shows the ones that exist.
"""

from django.contrib.staticfiles import finders
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The guide's sections, in order; each has a screenshot of the same name.
SECTIONS = [
    ("write", _("Write an item")),
    ("submit", _("Submit it for review")),
    ("review", _("Review: approve")),
    ("request-changes", _("Review: request changes")),
    ("translate", _("Translate into English")),
    ("schedule", _("Publish at a set time")),
    ("emergency-publish", _("Publish in an emergency")),
    ("channels", _("Channels: other sites")),
    ("reports", _("Reports")),
]
LANGUAGES = ("vi", "en")


def guide_language():
    language = (get_language() or "vi")[:2]
    return language if language in LANGUAGES else "en"


def screenshot_path(language, slug):
    return f"home/guide/{language}/{slug}.webp"


def editor_guide(request):
    language = guide_language()
    shots = {
        slug.replace("-", "_"): screenshot_path(language, slug)
        for slug, _title in SECTIONS
        if finders.find(screenshot_path(language, slug))
    }
    return TemplateResponse(
        request,
        "home/guide/editor_guide.html",
        {
            "sections": [{"slug": slug, "title": title} for slug, title in SECTIONS],
            "shots": shots,
            "body_template": f"home/guide/editor_guide_{language}.html",
            "header_title": _("Editors' guide"),
        },
    )
