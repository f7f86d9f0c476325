"""The translation editor's summary: counts, untranslated segments named, title and address,
fetched again by the editor's script after each saved segment."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.workflows.conftest import as_user
from tests.workflows.test_translation import (  # noqa: F401 (fixture)
    source,
    start_translation,
    translate_all,
)

pytestmark = pytest.mark.django_db


def test_summary_above_the_editor_names_missing_segments_and_shows_the_slug(
    client,
    chain,
    source,  # noqa: F811
):
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    summary = html.select_one("[data-translation-progress]")
    total, done = translation.get_progress()
    assert done < total
    assert summary.select_one("[data-progress-count]").get_text() == (
        f"Đã dịch {done}/{total} đoạn."
    )
    assert summary.select_one("[data-english-slug]").get_text() == english.slug
    missing = [li.get_text() for li in summary.select("[data-missing-segments] li")]
    assert missing[0] == "Tiêu đề: “Tuyên truyền về hội nhập”"
    assert summary["data-heading-format"] == "Bản dịch từ %(source)s sang %(target)s"
    assert html.find("script", src="/static/workflows/js/translation_progress.js") is not None


def test_progress_follows_the_saved_segments(client, chain, source):  # noqa: F811
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    url = reverse("workflows_translation_progress", args=[translation.pk])
    before = client.get(url).json()
    assert before["done"] < before["total"] and before["missing"]
    translate_all(translation, chain.people.journalist_a)
    after = client.get(url).json()
    assert after["done"] == after["total"] == before["total"]
    assert after["missing"] == []


def test_progress_refused_to_who_may_not_edit_the_english_version(client, chain, source):  # noqa: F811
    english, translation = start_translation(client, chain.people.journalist_a, source, chain)
    as_user(client, chain.people.journalist_b)
    response = client.get(reverse("workflows_translation_progress", args=[translation.pk]))
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
