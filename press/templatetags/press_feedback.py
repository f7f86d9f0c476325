"""The link from a news or event item to the reporters' feedback form: the item templates ask
for it here, so that the item pages need not know the press app."""

from django import template

from home.versions import site_fragment
from home.visibility import visible
from press.models import FeedbackFormPage

register = template.Library()


@register.simple_tag
def feedback_page_for(page):
    """The reporters' feedback form in ``page``'s language, if there is one."""
    # Shown on every item: kept in the fragment cache until site-wide content changes.
    return site_fragment(
        f"feedback:{page.locale_id}",
        lambda: visible(FeedbackFormPage.objects.filter(locale_id=page.locale_id)).first(),
    )
