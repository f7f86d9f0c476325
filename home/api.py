"""Read-only content API for press agencies (Wagtail's API v2), documented in docs/api.md.

Only pages the public may see are served, as everywhere else (``home/visibility.py``): Wagtail's
own filter judges an alias by itself, not by its original. Filters beyond
Wagtail's own (``type``, ``locale``, ``search``...): ``theme`` (a theme's slug), ``unit`` (a unit's
code), ``date_from`` and ``date_to`` (publication date of news, start date of events).
https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
"""

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.bounds import parse_bounded
from home.item_page import item_page_models, item_pages_q
from home.visibility import public_collections_q, visible


def parse_date(value, name):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValidationError({name: f"Use the format YYYY-MM-DD, not {value!r}."}) from error


SEARCH_OPERATORS = {"and", "or"}


class BoundedParametersMixin:
    """Integer field filters and the search operator are checked before any query: a value the
    database cannot hold (25 digits) or an unknown operator is a 400 with a message in the
    reader's language (``Accept-Language``), an impossible id in the address a 404. Ids,
    offsets and limits (``offset``, ``child_of``...) are checked for every URL by
    ``security.limits.BadInputMiddleware``."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        params = self.request.GET
        # Operations (``locale``, ``type``...) are not field filters, even where a field
        # has the same name.
        names = {
            name
            for name in set(params) - self.known_query_parameters - {"locale"}
            if isinstance(
                get_field(queryset.model, name),
                (models.IntegerField, models.AutoField, models.ForeignKey),
            )
        }
        for name in sorted(names & set(params)):
            if parse_bounded(params[name]) is None:
                raise BadRequestError(
                    _("%(name)s must be a whole number from 0 to 2147483647.") % {"name": name}
                )
        operator = params.get("search_operator")
        if operator is not None and operator.lower() not in SEARCH_OPERATORS:
            raise BadRequestError(_("search_operator must be “and” or “or”."))

    def get_object(self):
        if parse_bounded(self.kwargs.get("pk", "")) is None:
            raise Http404
        return super().get_object()

    def find_object(self, queryset, request):
        if "id" in request.GET and parse_bounded(request.GET["id"]) is None:
            raise Http404
        return super().find_object(queryset, request)


def get_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


class PortalPagesAPIViewSet(BoundedParametersMixin, PagesAPIViewSet):
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["theme", "unit", "date_from", "date_to"]
    )

    def get_base_queryset(self):
        # Also the base of the detail, find, child_of and descendant_of lookups.
        return visible(super().get_base_queryset())

    def get_queryset(self):
        # The filters apply to every item type (news items, events: home/item_page.py).
        queryset = super().get_queryset()
        params = self.request.GET
        if "theme" in params:
            queryset = queryset.filter(item_pages_q(themes__slug=params["theme"]))
        if "unit" in params:
            queryset = queryset.filter(item_pages_q(lead_unit__code=params["unit"]))
        for name, lookup in (("date_from", "gte"), ("date_to", "lte")):
            if name in params:
                day = parse_date(params[name], name)
                condition = Q(pk__in=[])
                for model in item_page_models():
                    dated = model.objects.filter(**{f"{model.date_field}__date__{lookup}": day})
                    condition |= Q(pk__in=dated.values("pk"))
                queryset = queryset.filter(condition)
        return queryset


def live_page_ids():
    from wagtail.models import Page

    return visible(Page.objects.all()).values("pk")


class PublishedImagesAPIViewSet(BoundedParametersMixin, ImagesAPIViewSet):
    """Only images that live, public pages use: a picture uploaded for an unpublished item
    stays private."""

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=referenced_by_live_pages(self.model))


class PublishedDocumentsAPIViewSet(BoundedParametersMixin, DocumentsAPIViewSet):
    """Documents that public pages use, outside private collections (whose documents need a
    sign-in: the API does not name them either)."""

    def get_queryset(self):
        # As an ``id IN (…)`` filter: the search backend (``?search=``) takes no other kind.
        public = self.model.objects.filter(public_collections_q()).values("pk")
        return (
            super()
            .get_queryset()
            .filter(pk__in=referenced_by_live_pages(self.model))
            .filter(pk__in=public)
        )


def referenced_by_live_pages(model):
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import CharField
    from django.db.models.functions import Cast
    from wagtail.models import Page, ReferenceIndex

    pages = visible(Page.objects.all()).annotate(pk_str=Cast("pk", output_field=CharField()))
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=pages.values("pk_str"),
            to_content_type=ContentType.objects.get_for_model(model),
        )
        .annotate(target=Cast("to_object_id", output_field=model._meta.pk.__class__()))
        .values("target")
    )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PublishedImagesAPIViewSet)
api_router.register_endpoint("documents", PublishedDocumentsAPIViewSet)
