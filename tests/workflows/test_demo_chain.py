"""The issue's acceptance scenario, with the demo accounts of `make run`."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Site, TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.models import NewsIndexPage, NewsPage, Theme
from tests.workflows.conftest import NO_COMMENTS, as_user, state_of, submit, workflow_action
from workflows.models import Unit
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db


def user(name):
    return get_user_model().objects.get(username=name)


def write_news(client, author, slug):
    as_user(client, author)
    index = NewsIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()
    unit = Unit.objects.get(code="cchc", locale__language_code="vi")
    data = nested_form_data(
        {
            "title": "Hội thảo về cải cách thủ tục hành chính",
            "slug": slug,
            "publication_date": "2026-11-28 09:00",
            "summary": "Vụ Cải cách hành chính tổ chức hội thảo.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung hội thảo.</p>"))]),
            "lead_unit": unit.pk,
            "comments": NO_COMMENTS,
        }
    )
    data["themes"] = [str(Theme.objects.filter(locale__language_code="vi").first().pk)]
    data["action-submit"] = "1"
    client.post(reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)), data)
    return NewsPage.objects.get(slug=slug)


def test_demo_accounts_walk_the_chain(client, demo_site):
    page = write_news(client, user("editor.cchc"), "hoi-thao-cai-cach-thu-tuc")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    # The head of another unit neither sees nor approves it.
    head_htqt = user("head.htqt")
    assert not TaskState.objects.reviewable_by(head_htqt).exists()
    as_user(client, head_htqt)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    # Its own unit's head approves, then the board; it is live.
    as_user(client, user("head.cchc"))
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    as_user(client, user("board"))
    workflow_action(client, page, "approve")
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    as_user(client, None)
    assert client.get(page.url).status_code == 200


def test_demo_head_cannot_approve_their_own_item(client, demo_site):
    head = user("head.cchc")
    page = write_news(client, head, "bai-cua-vu-truong")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-no-reviewer" in html


def test_editor_resubmits_after_changes(client, demo_site):
    page = write_news(client, user("editor.cchc"), "bai-can-sua")
    as_user(client, user("head.cchc"))
    workflow_action(client, page, "reject", comment="Thêm ảnh minh họa.")
    assert state_of(page)[0] == "needs_changes"
    as_user(client, user("editor.cchc"))
    submit(client, page)
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)


def test_demo_english_version_of_an_icd_item(client, demo_site, django_capture_on_commit_callbacks):
    """editor.htqt translates a live Vietnamese ICD item; head.htqt and board approve; editing
    the Vietnamese source then marks the English one outdated."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    from workflows.reports import translation_status_queryset

    editor = user("editor.htqt")
    index = NewsIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()
    unit = Unit.objects.get(code="htqt", locale__language_code="vi")
    source = index.add_child(
        instance=NewsPage(
            title="Vụ Hợp tác quốc tế làm việc với đoàn ASEAN",
            slug="vu-htqt-lam-viec-voi-doan-asean",
            summary="Tóm tắt buổi làm việc.",
            lead_unit=unit,
            owner=editor,
            locale=index.locale,
        )
    )
    source.themes = [Theme.objects.filter(locale__language_code="vi").first()]
    source.save_revision(user=editor).publish()
    english_locale = Locale.objects.get(language_code="en")

    as_user(client, editor)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]),
        {"locales": [english_locale.pk]},
    )
    translation = Translation.objects.get(source__object_id=source.translation_key)
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english_locale,
            context=segment.context,
            data="ICD works with an ASEAN delegation"
            if segment.string.data == source.title
            else f"(en) {segment.string.data}",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=editor,
        )
    client.post(reverse("workflows_submit_translation", args=[translation.pk]))
    english = source.get_translation(english_locale)
    as_user(client, user("head.htqt"))
    workflow_action(client, english, "approve")
    as_user(client, user("board"))
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, english, "approve")
    english = NewsPage.objects.get(pk=english.pk)
    assert english.live and english.title == "ICD works with an ASEAN delegation"

    as_user(client, None)
    assert english.url in client.get(source.url).content.decode()
    assert source.url in client.get(english.url).content.decode()
    states = dict(translation_status_queryset().values_list("pk", "state"))
    assert states[source.pk] == "live"

    # The Vietnamese source is edited and published again.
    source = NewsPage.objects.get(pk=source.pk)
    source.summary = "Tóm tắt đã cập nhật."
    source.save_revision(user=editor).publish()
    states = dict(translation_status_queryset().values_list("pk", "state"))
    assert states[source.pk] == "outdated"
    assert "data-outdated-translation" in client.get(english.url).content.decode()
