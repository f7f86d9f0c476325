"""Translations never write live content without review, and only those who may edit an item
translate it."""

import io
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from events.models import Country
from news.models import NewsPage, Theme
from tests.workflows.conftest import as_user, make_draft
from tests.workflows.test_demo_chain import write_news
from tests.workflows.test_translation import start_translation, translate_all
from workflows.models import Unit

pytestmark = pytest.mark.django_db


def assert_refused(response):
    """Refused: a 403, or Wagtail's own refusal in the admin (back to the dashboard with "you
    do not have permission")."""
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home"), response["Location"]
    else:
        assert response.status_code == 403, response.status_code


def english_snippets():
    """What English readers see of units, themes and countries."""
    en = Locale.objects.get(language_code="en")
    units = {
        unit.code: (
            unit.name,
            unit.short_name,
            unit.description,
            unit.press_contact_name,
            unit.press_contact_role,
            unit.press_contact_email,
        )
        for unit in Unit.objects.filter(locale=en)
    }
    themes = dict(Theme.objects.filter(locale=en).values_list("translation_key", "name"))
    countries = dict(Country.objects.filter(locale=en).values_list("translation_key", "name"))
    return units, themes, countries


def test_starting_syncing_and_updating_a_translation_leaves_english_snippets_alone(
    client, demo_site
):
    editor = get_user_model().objects.get(username="editor.cchc")
    page = write_news(client, editor, "dich-khong-ghi-de")
    before = english_snippets()
    assert before[0]["cchc"][0] != "Vụ Cải cách hành chính"

    # Start: "Translate this page" → English.
    as_user(client, editor)
    en = Locale.objects.get(language_code="en")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [en.pk]}
    )
    assert response.status_code == 302
    assert page.get_translation(en)
    assert english_snippets() == before

    # Sync after the Vietnamese text changed, then update with "publish" ticked by someone
    # who may publish.
    source = Translation.objects.get(source__object_id=page.translation_key).source
    for user in (editor, get_user_model().objects.get(username="admin")):
        as_user(client, user)
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
        assert response.status_code == 302
        assert english_snippets() == before

    # The English unit page and the news filter still show the English name.
    as_user(client, None)
    html = client.get("/en/news/").content.decode()
    assert "Vụ Cải cách hành chính" not in html


def test_a_missing_snippet_translation_may_still_be_created(client, chain):
    people = chain.people
    page = make_draft(chain, people.journalist_a)
    en = chain.tree.en
    assert not chain.unit_a.has_translation(en)
    start_translation(client, people.journalist_a, page, chain)
    assert chain.unit_a.has_translation(en)


def test_an_existing_unit_translation_is_not_rewritten(client, chain):
    people = chain.people
    en = chain.tree.en
    english_unit = chain.unit_a.copy_for_translation(en)
    english_unit.name = "Department of Administrative Reform"
    english_unit.press_contact_name = "Ms Lan"
    english_unit.save()
    page = make_draft(chain, people.journalist_a)
    start_translation(client, people.journalist_a, page, chain)
    english_unit.refresh_from_db()
    assert english_unit.name == "Department of Administrative Reform"
    assert english_unit.press_contact_name == "Ms Lan"


def test_a_journalist_cannot_translate_or_sync_a_unit_through_localize(client, chain):
    people = chain.people
    en = chain.tree.en
    english_unit = chain.unit_a.copy_for_translation(en)
    english_unit.name = "Department of Administrative Reform"
    english_unit.save()
    as_user(client, people.journalist_a)
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["workflows", "unit", chain.unit_b.pk]
    )
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"locales": [en.pk]}))
    assert not chain.unit_b.has_translation(en)


def test_another_units_journalist_is_refused_on_every_translation_view(client, chain):
    people = chain.people
    draft = make_draft(chain, people.journalist_a, title="Bản nháp của đơn vị A")
    english, translation = start_translation(client, people.journalist_a, draft, chain)
    segment = StringSegment.objects.filter(source=translation.source).first()
    strings_before = StringTranslation.objects.count()
    revisions_before = Revision.objects.count()
    en = chain.tree.en

    as_user(client, people.journalist_b)
    t = translation.pk
    refused = [
        ("get", reverse("wagtail_localize:submit_page_translation", args=[draft.pk]), {}),
        (
            "post",
            reverse("wagtail_localize:submit_page_translation", args=[draft.pk]),
            {"locales": [en.pk]},
        ),
        ("get", reverse("wagtail_localize:update_translations", args=[translation.source_id]), {}),
        (
            "post",
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on"},
        ),
        ("get", reverse("wagtail_localize:preview_translation", args=[t]), {}),
        ("post", reverse("wagtail_localize:stop_translation", args=[t]), {}),
        ("get", reverse("wagtail_localize:download_pofile", args=[t]), {}),
        (
            "post",
            reverse("wagtail_localize:upload_pofile", args=[t]),
            {"file": io.BytesIO(b"")},
        ),
        ("post", reverse("wagtail_localize:machine_translate", args=[t]), {}),
        (
            "put",
            reverse("wagtail_localize:edit_string_translation", args=[t, segment.pk]),
            {"value": "Hijacked"},
        ),
        ("get", reverse("wagtail_localize:convert_to_alias", args=[english.pk]), {}),
        ("post", reverse("wagtail_localize:convert_to_alias", args=[english.pk]), {}),
        ("post", reverse("workflows_submit_translation", args=[t]), {}),
        ("post", reverse("workflows_machine_text_reviewed", args=[t]), {}),
    ]
    refused.append(("get", reverse("wagtailadmin_pages:edit", args=[english.pk]), {}))
    for method, url, data in refused:
        if method == "put":
            response = client.put(url, urlencode(data), "application/x-www-form-urlencoded")
        else:
            response = getattr(client, method)(url, data)
        assert_refused(response)

    assert StringTranslation.objects.count() == strings_before
    assert Revision.objects.count() == revisions_before
    assert Translation.objects.get(pk=t).enabled
    assert not Page.objects.get(pk=english.pk).live
    assert not NewsPage.objects.filter(alias_of=draft).exists()


def test_the_author_still_translates_their_own_item(client, chain):
    people = chain.people
    draft = make_draft(chain, people.journalist_a)
    english, translation = start_translation(client, people.journalist_a, draft, chain)
    translate_all(translation, people.journalist_a)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]), {}
    )
    assert response.status_code == 302
