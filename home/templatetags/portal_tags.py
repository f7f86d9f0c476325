import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from home.channels import canonical_page, current_site_name
from home.i18n import language_links as build_language_links
from home.i18n import outdated_source

register = template.Library()

# As in django.utils.html.json_script: the JSON cannot close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """``{% language_links page as links %}``: see ``home.i18n.language_links``."""
    request = context.get("request")
    if request is None:
        return []
    return build_language_links(request, page)


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The page's schema.org data as a JSON-LD script element (data, not executable code)."""
    request = context.get("request")
    getter = getattr(page, "get_structured_data", None)
    data = getter(request) if getter and request else None
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 -- escaped above


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    """Links to the home page's children that are shown in menus, in the reader's language."""
    request = context.get("request")
    home = None
    site = Site.find_for_request(request) if request else None
    if site is not None:
        home = site.root_page.localized
    items = []
    if home is not None:
        items = list(Page.objects.child_of(home).live().public().in_menu())
    current_path = getattr(current_page, "path", "")
    return {
        "request": request,
        "home": home,
        "items": items,
        "current_path": current_path,
    }


@register.filter
def canonical(page):
    """``{% fullpageurl page|canonical %}``: the original of a channel alias, else the page."""
    return canonical_page(page)


@register.simple_tag(takes_context=True)
def site_branding(context):
    """``{% site_branding as branding %}``: the current site's name, logo and stylesheet."""
    request = context.get("request")
    if request is None:
        return None
    from home.models import SiteBranding

    return SiteBranding.for_request(request)


@register.filter
def branding_name(branding, language_code):
    return branding.name(language_code) if branding else ""


@register.simple_tag(takes_context=True)
def site_name(context):
    """The current site's name in the reader's language; the portal's by default."""
    request = context.get("request")
    return current_site_name(request)


@register.filter
def is_ancestor_or_self(page, current_path):
    return bool(current_path) and current_path.startswith(page.path)


@register.inclusion_tag("components/outdated_translation.html")
def outdated_translation_notice(page, links):
    """On an English page older than its Vietnamese source: say so, with a link to it."""
    return {"page": page, "source": outdated_source(page, links)}


@register.filter
def clean_rich_text(html):
    """Every rich text the site renders passes through here (the override of Wagtail's
    ``wagtailcore/shared/richtext.html``): see ``home.sanitise``."""
    from home.sanitise import clean_html

    return clean_html(html)
