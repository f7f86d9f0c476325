import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.workflows.conftest import as_user, make_draft, submit, workflow_action
from workflows.models import UnitMembership

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    as_user(client, user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def queue(html):
    return [int(row["data-review-item"]) for row in html.select("[data-review-item]")]


def test_each_reviewer_sees_exactly_what_waits_for_them_oldest_first(client, chain):
    people = chain.people
    first = make_draft(chain, people.journalist_a, title="Tin thứ nhất")
    second = make_draft(chain, people.journalist_a2, title="Tin thứ hai")
    other_unit = make_draft(chain, people.journalist_b, unit=chain.unit_b, title="Tin đơn vị B")
    for page, author in (
        (first, people.journalist_a),
        (second, people.journalist_a2),
        (other_unit, people.journalist_b),
    ):
        as_user(client, author)
        submit(client, page)

    html = dashboard(client, people.head_a)
    assert queue(html) == [first.pk, second.pk]
    row = html.select_one(f"[data-review-item='{first.pk}']")
    assert "Vụ CCHC" in row.get_text() and "Tiếng Việt" in row.get_text()
    assert queue(dashboard(client, people.head_b)) == [other_unit.pk]
    assert queue(dashboard(client, people.board)) == []
    assert queue(dashboard(client, people.journalist_a)) == []
    assert queue(dashboard(client, people.coordinator)) == []

    as_user(client, people.head_a)
    workflow_action(client, first, "approve")
    assert queue(dashboard(client, people.board)) == [first.pk]
    assert queue(dashboard(client, people.head_a)) == [second.pk]


def test_item_without_another_reviewer_waits_and_the_author_is_told_why(client, chain):
    people = chain.people
    UnitMembership.objects.filter(user=people.deputy_a).delete()
    page = make_draft(chain, people.head_a, title="Bài của Vụ trưởng")
    as_user(client, people.head_a)
    submit(client, page)
    html = dashboard(client, people.head_a)
    assert queue(html) == []
    own = html.select_one(f"[data-own-item='{page.pk}']")
    assert own.select_one("[data-no-reviewer]") is not None


def test_author_sees_reviewers_of_the_current_step(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    own = dashboard(client, people.journalist_a).select_one(f"[data-own-item='{page.pk}']")
    assert "head_a" in own.get_text() and "deputy_a" in own.get_text()
    assert own.select_one("[data-no-reviewer]") is None


def test_head_sees_the_units_drafts_reviews_and_publications(client, chain):
    people = chain.people
    draft = make_draft(chain, people.journalist_a, title="Bản nháp của đơn vị")
    in_review = make_draft(chain, people.journalist_a2, title="Đang chờ duyệt")
    make_draft(chain, people.journalist_b, unit=chain.unit_b, title="Bản nháp đơn vị B")
    as_user(client, people.journalist_a2)
    submit(client, in_review)
    html = dashboard(client, people.head_a)
    assert [int(li["data-unit-draft"]) for li in html.select("[data-unit-draft]")] == [draft.pk]
    assert [int(li["data-unit-review"]) for li in html.select("[data-unit-review]")] == [
        in_review.pk
    ]
    assert html.select("#unit-overview-htqt") == []
    # Journalists have no unit overview.
    assert dashboard(client, people.journalist_a).select("[data-unit-draft]") == []
