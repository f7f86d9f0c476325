from django import template

from home.i18n import language_links as build_language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """``{% language_links page as links %}``: see ``home.i18n.language_links``."""
    request = context.get("request")
    if request is None:
        return []
    return build_language_links(request, page)
