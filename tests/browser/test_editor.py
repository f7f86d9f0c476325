"""The editor's screens as a journalist meets them, in Chromium."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale

from home.models import HomePage
from news.models import NewsIndexPage
from tests.browser.conftest import admin_login

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize(
    ("language", "title", "slug"),
    [
        ("vi", "Hội thảo cải cách công vụ ASEAN", "hoi-thao-cai-cach-cong-vu-asean"),
        (
            "en",
            "Đà Nẵng hosts the ASEAN civil service week",
            "da-nang-hosts-the-asean-civil-service-week",
        ),
    ],
)
def test_slug_keeps_vietnamese_letters(demo, browsing, language, title, slug):
    """Typing the title fills the slug with the same transliteration the server uses."""
    portal = HomePage.objects.get(locale=Locale.objects.get(language_code=language))
    news_index = NewsIndexPage.objects.child_of(portal).get()
    tab = admin_login(browsing, "editor.cchc")
    tab.goto(reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk)))
    # Typed as a person does: Wagtail copies the title into the slug as it changes.
    tab.locator("#id_title").click()
    tab.keyboard.type(title)
    tab.locator("#id_summary").click()
    expect(tab.locator("#id_slug")).to_have_value(slug)
