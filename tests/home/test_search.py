import datetime
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.search import MAX_QUERY_LENGTH, NewestMatches, fold
from tests.conftest import translate
from tests.factories import NewsPageFactory, StandardPageFactory, ThemeFactory, UnitFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def articles(tree):
    unit, theme = UnitFactory(), ThemeFactory()

    def news(title, summary="Tin hoạt động.", **kw):
        return NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            title=title,
            summary=summary,
            lead_unit=unit,
            themes=[theme],
            **kw,
        )

    plan = news("Kế hoạch tuyên truyền về ASEAN")
    summit = news("Hội nghị cấp cao Đông Nam Á")
    weekly = news("Bản tin tuần", summary="Công tác tuyên truyền trong tuần.")
    other = news("Hà Giang đón khách")
    translate(plan, tree.en, title="ASEAN communication plan", slug="asean-communication-plan")
    StandardPageFactory(parent=tree.home_vi, locale=tree.vi, title="Giới thiệu ACCSM")
    return {"plan": plan, "summit": summit, "weekly": weekly, "other": other}


def titles(client, url):
    return {h.get_text(strip=True) for h in soup(client.get(url)).select(".search-results h3")}


def test_fold():
    assert fold("Đông Nam Á") == "dong nam a"
    assert fold("<p>Tuyên TRUYỀN</p>") == "tuyen truyen"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tuyen truyen", {"Kế hoạch tuyên truyền về ASEAN", "Bản tin tuần"}),
        ("tuyên truyền", {"Kế hoạch tuyên truyền về ASEAN", "Bản tin tuần"}),
        ("TUYÊN TRUYỀN", {"Kế hoạch tuyên truyền về ASEAN", "Bản tin tuần"}),
        ("Dong Nam A", {"Hội nghị cấp cao Đông Nam Á"}),
        ("đông nam á", {"Hội nghị cấp cao Đông Nam Á"}),
        ("gioi thieu accsm", {"Giới thiệu ACCSM"}),
        ("khong co gi", set()),
    ],
)
def test_search_ignores_diacritics(client, articles, query, expected):
    assert titles(client, f"/tim-kiem/?q={query}") == expected


def test_search_results_are_in_the_readers_language(client, articles):
    assert titles(client, "/en/search/?q=communication") == {"ASEAN communication plan"}
    assert titles(client, "/tim-kiem/?q=communication") == set()


def test_search_page_language_and_translated_path(client, tree):
    response = client.get("/tim-kiem/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "vi"
    assert soup(client.get("/en/search/")).html["lang"] == "en"


def test_search_leaves_out_drafts(client, articles):
    articles["plan"].unpublish()
    assert titles(client, "/tim-kiem/?q=ke hoach") == set()


@pytest.mark.parametrize(
    "query",
    ["", "   ", "a" * 10_000, "tuyen " * 2000, "%00", "'; DROP TABLE", "*", '""', "AND OR NOT"],
)
def test_odd_queries_answer_normally(client, articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    # The search box gives back what was asked (cut to the limit), whatever the backend made
    # of it; no result is invented.
    value = soup(response).find("input", id="search-q")["value"]
    assert value == query.strip()[:MAX_QUERY_LENGTH].strip()
    assert titles(client, f"/tim-kiem/?q={query[:50]}") <= {
        "Kế hoạch tuyên truyền về ASEAN",
        "Bản tin tuần",
    }


@pytest.mark.parametrize(
    "query",
    [
        '<script>alert("xss")</script>',
        "'><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "ke hoach <script>alert(1)</script>",
    ],
)
def test_hostile_queries_are_shown_escaped(client, articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    # The payload reaches the page (in the search box and the heading), escaped: the parsed
    # page holds it as text, the raw page never as markup.
    page = soup(response)
    assert page.find("input", id="search-q")["value"] == query
    assert query in page.find("title").get_text()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;" in html


def test_long_query_is_cut(client, articles):
    html = soup(client.get("/tim-kiem/", {"q": "x" * 10_000}))
    assert len(html.find("input", id="search-q")["value"]) == MAX_QUERY_LENGTH


def test_search_paginates(client, tree, settings):
    settings.PORTAL_PAGE_SIZE = 3
    unit, theme = UnitFactory(), ThemeFactory()
    for i in range(7):
        NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            title=f"Tuyên truyền {i}",
            lead_unit=unit,
            themes=[theme],
        )
    assert len(soup(client.get("/tim-kiem/?q=tuyen truyen")).select(".search-results li")) == 3
    assert (
        len(soup(client.get("/tim-kiem/?q=tuyen truyen&page=3")).select(".search-results li")) == 1
    )
    assert client.get("/tim-kiem/?q=tuyen truyen&page=abc").status_code == 200


@pytest.fixture
def many_matches(tree, monkeypatch):
    """Seven news items that all match ``tuyen truyen``, with a results cap of 5."""
    monkeypatch.setattr("home.search.RESULTS_CAP", 5)
    monkeypatch.setattr("home.views.RESULTS_CAP", 5)
    unit, theme = UnitFactory(), ThemeFactory()
    return [
        NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            title=f"Tuyên truyền số {i}",
            lead_unit=unit,
            themes=[theme],
        )
        for i in range(7)
    ]


def test_search_count_is_capped(client, many_matches, settings):
    settings.PORTAL_PAGE_SIZE = 3
    html = soup(client.get("/tim-kiem/?q=tuyen truyen"))
    assert html.select_one(".result-count").get_text(strip=True) == (
        "Hơn 5 kết quả, mới nhất trước. Thêm từ để thu hẹp tìm kiếm."
    )
    # The newest first, and no further than the cap: two pages, the second with 2 results.
    assert [h.get_text(strip=True) for h in html.select(".search-results h3")] == [
        "Tuyên truyền số 6",
        "Tuyên truyền số 5",
        "Tuyên truyền số 4",
    ]
    last = soup(client.get("/tim-kiem/?q=tuyen truyen&page=9"))
    assert [h.get_text(strip=True) for h in last.select(".search-results h3")] == [
        "Tuyên truyền số 3",
        "Tuyên truyền số 2",
    ]
    english = soup(client.get("/en/search/?q=tuyen truyen"))
    assert english.select_one(".result-count").get_text(strip=True) == "0 results"


def test_search_count_under_the_cap_is_exact(client, many_matches):
    many_matches[0].unpublish()
    many_matches[1].unpublish()
    html = soup(client.get("/tim-kiem/?q=tuyen truyen"))
    assert html.select_one(".result-count").get_text(strip=True) == "5 kết quả"
    assert len(html.select(".search-results li")) == 5


@pytest.fixture(params=["newest first", "search index"])
def search_path(request, monkeypatch):
    """On PostgreSQL, each of the capped search's two ways of reading matches (reading the
    newest pages first, or the matches from the search index), with a record of the first; on
    SQLite both are Wagtail's own search."""
    walks = []
    original = NewestMatches.more_than_cap

    def recorded(newest):
        walks.append(original(newest))
        return walks[-1]

    monkeypatch.setattr(NewestMatches, "more_than_cap", recorded)
    # The walk is chosen when most of the newest public pages match: the newest 3 all do; with
    # no sample the search index answers.
    monkeypatch.setattr("home.search.DENSITY_SAMPLE", 3 if request.param == "newest first" else 0)
    return SimpleNamespace(name=request.param, walks=walks)


def hidden_matches(tree):
    """A draft, a private, an expired and a privately placed match, all newer than the others:
    a search that let one through would show it first."""
    unit, theme = UnitFactory(), ThemeFactory()

    def news(title, parent=tree.news_vi, **kw):
        return NewsPageFactory(
            parent=parent, locale=tree.vi, title=title, lead_unit=unit, themes=[theme], **kw
        )

    news("Tuyên truyền nháp").unpublish()
    PageViewRestriction.objects.create(
        page=news("Tuyên truyền riêng"), restriction_type=PageViewRestriction.LOGIN
    )
    news("Tuyên truyền hết hạn", expire_at=timezone.now() - datetime.timedelta(hours=1))
    section = StandardPageFactory(parent=tree.home_vi, locale=tree.vi, title="Mục nội bộ")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    news("Tuyên truyền trong mục nội bộ", parent=section)


def test_capped_search_leaves_out_hidden_pages_newest_first(
    client, many_matches, search_path, settings, tree
):
    hidden_matches(tree)
    settings.PORTAL_PAGE_SIZE = 3
    html = soup(client.get("/tim-kiem/?q=tuyen truyen"))
    assert html.select_one(".result-count").get_text(strip=True) == (
        "Hơn 5 kết quả, mới nhất trước. Thêm từ để thu hẹp tìm kiếm."
    )
    shown = [
        h.get_text(strip=True)
        for page in (1, 2)
        for h in soup(client.get(f"/tim-kiem/?q=tuyen truyen&page={page}")).select(
            ".search-results h3"
        )
    ]
    assert shown == [f"Tuyên truyền số {i}" for i in (6, 5, 4, 3, 2)]
    if connection.vendor == "postgresql":
        # The path under test was the one taken (the walk found more than the cap).
        if search_path.name == "newest first":
            assert search_path.walks == [True] * 3
        else:
            assert search_path.walks == []


def test_search_under_the_cap_leaves_out_hidden_pages(client, many_matches, search_path, tree):
    hidden_matches(tree)
    many_matches[0].unpublish()
    many_matches[1].unpublish()
    html = soup(client.get("/tim-kiem/?q=tuyen truyen"))
    assert html.select_one(".result-count").get_text(strip=True) == "5 kết quả"
    assert {h.get_text(strip=True) for h in html.select(".search-results h3")} == {
        f"Tuyên truyền số {i}" for i in range(2, 7)
    }
    # The walk found no more than the cap: the search index gave the exact count.
    assert search_path.walks in ([], [False])


def test_capped_search_of_an_other_language_word(client, many_matches, search_path):
    # Matches only in Vietnamese: the English site finds none, whichever way it reads them.
    english = soup(client.get("/en/search/?q=tuyen truyen"))
    assert english.select_one(".result-count").get_text(strip=True) == "0 results"
