from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.models import Country
from home.models import PRESS_PAGE_CONTEXT_HOOK


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    menu_label = _("Countries")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "iso_code", "is_asean_member"]
    list_filter = ["is_asean_member"]
    search_fields = ["name", "iso_code"]
    ordering = ["name"]


register_snippet(CountryViewSet)


@hooks.register(PRESS_PAGE_CONTEXT_HOOK)
def press_page_countries(page):
    """Each country's calendar on the press page."""
    return {"countries": Country.objects.filter(locale=page.locale).order_by("name")}
