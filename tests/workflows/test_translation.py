"""English versions through the same chain; no path to "live" without the right to publish."""

import io

import polib
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.workflows.conftest import as_user, make_draft, state_of, workflow_action
from workflows import translation as tr
from workflows.models import GlossaryTerm
from workflows.reports import translation_status_queryset
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def source(chain):
    """A live Vietnamese news item of unit A, written by journalist_a."""
    page = make_draft(chain, chain.people.journalist_a, title="Tuyên truyền về hội nhập")
    page.get_latest_revision().publish()
    return fresh(page)


def start_translation(client, user, page, chain):
    as_user(client, user)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [chain.tree.en.pk]},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    english = page.get_translation(chain.tree.en)
    return english.specific, Translation.objects.get(
        source__object_id=page.translation_key, target_locale=chain.tree.en
    )


def translate_all(translation, user, prefix="EN "):
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": prefix + segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )


def submit_english(client, translation):
    return client.post(reverse("workflows_submit_translation", args=[translation.pk]))


def test_english_version_goes_through_the_same_chain(
    client, chain, source, django_capture_on_commit_callbacks
):
    people = chain.people
    with django_capture_on_commit_callbacks(execute=True):
        english, translation = start_translation(client, people.journalist_a, source, chain)
    assert not fresh(english).live  # a new translation of a live page is a draft
    translate_all(translation, people.journalist_a)
    # The localize editor offers the submission form.
    page = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert "data-submit-translation" in page.content.decode()
    submit_english(client, translation)
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
    assert fresh(english).get_latest_revision().user == people.journalist_a
    # Routed to the same unit's head, not another unit's.
    as_user(client, people.head_b)
    workflow_action(client, english, "approve")
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    workflow_action(client, english, "approve")
    assert state_of(english) == ("in_progress", BOARD_TASK_NAME)
    as_user(client, people.board)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, english, "approve")
    english = fresh(english)
    assert english.live and english.title == "EN Tuyên truyền về hội nhập"
    assert Translation.objects.get(pk=translation.pk).enabled  # still synced
    # Both languages are live and link to each other.
    as_user(client, None)
    html = BeautifulSoup(client.get(english.url).content.decode(), "html.parser")
    assert html.find("link", hreflang="vi")["href"].endswith(source.url)
    assert (
        html.find("nav", class_="language-switcher").find("a", hreflang="vi")["href"] == source.url
    )


def test_submit_action_on_the_edit_url_also_submits(client, chain, source):
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    translate_all(translation, chain.people.journalist_a)
    client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action-submit": "1"})
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)


def test_incomplete_translation_cannot_be_submitted(client, chain, source):
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    submit_english(client, translation)
    assert state_of(english) == (None, None)


def test_journalist_cannot_make_a_translation_live(
    client, chain, source, django_capture_on_commit_callbacks
):
    people = chain.people
    english, translation = start_translation(client, people.journalist_a, source, chain)
    translate_all(translation, people.journalist_a)
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    with django_capture_on_commit_callbacks(execute=True):
        # The translation editor's publish, and Wagtail's publish action on the edit URL.
        client.post(edit_url, {"action": "publish"})
        client.post(edit_url, {"action-publish": "1"})
        # "Sync translated pages" with "publish" ticked.
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
            {"publish_translations": "on"},
        )
        # Convert to alias (which copies the source's live state).
        client.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk]))
        client.post(edit_url, {"localize-convert-to-alias": "1"})
    english = fresh(english)
    assert not english.live
    assert english.alias_of_id is None
    # The sync form does not offer "publish" to a journalist.
    form = client.get(reverse("wagtail_localize:update_translations", args=[translation.source.pk]))
    html = BeautifulSoup(form.content.decode(), "html.parser")
    checkbox = html.find("input", attrs={"name": "publish_translations"})
    assert checkbox is None or checkbox.get("type") == "hidden"
    # The content API is read-only.
    assert client.post("/api/v2/pages/", {}).status_code == 405
    assert client.put(f"/api/v2/pages/{english.pk}/", {}).status_code == 405
    assert not fresh(english).live


def test_a_publisher_may_still_sync_and_publish(
    client, chain, source, django_user_model, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    from workflows.roles import SITE_ADMINISTRATORS

    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    translate_all(translation, chain.people.journalist_a)
    admin = django_user_model.objects.create_user("quan.tri.cong")
    admin.groups.add(Group.objects.get(name=SITE_ADMINISTRATORS))
    as_user(client, admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
            {"publish_translations": "on"},
        )
    assert fresh(english).live


def test_machine_text_blocks_approval_until_reviewed(client, chain, source):
    people = chain.people
    english, translation = start_translation(client, people.journalist_a, source, chain)
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    assert tr.unreviewed_machine_strings(translation).exists()
    submit_english(client, translation)
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, people.head_a)
    task = fresh(english).current_workflow_task
    assert [name for name, *_ in task.specific.get_actions(fresh(english), people.head_a)] == [
        "reject"
    ]
    workflow_action(client, english, "approve")
    assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
    # The reviewer reads the machine text and accepts it; approval is then possible.
    client.post(reverse("workflows_machine_text_reviewed", args=[translation.pk]))
    assert not tr.unreviewed_machine_strings(translation).exists()
    workflow_action(client, english, "approve")
    assert state_of(english) == ("in_progress", BOARD_TASK_NAME)


def test_po_export_and_import_round_trip(client, chain, source):
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= {"Tuyên truyền về hội nhập"}
    for entry in po:
        entry.msgstr = f"[en] {entry.msgid}"
    upload = io.BytesIO(str(po).encode())
    upload.name = "translation.po"
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    total, done = translation.get_progress()
    assert done == total
    title = StringTranslation.objects.get(
        translation_of__data="Tuyên truyền về hội nhập", locale=chain.tree.en
    )
    assert title.data == "[en] Tuyên truyền về hội nhập"
    exported = polib.pofile(
        client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode()
    )
    assert all(entry.msgstr == f"[en] {entry.msgid}" for entry in exported)


def test_report_states(client, chain, tree):
    people = chain.people
    missing = make_draft(chain, people.journalist_a, title="Chưa có bản tiếng Anh")
    missing.get_latest_revision().publish()

    def with_english(title, live=True, in_review=False):
        vi = make_draft(chain, people.journalist_a, title=title)
        vi.get_latest_revision().publish()
        vi = fresh(vi)
        en = vi.copy_for_translation(tree.en)
        en.title = "EN " + title
        revision = en.save_revision(user=people.journalist_a)
        if live:
            revision.publish()
        if in_review:
            en = fresh(en)
            en.get_workflow().start(en, people.journalist_a)
        return vi, fresh(en)

    draft_vi, _ = with_english("Bản tiếng Anh là bản nháp", live=False)
    review_vi, _ = with_english("Bản tiếng Anh đang chờ duyệt", live=False, in_review=True)
    live_vi, _ = with_english("Bản tiếng Anh đang hiển thị")
    outdated_vi, outdated_en = with_english("Bản tiếng Anh đã cũ")
    outdated_vi.title = "Bản tiếng Việt đã sửa"
    outdated_vi.save_revision().publish()

    states = dict(translation_status_queryset().values_list("pk", "state"))
    assert states[missing.pk] == "missing"
    assert states[draft_vi.pk] == "draft"
    assert states[review_vi.pk] == "in_review"
    assert states[live_vi.pk] == "live"
    assert states[outdated_vi.pk] == "outdated"

    # The report in the admin, filtered, and its spreadsheet.
    as_user(client, people.board)
    url = reverse("workflows_translation_report")
    html = BeautifulSoup(client.get(url, {"state": "outdated"}).content.decode(), "html.parser")
    assert [int(row["data-translation-row"]) for row in html.select("[data-translation-row]")] == [
        outdated_vi.pk
    ]
    export = client.get(url, {"export": "csv"})
    assert export.status_code == 200
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Bản tiếng Việt đã sửa" in body
    # Journalists of another unit see none of unit A's rows; a coordinator sees all.
    as_user(client, people.journalist_b)
    assert (
        BeautifulSoup(client.get(url).content.decode(), "html.parser").select(
            "[data-translation-row]"
        )
        == []
    )
    as_user(client, people.coordinator)
    assert (
        len(
            BeautifulSoup(client.get(url).content.decode(), "html.parser").select(
                "[data-translation-row]"
            )
        )
        == 5
    )
    # The outdated English page tells its readers.
    as_user(client, None)
    page = BeautifulSoup(client.get(outdated_en.url).content.decode(), "html.parser")
    notice = page.select_one("[data-outdated-translation]")
    assert notice is not None and notice.find("a")["href"] == fresh(outdated_vi).url
    live_en = BeautifulSoup(
        client.get(fresh(live_vi).get_translation(tree.en).url).content.decode(), "html.parser"
    )
    assert live_en.select_one("[data-outdated-translation]") is None


def test_glossary_flags_a_term_to_avoid(client, chain, tree):
    GlossaryTerm.objects.create(vietnamese="Việt Nam", english="Viet Nam", avoid="Vietnam")
    vi = make_draft(chain, chain.people.journalist_a, title="Việt Nam tham dự hội nghị")
    en = vi.copy_for_translation(tree.en)
    en.title = "Vietnam attends the meeting"
    en.save_revision(user=chain.people.journalist_a)
    as_user(client, chain.people.journalist_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[en.pk]), follow=True)
    assert "“Vietnam”" in response.content.decode()
    assert "Viet Nam" in response.content.decode()


def test_english_address_never_serves_a_vietnamese_page(client, tree):
    tree.home_en.unpublish()
    tree.news_en.unpublish()
    assert client.get("/en/").status_code == 404
    assert client.get("/en/tin-tuc/").status_code == 404


def test_page_listing_shows_the_english_state(client, chain, tree):
    people = chain.people
    missing = make_draft(chain, people.journalist_a, title="Chưa dịch")
    missing.get_latest_revision().publish()
    translated = make_draft(chain, people.journalist_a, title="Đã dịch")
    translated.get_latest_revision().publish()
    english = fresh(translated).copy_for_translation(tree.en)
    english.save_revision().publish()
    as_user(client, people.board)
    response = client.get(reverse("wagtailadmin_explore", args=[tree.news_vi.pk]))
    html = BeautifulSoup(response.content.decode(), "html.parser")
    states = {tag["data-english-state"] for tag in html.select("[data-english-state]")}
    assert states == {"missing", "live"}
