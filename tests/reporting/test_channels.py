"""The results report counts an item shown on several sites once, and says on how many sites
it appeared."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reporting.figures import compute
from tests.factories import NewsPageFactory
from tests.home.test_channels import add_channel
from tests.reporting.conftest import YEAR, at, coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def sites(tree):
    return [
        add_channel(tree, "tapchi.localhost", "Tạp chí", "Journal").site,
        add_channel(tree, "htqt.localhost", "Vụ HTQT", "ICD").site,
    ]


def shown_on(tree, unit, theme, sites):
    page = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        lead_unit=unit,
        publication_date=at(5, 5),
        themes=[theme],
    )
    page.channels.set(sites)
    page.save_revision().publish()
    return page


def test_channels_per_item_and_aliases_not_counted_as_results(
    client, data, tree, sites, django_user_model
):
    on_two = shown_on(tree, data["unit_b"], data["innovation"], sites)
    on_one = shown_on(tree, data["unit_b"], data["innovation"], sites[:1])
    unpublished_alias = shown_on(tree, data["unit_b"], data["innovation"], sites[1:])
    unpublished_alias.aliases.update(live=False)

    b = compute(YEAR)[data["unit_b"].translation_key]
    # 1 item of the fixture and 3 new ones: the aliases are not results of their own.
    assert b.news_vi == 4
    channels = {item["id"]: item["channels"] for item in b.items}
    assert channels[on_two.pk] == 3  # the portal and both channels
    assert channels[on_one.pk] == 2
    assert channels[unpublished_alias.pk] == 1
    assert b.channel_appearances == 1 + 3 + 2 + 1

    client.force_login(coordinator(django_user_model))
    html = BeautifulSoup(
        client.get(reverse("reporting_results"), {"year": YEAR}).content, "html.parser"
    )
    cell = html.select_one(f"[data-item='{on_two.pk}'] [data-figure=channels]")
    assert cell.get_text() == "3"
    row = html.select_one("[data-unit=htqt] [data-figure=channel_appearances]")
    assert row.get_text() == "7"


def test_query_count_does_not_grow_with_channel_aliases(
    client, data, tree, sites, django_user_model
):
    client.force_login(coordinator(django_user_model))
    url = reverse("reporting_results")

    def count():
        client.get(url, {"year": YEAR})
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, {"year": YEAR}).status_code == 200
        return len(queries)

    shown_on(tree, data["unit_b"], data["innovation"], sites)
    with_one = count()
    for _ in range(5):
        shown_on(tree, data["unit_b"], data["innovation"], sites)
    assert count() == with_one
