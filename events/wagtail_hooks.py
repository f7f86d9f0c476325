from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.models import Country


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
