"""The editor's main button for a journalist submits for review, in the editor's language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse

from news.models import NewsIndexPage
from tests.factories import NewsPageFactory
from workflows.models import Unit

pytestmark = pytest.mark.django_db


def main_button(response):
    assert response.status_code == 200, response.status_code
    html = BeautifulSoup(response.content.decode(), "html.parser")
    footer = html.select_one("footer")
    button = footer.select_one("button[type=submit], button[name]")
    return button.get("name"), button.get_text(" ", strip=True), html.get_text(" ")


def test_journalist_submits_from_the_main_button(client, demo_site):
    user = get_user_model().objects.get(username="editor.cchc")
    client.force_login(user)
    index = NewsIndexPage.objects.child_of(demo_site["vi"]).get()
    name, label, text = main_button(
        client.get(reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)))
    )
    assert (name, label) == ("action-submit", "Gửi duyệt")
    assert "editorial chain" not in text

    # Returned for changes: the main button resubmits.
    unit = Unit.objects.get(code="cchc", locale__language_code="vi")
    page = NewsPageFactory(
        parent=index, locale=index.locale, lead_unit=unit, live=False, owner=user
    )
    page.save_revision(user=user)
    state = page.get_workflow().start(page, user)
    head = get_user_model().objects.get(username="head.cchc")
    state.current_task_state.task.specific.on_action(
        state.current_task_state, head, "reject", comment="Bổ sung."
    )
    name, label, _text = main_button(
        client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    )
    assert (name, label) == ("action-submit", "Gửi duyệt lại")


def test_publisher_keeps_publish_as_main_button(client, demo_site):
    client.force_login(get_user_model().objects.get(username="admin"))
    index = NewsIndexPage.objects.child_of(demo_site["vi"]).get()
    name, _label, _text = main_button(
        client.get(reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)))
    )
    assert name != "action-submit"


def test_vietnamese_admin_shows_time_spans_and_languages_in_vietnamese(client, demo_site):
    client.force_login(get_user_model().objects.get(username="head.cchc"))
    index = NewsIndexPage.objects.child_of(demo_site["vi"]).get()
    editor = get_user_model().objects.get(username="editor.cchc")
    unit = Unit.objects.get(code="cchc", locale__language_code="vi")
    page = NewsPageFactory(parent=index, locale=index.locale, lead_unit=unit, live=False)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    text = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content.decode(), "html.parser")
    review = text.select_one("#awaiting-review-section").get_text(" ").replace("\xa0", " ")
    assert "0 phút" in review
    assert "minute" not in review
    assert "Tiếng Việt" in review
