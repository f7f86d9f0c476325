from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from news.models import NewsPage
from tests.factories import NewsPageFactory, ThemeFactory, UnitFactory
from workflows import roles
from workflows.models import UnitMembership

PASSWORD = "mat-khau-dai-2026"  # noqa: S105 -- test accounts
NO_COMMENTS = {
    "TOTAL_FORMS": "0",
    "INITIAL_FORMS": "0",
    "MIN_NUM_FORMS": "0",
    "MAX_NUM_FORMS": "1000",
}


@pytest.fixture
def chain(tree, django_user_model):
    """Two units with their people, the editorial board, a coordinator and the review chain."""
    workflow, _groups = roles.setup_editorial_workflow()
    unit_a = UnitFactory(code="cchc", name="Vụ Cải cách hành chính", short_name="Vụ CCHC")
    unit_b = UnitFactory(code="htqt", name="Vụ Hợp tác quốc tế", short_name="Vụ HTQT")
    UnitFactory(code="ttth", name="Trung tâm Thông tin")

    def person(username, group, unit=None, role=None, language=""):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@example.org", password=PASSWORD
        )
        user.groups.add(Group.objects.get(name=group))
        if unit is not None:
            UnitMembership.objects.create(unit=unit, user=user, role=role)
        if language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        return user

    people = SimpleNamespace(
        journalist_a=person("journalist_a", roles.JOURNALISTS, unit_a, UnitMembership.MEMBER),
        journalist_a2=person("journalist_a2", roles.JOURNALISTS, unit_a, UnitMembership.MEMBER),
        journalist_b=person("journalist_b", roles.JOURNALISTS, unit_b, UnitMembership.MEMBER),
        head_a=person("head_a", roles.UNIT_HEADS, unit_a, UnitMembership.HEAD),
        deputy_a=person("deputy_a", roles.UNIT_HEADS, unit_a, UnitMembership.DEPUTY, "en"),
        head_b=person("head_b", roles.UNIT_HEADS, unit_b, UnitMembership.HEAD),
        board=person("board", roles.EDITORIAL_BOARD),
        board2=person("board2", roles.EDITORIAL_BOARD, language="en"),
        coordinator=person("coordinator", roles.ICD_COORDINATORS),
    )
    return SimpleNamespace(
        tree=tree,
        workflow=workflow,
        unit_a=unit_a,
        unit_b=unit_b,
        theme=ThemeFactory(),
        people=people,
    )


def make_draft(chain, owner, unit=None, title="Tin nháp"):
    """A draft news item owned and last saved by ``owner``."""
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        title=title,
        lead_unit=unit or chain.unit_a,
        themes=[chain.theme],
        live=False,
        owner=owner,
    )
    page.save_revision(user=owner)
    return Page.objects.get(pk=page.pk).specific


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def form_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "publication_date": page.publication_date.strftime("%Y-%m-%d %H:%M"),
        "summary": page.summary,
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "lead_unit": page.lead_unit_id or "",
        "comments": NO_COMMENTS,
        "tags": "",
        "go_live_at": _local(page.go_live_at),
        "expire_at": _local(page.expire_at),
    }
    data.update(changes)
    form = nested_form_data(data)
    form["themes"] = [str(theme.pk) for theme in page.themes.all()] or [""]
    return form


def as_user(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def edit(client, page, **extra):
    data = form_data(NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object())
    data.update(extra)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def submit(client, page):
    return edit(client, page, **{"action-submit": "1"})


def workflow_action(client, page, action, comment=""):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


def state_of(page):
    page = Page.objects.get(pk=page.pk)
    state = page.current_workflow_state
    return (
        state.status if state else None,
        state.current_task_state.task.name if state and state.current_task_state else None,
    )
