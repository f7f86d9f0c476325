from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import PRESS_PAGE_CONTEXT_HOOK
from news.models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


register_snippet(ThemeViewSet)


@hooks.register(PRESS_PAGE_CONTEXT_HOOK)
def press_page_themes(page):
    """Each theme's feeds on the press page."""
    return {"themes": Theme.objects.filter(locale=page.locale)}
