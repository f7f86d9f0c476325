"""Translation status report: every Vietnamese item with the state of its English version."""

import datetime

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, WorkflowState

from home.channels import originals
from home.item_page import item_page_models
from home.models import StandardPage
from workflows import translation
from workflows.models import Unit

STATE_CHOICES = list(translation.STATE_LABELS.items())


def item_types():
    return [*item_page_models(), StandardPage]


def annotate_translation_state(pages):
    """Annotate Vietnamese ``pages`` with their English twin's id (``en_id``), its last
    publication and the twin's state (``state``), in the same query."""
    english = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code="en"
    )
    in_review = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("en_id"), output_field=CharField()),
    )
    return (
        pages.annotate(
            en_id=Subquery(english.values("pk")[:1]),
            en_live=Subquery(english.values("live")[:1], output_field=BooleanField()),
            en_published_at=Subquery(english.values("last_published_at")[:1]),
        )
        .annotate(en_in_review=Exists(in_review))
        .annotate(
            state=Case(
                When(en_id__isnull=True, then=Value(translation.MISSING)),
                When(en_in_review=True, then=Value(translation.IN_REVIEW)),
                When(en_live=False, then=Value(translation.DRAFT)),
                When(
                    Q(live=True, last_published_at__gt=F("en_published_at")),
                    then=Value(translation.OUTDATED),
                ),
                default=Value(translation.LIVE),
                output_field=CharField(),
            )
        )
    )


def translation_status_queryset():
    """Vietnamese items with their English twin's state and their lead unit."""

    def unit_of(field):
        # The first item type whose page this is gives its lead unit's field.
        found = [
            Subquery(model.objects.filter(pk=OuterRef("pk")).values(f"lead_unit__{field}")[:1])
            for model in item_page_models()
        ]
        return Coalesce(*found) if len(found) > 1 else found[0]

    # Items shown on other sites are listed once, not once per channel alias.
    items = originals(
        Page.objects.filter(
            locale__language_code="vi",
            content_type__in=[ContentType.objects.get_for_model(m) for m in item_types()],
        )
    )
    return (
        annotate_translation_state(items)
        .annotate(
            unit_code=unit_of("code"),
            unit_name=unit_of("short_name"),
        )
        .select_related("content_type")
        .order_by("-first_published_at", "-pk")
    )


class TranslationStatusFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("English version"), choices=STATE_CHOICES)
    unit = django_filters.ChoiceFilter(
        label=_("Lead unit"), field_name="unit_code", choices=lambda: unit_choices()
    )
    type = django_filters.ChoiceFilter(
        label=_("Type"), field_name="content_type", choices=lambda: type_choices()
    )

    class Meta:
        model = Page
        fields = []


def unit_choices():
    return [
        (unit.code, unit.display_name)
        for unit in Unit.objects.filter(locale__language_code="vi").order_by("name")
    ]


def type_choices():
    return [
        (ContentType.objects.get_for_model(model).pk, model._meta.verbose_name.capitalize())
        for model in item_types()
    ]


def sees_every_unit(user):
    """Those who follow every unit (the ICD, the Ministry's leadership, administrators: the
    reporting permission) and the board, which approves every unit's items."""
    return user.has_perm("reporting.view_all_units_reports") or user.has_perm(
        "workflows.follow_every_unit"
    )


class TranslationStatusReportView(ReportView):
    page_title = _("English versions")
    header_icon = "site"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "workflows/reports/translation_status_results.html"
    index_url_name = "workflows_translation_report"
    index_results_url_name = "workflows_translation_report_results"
    filterset_class = TranslationStatusFilterSet
    permission_policy = None
    context_object_name = "items"
    list_export = [
        "title",
        "type_label",
        "unit_name",
        "state_label",
        "first_published_at",
        "last_published_at",
        "en_published_at",
        "age_days",
        "public_url",
    ]
    export_headings = {
        "title": _("Vietnamese title"),
        "type_label": _("Type"),
        "unit_name": _("Lead unit"),
        "state_label": _("English version"),
        "first_published_at": _("First published"),
        "last_published_at": _("Vietnamese last published"),
        "en_published_at": _("English last published"),
        "age_days": _("Days since the Vietnamese version was published"),
        "public_url": _("Address"),
    }

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (sees_every_unit(user) or user.unit_memberships.exists()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"english-versions-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        queryset = translation_status_queryset()
        if not sees_every_unit(self.request.user):
            codes = Unit.objects.filter(
                translation_key__in=Unit.keys_for_user(self.request.user)
            ).values("code")
            queryset = queryset.filter(unit_code__in=codes)
        return queryset

    def get_filtered_queryset(self):
        queryset = self.filter_queryset(self.get_queryset())
        if self.is_export:
            return self.decorate(queryset)
        return queryset

    def decorate_paginated_queryset(self, object_list):
        return self.decorate(object_list)

    def decorate(self, items):
        now = timezone.now()
        items = list(items)
        for item in items:
            item.state_label = translation.STATE_LABELS[item.state]
            item.type_label = item.content_type.model_class()._meta.verbose_name
            published = item.first_published_at
            item.age_days = (now - published).days if published else ""
            item.public_url = item.get_full_url(self.request) if item.live else ""
        return items
