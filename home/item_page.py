"""The abstract page of a dated item that a unit is responsible for (news items, events): the
fields, search fields and behaviour they share, and how the rest of the portal finds such
pages without naming their types (``item_page_models``)."""

from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.localization import localize_relations
from home.mixins import PortalPageMixin

# What the content API tells of an item's lead unit (with its press contact).
UNIT_API_ATTRIBUTES = [
    "code",
    "name",
    "short_name",
    "website",
    "press_contact_name",
    "press_contact_role",
    "press_contact_phone",
    "press_contact_email",
]


class LocalizedRelation:
    """``localized_<name>`` of an item page: the related snippet(s) in the reader's language,
    read with all the page's ``localized_fields`` on first use (``localize_relations`` sets them
    on the instance, which then hides this descriptor)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, page, owner=None):
        if page is None:
            return self
        localize_relations([page], page.localized_relations())
        return page.__dict__[self.name]


class ItemPage(PortalPageMixin, Page):
    """A news item or an event. The reverse names carry the app's label (``lead_news``,
    ``lead_events``...), as they did when each type declared its own fields, so that the
    tables and the queries through units and sites are unchanged."""

    # Its page reads nothing from the query string: the rendered head and article are kept per
    # version for anonymous readers (page_cache/templatetags/page_cache_tags.py).
    fragments_ignore_query = True
    # Related snippets shown in the reader's language (``localized_<name>``), read together on
    # first use: a page whose article is kept rendered reads none of them. Listings set them
    # for all their items at once (``home.localization.localize_related``).
    localized_fields = (("themes", True), ("coordinating_units", True), ("lead_unit", False))

    @classmethod
    def localized_relations(cls):
        """``(name, snippet model, many)`` of each relation in ``localized_fields``."""
        return [
            (name, cls._meta.get_field(name).related_model, many)
            for name, many in cls.localized_fields
        ]

    localized_themes = LocalizedRelation()
    localized_coordinating_units = LocalizedRelation()
    localized_lead_unit = LocalizedRelation()

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in listings, feeds and search results."),
    )
    main_image = models.ForeignKey(
        get_image_model(),
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_alt = models.CharField(
        _("main image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )
    lead_unit = models.ForeignKey(
        "workflows.Unit",
        verbose_name=_("lead unit"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="lead_%(app_label)s",
        help_text=_("The unit responsible for this item; its head approves it."),
    )
    coordinating_units = ParentalManyToManyField(
        "workflows.Unit",
        verbose_name=_("coordinating units"),
        blank=True,
        related_name="coordinated_%(app_label)s",
    )
    channels = ParentalManyToManyField(
        "wagtailcore.Site",
        verbose_name=_("channels"),
        blank=True,
        related_name="channel_%(app_label)s",
        help_text=_(
            "Other sites where this item also appears once it is published, as a copy that "
            "follows this page."
        ),
    )

    # The date field that dates an item of this type (the content API's date filters).
    date_field = None

    # The search fields every item has; each type adds its own.
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("title_folded", boost=2),
        index.SearchField("text_folded"),
        index.AutocompleteField("title_folded"),
    ]

    # The choice of channels is the item's, whatever the language (home/channels.py).
    override_translatable_fields = [SynchronizedField("channels", overridable=False)]

    class Meta:
        abstract = True

    @staticmethod
    def channel_index_model():
        """The index page type under which a channel site shows copies of this type."""
        raise NotImplementedError


def localize_items(pages):
    """Set the ``localized_<name>`` relations of ``pages`` (item pages of any type, e.g. an
    editor's featured items), in a fixed number of queries per page type."""
    by_type = {}
    for page in pages:
        if isinstance(page, ItemPage):
            by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        prefetch_related_objects(group, *(name for name, _many in model.localized_fields))
        localize_relations(group, model.localized_relations())
    return pages


def route_to_item(index, request, path_components, items):
    """Wagtail's route from ``index`` to its child item named by ``path_components[0]``, read in
    one query from ``items`` (the item type's queryset with what its page shows, related rows
    selected), where Wagtail's own route reads the base page, then the specific page, then each
    related row. None when no such child exists: Wagtail then routes as usual."""
    if not path_components:
        return None
    try:
        item = items.child_of(index).get(slug=path_components[0])
    except items.model.DoesNotExist:
        return None
    item._cached_parent_obj = index
    return item.route(request, path_components[1:])


def item_page_models():
    """Every concrete item page type (news items, events): pages with a lead unit."""
    return [model for model in get_page_models() if issubclass(model, ItemPage)]


def item_pages_q(**lookups):
    """A condition on pages: those of any item type matching ``lookups`` on its own fields, for
    example ``lead_unit__translation_key=key`` (one subquery per type)."""
    condition = Q(pk__in=[])
    for model in item_page_models():
        condition |= Q(pk__in=model.objects.filter(**lookups).values("pk"))
    return condition
