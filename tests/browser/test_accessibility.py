"""Every public page type, in both languages, at a phone's and a desktop's width: axe-core
finds no WCAG 2.0/2.1 A or AA violation, and the Nu HTML Checker finds no error.

axe-core runs in the page (injected by Playwright, outside the page's own scripts, so a strict
Content-Security-Policy does not block it). The Nu checker runs once, over the HTML that the
server sent for every page, to keep the run short.
"""

import json
import subprocess
from urllib.parse import urlsplit

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from events.models import Country, EventIndexPage, EventPage
from home.models import HomePage, PressPage, StandardPage
from news.models import NewsIndexPage, NewsPage
from press.models import AlertSubscription, FeedbackFormPage
from tests.browser.conftest import path_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = (320, 1280)
# WCAG 2.0 and 2.1, levels A and AA: https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
AXE_RUN = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return {
        passed: results.passes.length,
        violations: results.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " — " + n.failureSummary),
        })),
    };
}"""


def get(url):
    def visit(page):
        return page.goto(url)

    return visit


def post(url, fill=None):
    """Open ``url``, fill its form with ``fill`` (selector → value) and submit it."""

    def visit(page):
        page.goto(url)
        for selector, value in (fill or {}).items():
            if value is True:
                page.check(selector)
            else:
                page.fill(selector, value)
        with page.expect_navigation() as navigation:
            page.locator("main form button[type=submit]").click()
        return navigation.value

    return visit


def public_pages(code, base_url):
    """(name, visit) for each public page type and state in language ``code``."""
    locale = Locale.objects.get(language_code=code)
    home = HomePage.objects.get(locale=locale)
    news_index = NewsIndexPage.objects.child_of(home).get()
    event_index = EventIndexPage.objects.child_of(home).get()
    # A unit's own site (a channel), on its host name at the live server's port.
    port = urlsplit(base_url).port
    channel = f"http://htqt.localhost:{port}{'' if code == 'vi' else '/' + code}/"
    event = EventPage.objects.live().filter(locale=locale).order_by("start").last()
    news = NewsPage.objects.live().filter(locale=locale).order_by("-first_published_at").first()
    statement = StandardPage.objects.get(
        locale=locale, slug__in=["tuyen-bo-ve-kha-nang-tiep-can", "accessibility-statement"]
    )
    press = PressPage.objects.get(locale=locale)
    feedback = FeedbackFormPage.objects.get(locale=locale)
    viet_nam = Country.objects.get(locale=locale, iso_code="VN")
    today = timezone.localdate()
    month = event_index.reverse_subpage(
        "calendar_month", kwargs={"year": today.year, "month": today.month}
    )
    subscription = AlertSubscription.objects.create(
        email=f"reader.{code}@example.org", language=code, consent_at=timezone.now()
    )
    with translation.override(code):
        from django.urls import reverse

        search = reverse("search")
        subscribe = reverse("alerts_subscribe")
        confirm = reverse("alerts_confirm", args=[subscription.token])
        unsubscribe = reverse("alerts_unsubscribe", args=[subscription.token])
    prefix = "" if code == "vi" else f"/{code}"
    return [
        ("home", get(path_of(home))),
        ("channel site home", get(channel)),
        ("news index", get(path_of(news_index))),
        ("news page", get(path_of(news))),
        ("event index", get(path_of(event_index))),
        ("event index, past", get(f"{path_of(event_index)}?period=past")),
        (
            "event index, by country",
            get(f"{path_of(event_index)}?period=all&country={viet_nam.iso_code}"),
        ),
        ("event calendar", get(path_of(event_index) + month)),
        ("event page", get(path_of(event))),
        ("standard page", get(path_of(statement))),
        ("press page", get(path_of(press))),
        ("feedback form", get(path_of(feedback))),
        ("feedback form, errors", post(path_of(feedback))),
        ("search, results", get(f"{search}?q=asean")),
        ("search, no results", get(f"{search}?q=zzzqqq")),
        ("search, empty", get(search)),
        ("404", get(f"{prefix}/khong-co-trang-nay/")),
        ("alerts subscribe", get(subscribe)),
        ("alerts subscribe, errors", post(subscribe, {"#id_email": "not-an-address"})),
        (
            "alerts check mailbox",
            post(
                subscribe,
                {
                    "#id_email": f"new.{code}@example.org",
                    "#id_themes_0": True,
                    "#id_consent": True,
                },
            ),
        ),
        ("alerts confirmed", get(confirm)),
        ("alerts unsubscribe", get(unsubscribe)),
    ]


def test_public_pages_have_no_axe_violations_and_valid_html(
    demo, browsing, axe_source, vnu_jar, tmp_path
):
    context = browsing.new_context()
    context.add_init_script(script=axe_source)
    page = context.new_page()
    violations, sources, statuses = {}, {}, {}
    checked = 0
    for code in ("vi", "en"):
        for name, visit in public_pages(code, browsing.base_url):
            checked += 1
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                response = visit(page)
                statuses[f"{code} {name}"] = response.status
                found = page.evaluate(AXE_RUN, AXE_TAGS)
                # axe really ran its rules on a rendered page (not on an empty document).
                assert found["passed"] > 10, (code, name, found)
                if found["violations"]:
                    violations[f"{code} {name} @{width}px ({page.url})"] = found["violations"]
            html = tmp_path / f"{code}-{name.replace(' ', '_').replace(',', '')}.html"
            html.write_bytes(response.body())
            sources[html.name] = page.url

    # The pages are what they claim to be (an error page checked by mistake would pass).
    expected_errors = {"404": 404, "feedback form, errors": 400, "alerts subscribe, errors": 400}
    for key, status in statuses.items():
        name = key.split(" ", 1)[1]
        assert status == expected_errors.get(name, 200), (key, status)

    assert not violations, "axe-core found WCAG A/AA violations:\n" + json.dumps(
        violations, indent=1, ensure_ascii=False
    )

    # A page with a known error: the checker must report it, or it did not run (a missing
    # Java, a broken jar and an empty output would otherwise pass for "no errors").
    canary = "zz-canary.html"
    (tmp_path / canary).write_text(
        '<!DOCTYPE html><html lang="vi"><head></head><body></body></html>', encoding="utf-8"
    )
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--format", "json", "--errors-only", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    messages = json.loads(result.stderr)["messages"]
    canary_errors = [m for m in messages if m.get("url", "").endswith(canary)]
    assert any("title" in m.get("message", "") for m in canary_errors), result.stderr[-2000:]
    errors = [
        f"{sources.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))}:"
        f"{m.get('lastLine')}: {m.get('message')} [{m.get('extract', '').strip()}]"
        for m in messages
        if m.get("type") in ("error", "non-document-error") and m not in canary_errors
    ]
    assert not errors, "The Nu HTML Checker found errors:\n" + "\n".join(errors)
    assert len(sources) == checked, "every page's HTML went to the Nu checker"


FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        text: (element.innerText || element.value || element.ariaLabel || "").trim(),
        href: element.getAttribute("href"),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
    };
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_keyboard_reaches_everything_with_visible_focus(demo, browsing, width):
    """From the top of a news article with the keyboard alone: the first Tab shows the skip
    link, which moves focus to the main content; every control reached after it shows a
    visible focus outline and has a name."""
    news = NewsPage.objects.live().filter(locale__language_code="vi").first()
    page = browsing.new_context().new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(path_of(news))
    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUSED)
    assert skip["href"] == "#main" and skip["visible"] and skip["outline"], skip
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    seen = []
    for _ in range(300):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "body":
            break
        assert focused["outline"] and focused["visible"], (seen, focused)
        assert focused["text"], (seen, focused)
        seen.append(focused["text"])
    # The keyboard went through the article to the footer's links.
    assert "Tuyên bố về khả năng tiếp cận" in seen, "\n".join(seen)
