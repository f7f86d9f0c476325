import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from home.channels import canonical_page, current_site_name
from home.i18n import language_links as build_language_links
from home.i18n import outdated_source
from home.versions import ALL, kept_for_request, page_dependency, site_fragment
from home.visibility import visible

register = template.Library()

# As in django.utils.html.json_script: the JSON cannot close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """``{% language_links page as links %}``: see ``home.i18n.language_links``."""
    request = context.get("request")
    if request is None:
        return []
    if not isinstance(page, Page) or not page.pk:
        return build_language_links(request, page)
    # Kept until the page or one of its translations is published, unpublished or moved (each
    # bumps the versions of all of them, page_cache/purge.py), or anything site-wide changes.
    return kept_for_request(
        request,
        f"language-links:{page.pk}",
        lambda: build_language_links(request, page),
        dependencies=(page_dependency(page.pk), ALL),
    )


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
    site = Site.find_for_request(request) if request else None

    def build():
        home = site.root_page.localized if site is not None else None
        if home is None:
            return None, []
        return home, list(visible(Page.objects.child_of(home)).in_menu())

    # Shared by every page of the site in this language (page_cache/cache.py: fragments).
    home, items = site_fragment(f"menu:{site.pk if site else 0}", build)
    current_path = getattr(current_page, "path", "")
    return {
        "request": request,
        "home": home,
        "items": items,
        "current_path": current_path,
    }


@register.simple_tag(takes_context=True)
def portal_settings(context):
    """``{% portal_settings as portal %}``: the site's PortalSettings, from the fragment cache."""
    from home.models import PortalSettings

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site_fragment(f"settings:{site.pk}", lambda: PortalSettings.for_site(site))


@register.simple_tag(takes_context=True)
def accessibility_statement_url(context):
    """``{% accessibility_statement_url as url %}``: the address of the accessibility statement
    (``PortalSettings``) in the reader's language, or "" when it is not live; from the fragment
    cache, so the footer costs no query on most pages."""
    from home.models import PortalSettings

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return ""

    def build():
        statement = PortalSettings.for_site(site).accessibility_statement
        if statement is None:
            return ""
        statement = statement.localized
        return statement.get_url(request) if statement.live else ""

    return site_fragment(f"accessibility:{site.pk}", build)


@register.filter
def breadcrumb_ancestors(page):
    """The page's ancestors below the root. Routing caches each page's parent on it
    (``_cached_parent_obj``); when the chain reaches the home page, no query is needed."""
    chain, current = [], page
    while getattr(current, "_cached_parent_obj", None) is not None:
        current = current._cached_parent_obj
        chain.append(current)
    if chain and chain[-1].depth == 2:
        return list(reversed(chain))
    return list(page.get_ancestors()[1:])


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
