import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reporting.figures import compute
from reporting.followup import follow_up
from tests.factories import NewsPageFactory
from tests.reporting.conftest import YEAR, at, coordinator
from workflows import roles
from workflows.models import UnitMembership
from workflows.roles import UNIT_HEADS

pytestmark = pytest.mark.django_db


def expected_a():
    return {"news_vi": 3, "news_en": 2, "events_vi": 2, "english_share": 40}


def test_figures(data):
    figures = compute(YEAR)
    a = figures[data["unit_a"].translation_key]
    assert (a.news_vi, a.news_en, a.events_vi, a.english_share) == (3, 2, 2, 40)
    assert dict(a.events_by_type) == {"workshop": 1, "training": 1}
    assert dict(a.events_by_format) == {"in_person": 1, "online": 1}
    assert dict(a.items_by_theme) == {"Đổi mới": 2, "Bản sắc": 2}
    assert len(a.items) == 5
    b = figures[data["unit_b"].translation_key]
    assert (b.news_vi, b.news_en, b.events_vi) == (1, 0, 0)
    themed = compute(YEAR, theme_key=data["innovation"].translation_key)[
        data["unit_a"].translation_key
    ]
    assert (themed.news_vi, themed.events_vi) == (2, 0)


def test_report_page_export_and_print(client, data, django_user_model):
    client.force_login(coordinator(django_user_model))
    url = reverse("reporting_results")
    html = BeautifulSoup(client.get(url, {"year": YEAR}).content.decode(), "html.parser")
    row = html.select_one("[data-unit=cchc]")
    figures = {cell["data-figure"]: int(cell.get_text()) for cell in row.select("[data-figure]")}
    assert figures == {
        "news_vi": 3,
        "news_en": 2,
        "events": 2,
        "english_share": 40,
        "channel_appearances": 5,
    }
    assert len(html.select("[data-unit-items=cchc] tbody tr")) == 5
    # Column headers in the user's language.
    assert "Tin tiếng Việt" in html.select_one("thead").get_text()

    xlsx = client.get(url, {"year": YEAR, "export": "xlsx"})
    content = b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    by_unit = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    a = by_unit["Vụ Cải cách hành chính"]
    assert (a["Tin tiếng Việt"], a["Tin tiếng Anh"], a["Sự kiện đã tổ chức"]) == (3, 2, 2)
    assert a["Hội thảo"] == 1 and a["Trực tuyến"] == 1
    csv = client.get(url, {"year": YEAR, "export": "csv"})
    body = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Vụ Cải cách hành chính,3,2,2" in body
    printable = client.get(url, {"year": YEAR, "print": 1})
    assert printable.status_code == 200 and "wagtailadmin" not in printable.content.decode()


def test_a_head_sees_only_their_unit(client, data, django_user_model):
    head = django_user_model.objects.create_user("vu.truong")
    head.groups.add(Group.objects.get(name=UNIT_HEADS))
    UnitMembership.objects.create(unit=data["unit_b"], user=head, role=UnitMembership.HEAD)
    client.force_login(head)
    url = reverse("reporting_results")
    html = BeautifulSoup(client.get(url, {"year": YEAR}).content.decode(), "html.parser")
    assert [row["data-unit"] for row in html.select("[data-unit]")] == ["htqt"]
    # Asking for another unit by its code is refused as an invalid choice.
    html = BeautifulSoup(
        client.get(url, {"year": YEAR, "unit": "cchc"}).content.decode(), "html.parser"
    )
    assert [row["data-unit"] for row in html.select("[data-unit]")] == ["htqt"]
    export = client.get(url, {"year": YEAR, "unit": "cchc", "export": "csv"})
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Vụ Cải cách hành chính" not in body
    dashboard = BeautifulSoup(
        client.get(reverse("wagtailadmin_home")).content.decode(), "html.parser"
    )
    assert [row["data-follow-up"] for row in dashboard.select("[data-follow-up]")] == ["htqt"]


def test_journalists_have_no_reports(client, data, django_user_model):
    journalist = django_user_model.objects.create_user("phong.vien")
    journalist.groups.add(Group.objects.get(name=roles.JOURNALISTS))
    client.force_login(journalist)
    refused = client.get(reverse("reporting_results"))
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-follow-up" not in html


def test_follow_up_dashboard(client, data, tree, django_user_model):
    from tests.workflows.conftest import as_user

    author = django_user_model.objects.create_user("tac.gia")
    waiting = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        lead_unit=data["unit_a"],
        themes=[data["innovation"]],
        live=False,
    )
    waiting.save_revision(user=author)
    waiting.get_workflow().start(waiting, author)
    now = timezone.now()
    rows = {row["unit"].code: row for row in follow_up(now=now + datetime.timedelta(days=10))}
    a = rows["cchc"]
    assert a["drafts"] == 2  # the draft and the unpublished item
    assert a["in_review"] == 1 and a["overdue"] == 1 and a["oldest_waiting"] is not None
    # Live Vietnamese items without a live English version: 2 news and 3 events.
    assert a["missing_english"] == 5
    as_user(client, coordinator(django_user_model))
    html = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content.decode(), "html.parser")
    row = html.select_one("[data-follow-up=cchc]")
    assert row.select_one("[data-figure=in_review]").get_text() == "1"


def test_report_query_count_does_not_grow(client, data, tree, django_user_model):
    client.force_login(coordinator(django_user_model))
    url = reverse("reporting_results")

    def count():
        client.get(url, {"year": YEAR})  # caches (content types, site root paths) are filled
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, {"year": YEAR}).status_code == 200
        return len(queries)

    for _ in range(10):
        NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            lead_unit=data["unit_b"],
            publication_date=at(5, 5),
            themes=[data["innovation"]],
        )
    with_10 = count()
    for _ in range(190):
        NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            lead_unit=data["unit_b"],
            publication_date=at(5, 5),
            themes=[data["innovation"]],
        )
    assert count() == with_10
