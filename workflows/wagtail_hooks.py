from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from workflows.models import Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "short_name", "code", "parent"]
    list_filter = ["parent"]
    search_fields = ["name", "short_name", "code"]
    ordering = ["name"]


register_snippet(UnitViewSet)
