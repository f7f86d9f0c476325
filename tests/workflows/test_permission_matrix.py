"""Who may do what, driven through the admin's HTTP endpoints.

Roles: journalist of unit A, journalist of unit B, head of A, deputy of A, head of B, board
member, ICD coordinator, anonymous. The item is a news item of unit A written by
``journalist_a``."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.models import NewsPage
from tests.workflows.conftest import (
    NO_COMMENTS,
    as_user,
    edit,
    make_draft,
    state_of,
    submit,
    workflow_action,
)
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db

ROLES = [
    "journalist_a",
    "journalist_b",
    "head_a",
    "deputy_a",
    "head_b",
    "board",
    "coordinator",
    "anonymous",
]


def user_for(chain, role):
    return None if role == "anonymous" else getattr(chain.people, role)


def allowed(*roles):
    return [(role, role in roles) for role in ROLES]


def own_unit(chain, role):
    return chain.unit_b if role in ("journalist_b", "head_b") else chain.unit_a


@pytest.mark.parametrize(
    ("role", "expected"),
    allowed("journalist_a", "journalist_b", "head_a", "deputy_a", "head_b", "board"),
)
def test_create(client, chain, role, expected):
    as_user(client, user_for(chain, role))
    parent = chain.tree.news_vi
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", parent.pk))
    data = nested_form_data(
        {
            "title": "Tin mới của đơn vị",
            "slug": "tin-moi-cua-don-vi",
            "publication_date": "2026-11-20 09:00",
            "summary": "Tóm tắt.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
            "lead_unit": own_unit(chain, role).pk,
            "comments": NO_COMMENTS,
        }
    )
    data["themes"] = [str(chain.theme.pk)]
    client.post(url, data)
    created = NewsPage.objects.filter(slug="tin-moi-cua-don-vi").first()
    assert (created is not None) == expected
    if created:
        assert not created.live


@pytest.mark.parametrize(
    ("role", "expected"),
    allowed("journalist_a", "journalist_b", "head_a", "deputy_a", "head_b", "board"),
)
def test_edit_own_draft(client, chain, role, expected):
    user = user_for(chain, role)
    if user is None:
        page = make_draft(chain, chain.people.journalist_a)
    else:
        page = make_draft(chain, user, unit=own_unit(chain, role))
    as_user(client, user)
    edit(client, page, title="Tiêu đề đã sửa")
    page.refresh_from_db()
    edited = page.get_latest_revision_as_object().title == "Tiêu đề đã sửa"
    assert edited == expected


@pytest.mark.parametrize(("role", "expected"), allowed("board"))
def test_edit_another_persons_draft(client, chain, role, expected):
    page = make_draft(chain, chain.people.journalist_a2)
    as_user(client, user_for(chain, role))
    edit(client, page, title="Sửa bài của người khác")
    page.refresh_from_db()
    assert (page.get_latest_revision_as_object().title == "Sửa bài của người khác") == expected


@pytest.mark.parametrize(("role", "expected"), allowed("journalist_a", "board"))
def test_submit(client, chain, role, expected):
    page = make_draft(chain, chain.people.journalist_a)
    as_user(client, user_for(chain, role))
    submit(client, page)
    assert (state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)) == expected


@pytest.fixture
def at_step_1(client, chain):
    page = make_draft(chain, chain.people.journalist_a)
    as_user(client, chain.people.journalist_a)
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    return page


@pytest.fixture
def at_step_2(client, chain, at_step_1):
    as_user(client, chain.people.head_a)
    workflow_action(client, at_step_1, "approve")
    assert state_of(at_step_1) == ("in_progress", BOARD_TASK_NAME)
    return at_step_1


@pytest.mark.parametrize(("role", "expected"), allowed("head_a", "deputy_a"))
def test_approve_step_1(client, chain, at_step_1, role, expected):
    as_user(client, user_for(chain, role))
    workflow_action(client, at_step_1, "approve", comment="Đồng ý")
    assert (state_of(at_step_1) == ("in_progress", BOARD_TASK_NAME)) == expected


@pytest.mark.parametrize(("role", "expected"), allowed("board"))
def test_approve_step_2(client, chain, at_step_2, role, expected):
    as_user(client, user_for(chain, role))
    workflow_action(client, at_step_2, "approve")
    page = NewsPage.objects.get(pk=at_step_2.pk)
    assert page.live == expected
    assert (state_of(page) == (None, None)) == expected


@pytest.mark.parametrize(("role", "expected"), allowed("head_a", "deputy_a"))
def test_request_changes(client, chain, at_step_1, role, expected):
    as_user(client, user_for(chain, role))
    workflow_action(client, at_step_1, "reject", comment="Bổ sung số liệu.")
    assert (state_of(at_step_1)[0] == "needs_changes") == expected


@pytest.mark.parametrize(("role", "expected"), allowed())
def test_publish_directly(client, chain, role, expected):
    page = make_draft(chain, chain.people.journalist_a)
    as_user(client, user_for(chain, role))
    edit(client, page, **{"action-publish": "1"})
    assert NewsPage.objects.get(pk=page.pk).live == expected


@pytest.mark.parametrize(
    ("role", "expected"), allowed("journalist_a", "head_a", "deputy_a", "board")
)
def test_preview_a_draft_in_review(client, chain, at_step_1, role, expected):
    as_user(client, user_for(chain, role))
    revision = at_step_1.get_latest_revision()
    response = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[at_step_1.pk, revision.pk])
    )
    assert (response.status_code == 200) == expected


@pytest.mark.parametrize(
    ("role", "expected"), allowed("journalist_a", "head_a", "deputy_a", "board")
)
def test_view_history(client, chain, at_step_1, role, expected):
    as_user(client, user_for(chain, role))
    response = client.get(reverse("wagtailadmin_pages:history", args=[at_step_1.pk]))
    assert (response.status_code == 200) == expected


def test_draft_is_not_public(client, chain, at_step_1):
    as_user(client, None)
    assert client.get(at_step_1.url or "/tin-tuc/tin-nhap/").status_code == 404
