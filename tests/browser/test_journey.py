"""The portal's whole editorial journey, as its users do it: in Chromium, through the Wagtail
admin's own screens and the public site, with the demo accounts and content.

1. a journalist logs in, writes a Vietnamese news item with an image and a theme, submits it;
2. the head of another unit does not see it; the head of its lead unit approves with a comment;
3. the board approves; a reader sees it on the home page and in the news listing;
4. the journalist translates it into English and submits; it is approved; the reader switches
   language on the article and lands on its English twin;
5. a reviewer requests changes; the author sees the comment and resubmits;
6. a reader filters events by country, opens one, downloads its calendar file; searches
   without diacritics and finds the article.

One ordered test: each step starts from the state the previous one left. ``step()`` names the
step in the failure and saves a screenshot of every open tab into test-artifacts/.
"""

import contextlib
import re
from pathlib import Path

import pytest
from django.urls import reverse
from icalendar import Calendar
from PIL import Image
from wagtail.models import Locale, TaskState

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, Theme
from tests.browser.conftest import admin_login, path_of
from tests.workflows.conftest import state_of
from workflows.models import Unit
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Bộ Nội vụ tập huấn kỹ năng truyền thông về Cộng đồng ASEAN"
SUMMARY = "Cán bộ các đơn vị thuộc Bộ được tập huấn kỹ năng viết tin về hợp tác ASEAN."
ENGLISH_TITLE = "Ministry trains its staff in communicating about the ASEAN Community"
APPROVAL_COMMENT = "Nội dung chính xác, đồng ý đăng."
IMAGE_ALT = "Học viên lớp tập huấn kỹ năng truyền thông"
ENGLISH_SUMMARY = "Staff of the Ministry's units learn to write news about ASEAN cooperation."
ENGLISH_IMAGE_ALT = "Participants in the communication skills course"
ENGLISH_SLUG = "ministry-trains-its-staff-in-asean-communication"
UPDATED_SUMMARY = "Hơn 60 cán bộ được tập huấn kỹ năng viết tin về hợp tác ASEAN."
CHANGES_COMMENT = "Đề nghị bổ sung thời gian tổ chức lớp tập huấn."


@contextlib.contextmanager
def step(browsing, name):
    """Run one step of the journey; on failure, screenshot every open tab, named by the step."""
    try:
        yield
    except BaseException:
        browsing.screenshot(f"journey-{name}")
        raise


def open_action_menu(tab):
    tab.locator("footer .w-dropdown-button [data-w-dropdown-target=toggle]").first.click()


def translate_segment(tab, source, english):
    """In wagtail-localize's translation editor: translate the segment showing ``source``."""
    segment = tab.locator("li.incomplete").filter(has_text=source).first
    segment.locator("button").last.click()  # "Translate"
    segment.locator("textarea").fill(english)
    segment.locator("button").last.click()  # "Save"
    tab.locator("li.incomplete").filter(has_text=source).first.wait_for(state="detached")


def submit_from_editor(tab):
    open_action_menu(tab)
    with tab.expect_navigation():
        tab.locator("footer button[name=action-submit]").click()


def review_on_dashboard(tab, page, name, comment=None):
    """As a reviewer: take the workflow action ``name`` on ``page`` from the buttons of
    "Awaiting your review" on the dashboard."""
    tab.goto("/admin/")
    button = tab.locator(f"[data-review-item='{page.pk}'] [data-workflow-action-name={name}]")
    if comment is None:
        button = button.and_(tab.locator(":not([data-launch-modal])"))
    else:
        button = button.and_(tab.locator("[data-launch-modal]"))
    with tab.expect_navigation(url=re.compile(r"/admin/$")):
        button.click()
        if comment is not None:
            dialog = tab.locator(".modal-dialog").filter(has=tab.locator("textarea"))
            dialog.locator("textarea").fill(comment)
            dialog.locator("button[type=submit]").click()
    # Back on the dashboard, without a refusal, and the item no longer waits for this user.
    assert tab.locator(".messages .error").count() == 0, tab.locator(".messages").inner_text()
    assert tab.locator(f"[data-review-item='{page.pk}']").count() == 0


def review(tab, page, name, comment=None):
    """As a reviewer: open ``page`` from "Awaiting your review" on the dashboard and take the
    workflow action ``name`` from the editor's action menu; with a ``comment``, the variant of
    the action that asks for one, in its modal. The reviewer is back on the dashboard after."""
    tab.goto("/admin/")
    tab.locator(f"[data-review-item='{page.pk}'] [data-review-link]").click()
    tab.wait_for_url(re.compile(rf"/admin/pages/{page.pk}/edit/"))
    open_action_menu(tab)
    modal = "[data-workflow-action-modal-url]"
    variant = modal if comment is not None else f":not({modal})"
    action = tab.locator(f"footer [data-workflow-action-name={name}]{variant}")
    with tab.expect_navigation(url=re.compile(r"/admin/$")):
        action.click()
        if comment is not None:
            dialog = tab.locator(".modal-dialog").filter(has=tab.locator("textarea"))
            dialog.locator("textarea").fill(comment)
            dialog.locator("button[type=submit]").click()
    # Wagtail's success message, not a refusal.
    assert tab.locator(".messages .success").count() == 1, tab.locator(".messages").inner_text()


def test_editorial_journey(demo, browsing, tmp_path):
    vi = Locale.objects.get(language_code="vi")
    unit = Unit.objects.get(code="htqt", locale=vi)
    theme = Theme.objects.filter(locale=vi).order_by("sort_order").first()
    portal = HomePage.objects.get(locale=vi)
    news_index = NewsIndexPage.objects.child_of(portal).get()
    picture = tmp_path / "tap-huan.png"
    Image.new("RGB", (1200, 800), (30, 90, 160)).save(picture)

    with step(browsing, "1 journalist writes and submits"):
        editor = admin_login(browsing, "editor.htqt")
        editor.goto(reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk)))
        editor.fill("#id_title", TITLE)
        editor.fill("#id_summary", SUMMARY)
        # The image: uploaded through the chooser's upload tab, then chosen.
        editor.locator("#id_main_image-chooser [data-chooser-action-choose]").first.click()
        modal = editor.locator(".modal-dialog")
        modal.get_by_role("tab").nth(1).click()
        modal.locator("input[type=file]").set_input_files(picture)
        modal.locator("input[name='image-chooser-upload-title']").fill("Lớp tập huấn")
        modal.locator("form[enctype] button[type=submit]").first.click()
        editor.locator("#id_main_image-chooser .chooser__title").wait_for()
        editor.fill("#id_main_image_alt", IMAGE_ALT)
        editor.check(f"input[name=themes][value='{theme.pk}']")
        editor.select_option("#id_lead_unit", value=str(unit.pk))
        open_action_menu(editor)
        editor.locator("footer button[name=action-submit]").click()
        editor.wait_for_url(re.compile(r"/admin/pages/\d+/"))
        article = NewsPage.objects.get(title=TITLE)
        assert not article.live
        assert article.main_image is not None and article.main_image.title == "Lớp tập huấn"
        assert list(article.themes.all()) == [theme]
        assert state_of(article) == ("in_progress", UNIT_HEAD_TASK_NAME)

    with step(browsing, "2 heads review"):
        other_head = admin_login(browsing, "head.cchc")
        assert other_head.locator(f"[data-review-item='{article.pk}']").count() == 0
        assert TITLE not in other_head.content()
        # Nor can they open it: the admin sends them back with a refusal.
        other_head.goto(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        assert re.search(r"/admin/$", other_head.url)
        assert other_head.locator(".messages .error").count() == 1
        head = admin_login(browsing, "head.htqt")
        review(head, article, "approve", comment=APPROVAL_COMMENT)
        assert state_of(article) == ("in_progress", BOARD_TASK_NAME)
        approval = TaskState.objects.get(
            workflow_state__object_id=str(article.pk), status=TaskState.STATUS_APPROVED
        )
        assert approval.finished_by.username == "head.htqt"
        assert approval.specific.get_comment() == APPROVAL_COMMENT

    with step(browsing, "3 board approves and readers see it"):
        board = admin_login(browsing, "board")
        review(board, article, "approve")
        article.refresh_from_db()
        assert article.live
        reader = browsing.new_tab()
        reader.goto("/")
        assert reader.get_by_role("link", name=TITLE).count() >= 1
        reader.goto(path_of(news_index))
        reader.get_by_role("link", name=TITLE).first.click()
        reader.wait_for_url(f"**{path_of(article)}")
        assert reader.locator("h1").inner_text() == TITLE

    with step(browsing, "4 translation, its review, the language switcher"):
        en = Locale.objects.get(language_code="en")
        # "Translate this page" (wagtail-localize), then its translation editor.
        editor.goto(reverse("wagtail_localize:submit_page_translation", args=[article.pk]))
        editor.check(f"input[name=locales][value='{en.pk}']")
        editor.locator("main form [type=submit]").click()
        english = article.get_translation(en)
        editor.wait_for_url(re.compile(rf"/admin/pages/{english.pk}/edit/"))
        translate_segment(editor, TITLE, ENGLISH_TITLE)
        translate_segment(editor, SUMMARY, ENGLISH_SUMMARY)
        translate_segment(editor, IMAGE_ALT, ENGLISH_IMAGE_ALT)
        editor.get_by_role("tab", name="Đường dẫn và SEO").click()  # the "Promote" tab
        translate_segment(editor, article.slug, ENGLISH_SLUG)
        with editor.expect_navigation():
            editor.locator("[data-submit-translation]").click()
        assert state_of(english) == ("in_progress", UNIT_HEAD_TASK_NAME)
        assert not NewsPage.objects.get(pk=english.pk).live
        review_on_dashboard(head, english, "approve")
        review_on_dashboard(board, english, "approve")
        english = NewsPage.objects.get(pk=english.pk)
        assert english.live and english.title == ENGLISH_TITLE
        # The reader switches language on the article and lands on its English twin.
        reader.goto(path_of(article))
        reader.locator(".language-switcher a[hreflang=en]").click()
        reader.wait_for_url(f"**{path_of(english)}")
        assert reader.locator("h1").inner_text() == ENGLISH_TITLE
        assert reader.locator("html").get_attribute("lang") == "en"

    with step(browsing, "5 changes requested and resubmitted"):
        # The journalist updates the live Vietnamese article and submits the change.
        editor.goto(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        editor.fill("#id_summary", UPDATED_SUMMARY)
        submit_from_editor(editor)
        assert state_of(article) == ("in_progress", UNIT_HEAD_TASK_NAME)
        review(head, article, "reject", comment=CHANGES_COMMENT)
        assert state_of(article) == ("needs_changes", UNIT_HEAD_TASK_NAME)
        # The author sees the comment in the editor, makes the change and resubmits.
        editor.goto(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        assert CHANGES_COMMENT in editor.locator(".messages").inner_text()
        editor.fill("#id_summary", UPDATED_SUMMARY + " Lớp học diễn ra ngày 25/11.")
        submit_from_editor(editor)
        assert state_of(article) == ("in_progress", UNIT_HEAD_TASK_NAME)
        head.goto("/admin/")
        assert head.locator(f"[data-review-item='{article.pk}']").count() == 1
        # The live text is unchanged while the change is in review.
        assert NewsPage.objects.get(pk=article.pk).summary == SUMMARY

    with step(browsing, "6 events by country, calendar file, search without diacritics"):
        event = (
            EventPage.objects.live()
            .filter(locale=vi, host_country__isnull=False)
            .current_and_upcoming()
            .order_by("start")
            .first()
        )
        country = event.host_country
        event_index = EventIndexPage.objects.child_of(portal).get()
        reader.goto(path_of(event_index))
        reader.select_option("#id_country", value=country.iso_code)
        reader.locator("form.filters button[type=submit]").click()
        reader.wait_for_url(re.compile(rf"country={country.iso_code}"))
        listed = reader.locator(".card--event .card__title a").all_inner_texts()
        assert event.title in listed
        involved = {
            page.title
            for page in EventPage.objects.live().filter(locale=vi)
            if country in (page.host_country, *page.participating_countries.all())
        }
        assert set(listed) <= involved
        reader.get_by_role("link", name=event.title, exact=True).first.click()
        reader.wait_for_url(f"**{path_of(event)}")
        with reader.expect_download() as download_info:
            reader.locator(f"a[href$='/calendar/event/{event.pk}.ics']").click()
        download = download_info.value
        assert download.suggested_filename.endswith(".ics")
        calendar = Calendar.from_ical(Path(download.path()).read_bytes())
        (vevent,) = calendar.walk("VEVENT")
        assert str(vevent["SUMMARY"]) == event.title
        # Search without diacritics finds the article.
        reader.goto("/")
        reader.fill("#site-search-q", "tap huan ky nang truyen thong")
        reader.locator("form.site-search button[type=submit]").click()
        reader.wait_for_url(re.compile(r"q=tap"))
        assert reader.get_by_role("link", name=TITLE).count() == 1
