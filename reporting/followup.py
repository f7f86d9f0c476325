"""Follow-up figures per unit for the ICD's dashboard, in a fixed number of queries."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState

from events.models import EventPage
from news.models import NewsPage
from workflows.models import Unit

UNIT_KEY = "lead_unit__translation_key"


def follow_up(unit_keys=None, now=None):
    now = now or timezone.now()
    units = Unit.objects.filter(locale__language_code="vi").order_by("name")
    if unit_keys is not None:
        units = units.filter(translation_key__in=unit_keys)
    stats = {
        unit.translation_key: {
            "unit": unit,
            "drafts": 0,
            "in_review": 0,
            "oldest_waiting": None,
            "overdue": 0,
            "published_this_year": 0,
            "missing_english": 0,
        }
        for unit in units
    }
    page_type = ContentType.objects.get_for_model(Page)
    active = WorkflowState.objects.active().filter(base_content_type=page_type).values("object_id")
    overdue_before = now - datetime.timedelta(days=settings.PORTAL_REVIEW_OVERDUE_DAYS)

    def count_by_unit(queryset, name):
        for row in queryset.values(UNIT_KEY).annotate(count=Count("pk")).order_by():
            if row[UNIT_KEY] in stats:
                stats[row[UNIT_KEY]][name] += row["count"]

    page_units = {}
    for model in (NewsPage, EventPage):
        items = model.objects.filter(**{f"{UNIT_KEY}__in": stats.keys()}).annotate(
            pk_str=Cast("pk", output_field=CharField())
        )
        count_by_unit(items.filter(live=False).exclude(pk_str__in=active), "drafts")
        count_by_unit(items.filter(pk_str__in=active), "in_review")
        vietnamese = items.filter(locale__language_code="vi", live=True)
        count_by_unit(vietnamese.filter(first_published_at__year=now.year), "published_this_year")
        english = Page.objects.live().filter(
            translation_key=OuterRef("translation_key"), locale__language_code="en"
        )
        count_by_unit(
            vietnamese.annotate(has_en=Exists(english)).filter(has_en=False), "missing_english"
        )
        page_units.update(
            {
                str(row["pk"]): row[UNIT_KEY]
                for row in items.filter(pk_str__in=active).values("pk", UNIT_KEY)
            }
        )

    waiting = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        workflow_state__base_content_type=page_type,
        workflow_state__object_id__in=list(page_units),
    ).values("started_at", "workflow_state__object_id")
    for row in waiting:
        entry = stats.get(page_units.get(row["workflow_state__object_id"]))
        if entry is None:
            continue
        if entry["oldest_waiting"] is None or row["started_at"] < entry["oldest_waiting"]:
            entry["oldest_waiting"] = row["started_at"]
        if row["started_at"] < overdue_before:
            entry["overdue"] += 1
    return list(stats.values())
