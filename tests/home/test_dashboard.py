"""The dashboard's "Write" panel: where each user may write, in their language, and their own
unfinished work."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def panel(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser").find(id="quick-actions-section")


def actions(client):
    found = panel(client)
    return {a.get_text(strip=True): a["href"] for a in found.select("[data-quick-action]")}


def add_url(app, model, parent):
    return reverse("wagtailadmin_pages:add", args=(app, model, parent.pk))


def test_journalist_gets_both_actions_in_vietnamese(client, demo_site):
    from django.contrib.auth import get_user_model

    from events.models import EventIndexPage
    from news.models import NewsIndexPage

    client.force_login(get_user_model().objects.get(username="editor.cchc"))
    home = demo_site["vi"]
    assert actions(client) == {
        "Viết tin mới": add_url("news", "newspage", NewsIndexPage.objects.child_of(home).get()),
        "Tạo sự kiện mới": add_url(
            "events", "eventpage", EventIndexPage.objects.child_of(home).get()
        ),
    }
    # The English admin writes into the English indexes.
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor.cchc"))
    profile.preferred_language = "en"
    profile.save()
    english = demo_site["en"]
    assert actions(client) == {
        "Write a news item": add_url(
            "news", "newspage", NewsIndexPage.objects.child_of(english).get()
        ),
        "Create an event": add_url(
            "events", "eventpage", EventIndexPage.objects.child_of(english).get()
        ),
    }
    # Each button opens the editor.
    for url in actions(client).values():
        assert client.get(url).status_code == 200


def test_no_action_without_permission_to_write(client, demo_site):
    """The ICD coordinator follows the units but writes nothing: no button that would 403."""
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="icd"))
    found = panel(client)
    assert found is None


def test_my_work_lists_drafts_and_returned_items_with_the_comment(client, demo_site):
    from django.contrib.auth import get_user_model

    from news.models import NewsIndexPage
    from workflows.models import Unit

    user = get_user_model().objects.get(username="editor.cchc")
    client.force_login(user)
    index = NewsIndexPage.objects.child_of(demo_site["vi"]).get()
    unit = Unit.objects.get(code="cchc", locale__language_code="vi")
    draft = NewsPageFactory(
        parent=index, locale=index.locale, title="Bản nháp về ACCSM", lead_unit=unit, live=False
    )
    draft.save_revision(user=user)
    returned = NewsPageFactory(
        parent=index, locale=index.locale, title="Tin bị trả lại", lead_unit=unit, live=False
    )
    revision = returned.save_revision(user=user)
    workflow = returned.get_workflow()
    state = workflow.start(returned, user)
    head = get_user_model().objects.get(username="head.cchc")
    task_state = state.current_task_state
    task_state.task.specific.on_action(
        task_state, head, "reject", comment="Bổ sung thời gian tổ chức."
    )
    assert revision.pk

    found = panel(client)
    drafts = [a.get_text(strip=True) for a in found.select("[data-own-drafts] a")]
    assert "Bản nháp về ACCSM" in drafts
    assert "Tin bị trả lại" not in drafts
    returned_items = found.select("[data-returned-items] li")
    assert [li.a.get_text(strip=True) for li in returned_items] == ["Tin bị trả lại"]
    assert (
        "Bổ sung thời gian tổ chức."
        in returned_items[0].select_one("[data-reviewer-comment]").get_text()
    )
    assert not Page.objects.get(pk=returned.pk).live
