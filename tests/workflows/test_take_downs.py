"""Taking a live item down (unpublish, delete, move, revert and publish an earlier revision) is
the review chain's business, over every admin URL: Wagtail's single views and its bulk actions.

Roles: the journalist who wrote the item, a web editor of a unit's site (may add and edit
every page there), the head of the item's lead unit, a member of the editorial board, a site
administrator. The item is a live news item of unit A written by ``journalist_a``."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    Page,
    PageLogEntry,
    PageViewRestriction,
    WorkflowState,
)

from news.models import NewsIndexPage, NewsPage
from page_cache.cache import page_dependency, read_versions
from security.models import AuditEvent
from tests.factories import NewsPageFactory, UnitFactory
from tests.home.test_channels import add_channel
from tests.workflows.conftest import (
    as_user,
    edit,
    form_data,
    make_draft,
    state_of,
    submit,
    workflow_action,
)
from workflows import roles
from workflows.models import UnitMembership
from workflows.roles import BOARD_TASK_NAME, SITE_ADMINISTRATORS, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db

ROLES = ["journalist", "site_editor", "unit_head", "board", "site_admin"]
TAKE_DOWN_ROLES = {"board", "site_admin"}
REASON = "Bài có số liệu sai, cần gỡ ngay để đính chính."


@pytest.fixture
def people(chain, tree, django_user_model):
    """The chain's people, a web editor of the site and a site administrator."""
    site_editors = Group.objects.create(name="Biên tập web thử")
    site_editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=site_editors,
            page=tree.home_vi,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    site_editor = django_user_model.objects.create_user("web_editor", password="x" * 16)
    site_editor.groups.add(site_editors)
    # The web editor of unit A's site, a member of unit A (so that the item's form is valid
    # for them, and a refusal is a matter of permission).
    UnitMembership.objects.create(unit=chain.unit_a, user=site_editor, role=UnitMembership.MEMBER)
    site_admin = django_user_model.objects.create_user("site_admin", password="x" * 16)
    site_admin.groups.add(Group.objects.get(name=SITE_ADMINISTRATORS))
    return {
        "journalist": chain.people.journalist_a,
        "site_editor": site_editor,
        "unit_head": chain.people.head_a,
        "board": chain.people.board,
        "site_admin": site_admin,
    }


@pytest.fixture
def live_item(chain):
    """A live news item of unit A, approved once as "Tin đã duyệt", later as "Tin đã sửa"."""
    page = make_draft(chain, chain.people.journalist_a, title="Tin đã duyệt")
    first = page.save_revision(user=chain.people.journalist_a)
    first.publish()
    page = NewsPage.objects.get(pk=page.pk)
    page.title = "Tin đã sửa"
    page.save_revision(user=chain.people.journalist_a).publish()
    page = NewsPage.objects.get(pk=page.pk)
    page.first_revision = first
    return page


@pytest.fixture
def other_index(tree):
    return tree.home_vi.add_child(
        instance=NewsIndexPage(title="Tin lưu trữ", slug="tin-luu-tru", locale=tree.vi)
    )


def matrix():
    return [(role, role in TAKE_DOWN_ROLES) for role in ROLES]


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def done(response, location):
    return response.status_code == 302 and response["Location"] == location


@pytest.mark.parametrize(("role", "allowed"), matrix())
def test_unpublish(client, people, live_item, chain, role, allowed):
    as_user(client, people[role])
    url = reverse("wagtailadmin_pages:unpublish", args=[live_item.pk])
    explorer = reverse("wagtailadmin_explore", args=[chain.tree.news_vi.pk])
    if allowed:
        assert client.get(url).status_code == 200
        assert done(client.post(url, {"reason": REASON}), explorer)
    else:
        assert refused(client.get(url))
        assert refused(client.post(url, {"reason": REASON}))
    assert Page.objects.get(pk=live_item.pk).live is not allowed
    events = AuditEvent.objects.filter(action=AuditEvent.UNPUBLISHED, detail__page_id=live_item.pk)
    if allowed:
        event = events.get()
        assert event.actor == people[role]
        assert event.detail["reason"] == REASON
    else:
        assert not events.exists()


@pytest.mark.parametrize(("role", "allowed"), matrix())
def test_delete(client, people, live_item, chain, role, allowed):
    as_user(client, people[role])
    url = reverse("wagtailadmin_pages:delete", args=[live_item.pk])
    explorer = reverse("wagtailadmin_explore", args=[chain.tree.news_vi.pk])
    if allowed:
        assert client.get(url).status_code == 200
        assert done(client.post(url), explorer)
    else:
        assert refused(client.get(url))
        assert refused(client.post(url))
    assert Page.objects.filter(pk=live_item.pk).exists() is not allowed
    events = AuditEvent.objects.filter(action=AuditEvent.PAGE_DELETED, detail__page_id=live_item.pk)
    assert [event.actor for event in events] == ([people[role]] if allowed else [])


@pytest.mark.parametrize(("role", "allowed"), matrix())
def test_move(client, people, live_item, chain, other_index, role, allowed):
    as_user(client, people[role])
    url = reverse("wagtailadmin_pages:move_confirm", args=[live_item.pk, other_index.pk])
    response = client.post(url)
    if allowed:
        assert done(response, reverse("wagtailadmin_explore", args=[other_index.pk]))
    else:
        assert refused(response)
    moved = Page.objects.get(pk=live_item.pk)
    assert moved.get_parent().pk == (other_index.pk if allowed else chain.tree.news_vi.pk)
    assert moved.live
    events = AuditEvent.objects.filter(action=AuditEvent.PAGE_MOVED, detail__page_id=live_item.pk)
    assert [event.actor for event in events] == ([people[role]] if allowed else [])


# Reverting is publication: only those who publish directly (site administrators) put an
# earlier revision live at once; for the others the edit view keeps it as a draft (the
# journalist's own item, the board's right to edit any page) or refuses the edit.
REVERT_STATUS = {
    "journalist": (200, 302),
    "site_editor": (200, 302),  # may edit every page of the site
    "unit_head": (302, 302),
    "board": (200, 302),
    "site_admin": (200, 302),
}


@pytest.mark.parametrize("role", ROLES)
def test_revert_to_an_earlier_revision_and_publish(client, people, live_item, role):
    as_user(client, people[role])
    revert_url = reverse(
        "wagtailadmin_pages:revisions_revert", args=[live_item.pk, live_item.first_revision.pk]
    )
    get_status, post_status = REVERT_STATUS[role]
    assert client.get(revert_url).status_code == get_status
    data = form_data(live_item.first_revision.as_object())
    data.update({"action-publish": "1", "revision": str(live_item.first_revision.pk)})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[live_item.pk]), data)
    assert response.status_code == post_status
    page = NewsPage.objects.get(pk=live_item.pk)
    assert page.live
    published = page.title == "Tin đã duyệt"
    assert published == (role == "site_admin")
    if role in ("journalist", "site_editor", "board"):
        # Kept as a draft, which must go through the chain.
        assert page.get_latest_revision_as_object().title == "Tin đã duyệt"
        assert page.has_unpublished_changes


def bulk(client, action, page, **data):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return client.post(f"{url}?id={page.pk}&next=/admin/", data)


@pytest.mark.parametrize(("role", "allowed"), matrix())
def test_bulk_unpublish(client, people, live_item, role, allowed):
    as_user(client, people[role])
    response = bulk(client, "unpublish", live_item)
    # The bulk views skip the pages a user may not act on and report success for the rest.
    assert response.status_code == 302
    assert Page.objects.get(pk=live_item.pk).live is not allowed


@pytest.mark.parametrize(("role", "allowed"), matrix())
def test_bulk_delete(client, people, live_item, role, allowed):
    as_user(client, people[role])
    response = bulk(client, "delete", live_item)
    assert response.status_code == 302
    assert Page.objects.filter(pk=live_item.pk).exists() is not allowed


@pytest.mark.parametrize(("role", "allowed"), matrix())
def test_bulk_move(client, people, live_item, chain, other_index, role, allowed):
    as_user(client, people[role])
    response = bulk(client, "move", live_item, chooser=str(other_index.pk))
    if allowed:
        assert done(response, "/admin/")
    else:
        assert refused(response)
    parent = Page.objects.get(pk=live_item.pk).get_parent()
    assert parent.pk == (other_index.pk if allowed else chain.tree.news_vi.pk)


def test_drafts_stay_the_authors_to_delete(client, chain):
    """The rule is about live items: a journalist still deletes a draft of their own."""
    draft = make_draft(chain, chain.people.journalist_a)
    as_user(client, chain.people.journalist_a)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


# Emergency unpublish by the lead unit ------------------------------------------------------


def emergency(client, page, reason):
    return client.post(reverse("workflows_emergency_unpublish", args=[page.pk]), {"reason": reason})


@pytest.mark.parametrize("role", ["journalist", "site_editor", "head_b", "board"])
def test_emergency_unpublish_only_by_the_lead_units_head(client, people, chain, live_item, role):
    user = chain.people.head_b if role == "head_b" else people[role]
    as_user(client, user)
    assert refused(emergency(client, live_item, REASON))
    assert Page.objects.get(pk=live_item.pk).live
    assert not PageLogEntry.objects.filter(action="portal.emergency_unpublish").exists()


def test_emergency_unpublish_needs_a_reason(client, chain, live_item):
    as_user(client, chain.people.head_a)
    response = emergency(client, live_item, "")
    assert response.status_code == 400
    assert "Phải ghi rõ lý do." in response.content.decode()
    assert Page.objects.get(pk=live_item.pk).live


def test_emergency_unpublish_with_a_reason(client, chain, live_item):
    deputy = chain.people.deputy_a
    as_user(client, deputy)
    versions = read_versions([page_dependency(live_item.pk)])
    response = emergency(client, live_item, REASON)
    assert response.status_code == 302
    assert not Page.objects.get(pk=live_item.pk).live
    entry = PageLogEntry.objects.get(page=live_item, action="portal.emergency_unpublish")
    assert entry.user == deputy
    assert entry.data["reason"] == REASON
    event = AuditEvent.objects.get(action=AuditEvent.UNPUBLISHED, detail__page_id=live_item.pk)
    assert (event.actor, event.detail["reason"]) == (deputy, REASON)
    # The page cache and the proxy forget the page (page_cache/purge.py).
    assert read_versions([page_dependency(live_item.pk)]) != versions
    assert client.logout() is None
    assert client.get(live_item.url).status_code == 404


def test_the_boards_unpublish_takes_the_item_off_every_channel(client, chain, tree, live_item):
    """Wagtail unpublishes an item's aliases with it (home/channels.py relies on it): the
    copies on the channel sites go too, and the audit log says who and why."""
    channel = add_channel(tree, "tapchi.localhost", "Tạp chí Tổ chức nhà nước", "Journal")
    live_item.channels.set([channel.site])
    live_item.save_revision().publish()
    alias = NewsPage.objects.get(alias_of=live_item)
    path = f"/tin-tuc/{live_item.slug}/"
    assert client.get(path, HTTP_HOST=channel.host).status_code == 200
    as_user(client, chain.people.board)
    response = client.post(
        reverse("wagtailadmin_pages:unpublish", args=[live_item.pk]), {"reason": REASON}
    )
    assert done(response, reverse("wagtailadmin_explore", args=[tree.news_vi.pk]))
    assert not NewsPage.objects.get(pk=alias.pk).live
    as_user(client, None)
    assert client.get(path, HTTP_HOST=channel.host).status_code == 404
    assert client.get(path).status_code == 404
    event = AuditEvent.objects.get(action=AuditEvent.UNPUBLISHED, detail__page_id=live_item.pk)
    assert (event.actor, event.detail["reason"]) == (chain.people.board, REASON)


# Privacy of a live item -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed"), [*matrix()[:3], ("board", False), ("site_admin", True)]
)
def test_who_may_make_a_live_item_private(client, people, live_item, role, allowed):
    """Privacy decides what the public sees, like publication: site administrators only (the
    board publishes through the chain)."""
    as_user(client, people[role])
    url = reverse("wagtailadmin_pages:set_privacy", args=[live_item.pk])
    response = client.post(url, {"restriction_type": PageViewRestriction.LOGIN})
    restricted = PageViewRestriction.objects.filter(page=live_item).exists()
    assert restricted is allowed
    if allowed:
        assert response.status_code == 200
        assert response.json()["step"] == "set_privacy_done"
        as_user(client, None)
        assert client.get(live_item.url).status_code == 302  # to the sign-in
    else:
        assert refused(response)


# English items written directly in the English tree ------------------------------------------


def test_an_english_item_written_in_english_goes_through_the_chain(client, chain, tree):
    people = chain.people
    page = NewsPageFactory(
        parent=tree.news_en,
        locale=tree.en,
        title="ACCSM meeting in Ha Noi",
        lead_unit=UnitFactory(
            code="cchc", locale=tree.en, translation_key=chain.unit_a.translation_key
        ),
        themes=[chain.theme],
        live=False,
        owner=people.journalist_a,
    )
    page.save_revision(user=people.journalist_a)
    as_user(client, people.journalist_a)
    data = form_data(NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object())
    # Publishing directly is not the journalist's: the button saves a draft.
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**data, "action-publish": "1"})
    assert not NewsPage.objects.get(pk=page.pk).live
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_b)  # another unit's head cannot approve it
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    assert not NewsPage.objects.get(pk=page.pk).live
    as_user(client, people.board)
    workflow_action(client, page, "approve")
    assert NewsPage.objects.get(pk=page.pk).live
    as_user(client, None)
    assert client.get(f"/en/news/{page.slug}/").status_code == 200


# Withdrawing an item from review ---------------------------------------------------------------


def test_the_author_withdraws_their_item_from_review(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    response = edit(client, page, **{"action-cancel-workflow": "1"})
    assert done(response, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert state_of(page) == (None, None)
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "cancelled"
    # Back with the author, who may edit and submit again.
    assert edit(client, page, title="Tin đã bổ sung").status_code == 302
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == (
        "Tin đã bổ sung"
    )


def test_another_journalist_cannot_withdraw_it(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    as_user(client, people.journalist_a)
    submit(client, page)
    as_user(client, people.journalist_a2)
    response = edit(client, page, **{"action-cancel-workflow": "1"})
    assert refused(response)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)


def test_the_lead_units_head_finds_the_emergency_unpublish_in_the_page_listing(
    client, people, chain, live_item
):
    url = reverse("workflows_emergency_unpublish", args=[live_item.pk])
    listing = reverse("wagtailadmin_explore", args=[chain.tree.news_vi.pk])
    as_user(client, chain.people.head_a)
    assert url in client.get(listing).content.decode()
    for role in ("journalist", "board"):  # the board unpublishes through Wagtail's own action
        as_user(client, people[role])
        assert url not in client.get(listing).content.decode()


def test_the_take_down_permission_shows_in_the_group_editor(client, chain, django_user_model):
    board = Group.objects.get(name=roles.EDITORIAL_BOARD)
    as_user(client, django_user_model.objects.create_superuser("root", password="x" * 16))
    response = client.get(reverse("wagtailusers_groups:edit", args=[board.pk]))
    assert response.status_code == 200
    permission = Permission.objects.get(codename="take_down_page")
    box = BeautifulSoup(response.content, "html.parser").find(
        "input", attrs={"name": "permissions", "value": str(permission.pk)}
    )
    # Shown, and ticked for the board: saving the group keeps it.
    assert box is not None
    assert box.has_attr("checked")
