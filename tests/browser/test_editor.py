"""The editor's screens as a journalist meets them, in Chromium: from the dashboard's "Write"
button to an editor that offers the page's own language and Vietnamese-aware slugs."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from home.models import HomePage
from news.models import NewsIndexPage, Theme
from tests.browser.conftest import admin_login
from workflows.models import Unit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def type_title(tab, title):
    # Typed as a person does: Wagtail copies the title into the slug as it changes.
    tab.locator("#id_title").click()
    tab.keyboard.type(title)
    tab.locator("#id_summary").click()


def test_write_from_the_dashboard(demo, browsing):
    """A new journalist finds where to write on the dashboard; the editor offers Vietnamese
    themes and units only, once each, and the slug keeps the letters of the title."""
    vi = Locale.objects.get(language_code="vi")
    news_index = NewsIndexPage.objects.child_of(HomePage.objects.get(locale=vi)).get()
    tab = admin_login(browsing, "editor.cchc")
    tab.get_by_role("link", name="Viết tin mới").click()
    tab.wait_for_url(re.compile(rf"/admin/pages/add/news/newspage/{news_index.pk}/$"))

    themes = tab.locator("input[name=themes]")
    expect(themes).to_have_count(Theme.objects.filter(locale=vi).count())
    units = tab.locator("input[name=coordinating_units]")
    expect(units).to_have_count(Unit.objects.filter(locale=vi).count())
    labels = tab.locator("[data-contentpath=coordinating_units] label").all_inner_texts()
    assert not {unit.name for unit in Unit.objects.filter(locale__language_code="en")} & {
        label.strip() for label in labels
    }

    type_title(tab, "Hội thảo cải cách công vụ ASEAN")
    expect(tab.locator("#id_slug")).to_have_value("hoi-thao-cai-cach-cong-vu-asean")


def test_english_title_with_vietnamese_names(demo, browsing):
    english = NewsIndexPage.objects.child_of(HomePage.objects.get(locale__language_code="en")).get()
    tab = admin_login(browsing, "editor.cchc")
    tab.goto(f"/admin/pages/add/news/newspage/{english.pk}/")
    type_title(tab, "Đà Nẵng hosts the ASEAN civil service week")
    expect(tab.locator("#id_slug")).to_have_value("da-nang-hosts-the-asean-civil-service-week")
