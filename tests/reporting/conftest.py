import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from tests.conftest import translate
from tests.factories import EventPageFactory, NewsPageFactory, ThemeFactory, UnitFactory
from workflows.roles import ICD_COORDINATORS, setup_editorial_workflow

TZ = timezone.get_current_timezone()
YEAR = 2025


def at(month, day):
    return datetime.datetime(YEAR, month, day, 9, 0, tzinfo=TZ)


@pytest.fixture
def data(tree):
    """Unit A: 3 Vietnamese news in 2025 (2 with a live English version), 1 in 2024, 1 draft,
    1 unpublished; 2 events in 2025 (a workshop in person, a training online) and 1 cancelled.
    Unit B: 1 Vietnamese news in 2025."""
    setup_editorial_workflow()
    unit_a = UnitFactory(code="cchc", name="Vụ Cải cách hành chính")
    unit_b = UnitFactory(code="htqt", name="Vụ Hợp tác quốc tế")
    innovation, identity = ThemeFactory(name="Đổi mới"), ThemeFactory(name="Bản sắc")

    def news(unit, when, themes, **kwargs):
        return NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            lead_unit=unit,
            publication_date=when,
            themes=themes,
            **kwargs,
        )

    a1 = news(unit_a, at(1, 10), [innovation])
    a2 = news(unit_a, at(3, 5), [innovation, identity])
    news(unit_a, at(6, 1), [identity])
    news(unit_a, at(7, 1), [identity], live=False)  # a draft
    gone = news(unit_a, at(8, 1), [identity])
    gone.unpublish()
    news(unit_a, datetime.datetime(YEAR - 1, 12, 31, 9, tzinfo=TZ), [innovation])
    news(unit_b, at(2, 2), [identity])
    for page, slug in ((a1, "a1"), (a2, "a2")):
        translate(page, tree.en, title=f"EN {page.title}", slug=slug)
    EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        lead_unit=unit_a,
        start=at(4, 1),
        end=at(4, 2),
        event_type="workshop",
        format="in_person",
    )
    EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        lead_unit=unit_a,
        start=at(9, 1),
        end=at(9, 3),
        event_type="training",
        format="online",
        online_url="https://meet.example.org/x",
        venue="",
    )
    EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        lead_unit=unit_a,
        start=at(10, 1),
        end=at(10, 2),
        event_type="workshop",
        cancelled=True,
    )
    return {"unit_a": unit_a, "unit_b": unit_b, "innovation": innovation}


def coordinator(django_user_model):
    user = django_user_model.objects.create_user("dieu.phoi")
    user.groups.add(Group.objects.get(name=ICD_COORDINATORS))
    return user
