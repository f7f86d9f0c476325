import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tests.conftest import translate
from tests.factories import NewsPageFactory, ThemeFactory, UnitFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def article(tree):
    page = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        title="Kế hoạch tuyên truyền",
        slug="ke-hoach-tuyen-truyen",
        summary="Tóm tắt kế hoạch.",
        lead_unit=UnitFactory(),
        themes=[ThemeFactory()],
    )
    english = translate(
        page,
        tree.en,
        title="Communication plan",
        slug="communication-plan",
        summary="Summary of the plan.",
    )
    return page, english


def test_hreflang_alternates_and_canonical(client, article):
    html = soup(client.get("/tin-tuc/ke-hoach-tuyen-truyen/"))
    alternates = {
        tag["hreflang"]: tag["href"]
        for tag in html.find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates == {
        "vi": "http://testserver/tin-tuc/ke-hoach-tuyen-truyen/",
        "en": "http://testserver/en/news/communication-plan/",
        "x-default": "http://testserver/tin-tuc/ke-hoach-tuyen-truyen/",
    }
    assert (
        html.find("link", rel="canonical")["href"]
        == "http://testserver/tin-tuc/ke-hoach-tuyen-truyen/"
    )
    english = soup(client.get("/en/news/communication-plan/"))
    assert (
        english.find("link", rel="canonical")["href"]
        == "http://testserver/en/news/communication-plan/"
    )
    switch = english.find("nav", class_="language-switcher").find("a", hreflang="vi")
    assert switch["href"] == "/tin-tuc/ke-hoach-tuyen-truyen/"


def test_untranslated_article_switches_to_the_other_home_page(client, tree):
    NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        slug="chi-tieng-viet",
        lead_unit=UnitFactory(),
        themes=[ThemeFactory()],
    )
    html = soup(client.get("/tin-tuc/chi-tieng-viet/"))
    assert html.find("nav", class_="language-switcher").find("a", hreflang="en")["href"] == "/en/"
    assert html.find("link", hreflang="en") is None


def test_open_graph_and_twitter_tags(client, article):
    html = soup(client.get("/tin-tuc/ke-hoach-tuyen-truyen/"))

    def meta(prop):
        tag = html.find("meta", property=prop) or html.find("meta", attrs={"name": prop})
        return tag["content"] if tag else None

    assert meta("og:title") == "Kế hoạch tuyên truyền"
    assert meta("og:type") == "article"
    assert meta("og:url") == "http://testserver/tin-tuc/ke-hoach-tuyen-truyen/"
    assert meta("og:locale") == "vi_VN"
    assert meta("og:description") == "Tóm tắt kế hoạch."
    assert meta("twitter:card") == "summary"
    assert meta("description") == "Tóm tắt kế hoạch."


def test_news_json_ld(client, article):
    page, english = article
    html = soup(client.get("/en/news/communication-plan/"))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Communication plan"
    assert data["inLanguage"] == "en"
    assert datetime.datetime.fromisoformat(data["datePublished"]) == english.publication_date
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["publisher"]["name"] == "Ministry of Home Affairs"


def test_json_ld_cannot_break_out_of_its_script(client, tree):
    NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        slug="xss",
        title="</script><script>alert(1)</script>",
        lead_unit=UnitFactory(),
        themes=[ThemeFactory()],
    )
    body = client.get("/tin-tuc/xss/").content.decode()
    assert "<script>alert(1)" not in body
    html = soup(client.get("/tin-tuc/xss/"))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_sitemap_lists_both_languages_with_alternates(client, article):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)  # noqa: S314 -- our own sitemap
    locations = {url.find("s:loc", ns).text: url for url in root.findall("s:url", ns)}
    assert "http://testserver/" in locations
    assert "http://testserver/en/" in locations
    assert "http://testserver/en/news/communication-plan/" in locations
    entry = locations["http://testserver/tin-tuc/ke-hoach-tuyen-truyen/"]
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
    assert alternates == {
        "vi": "http://testserver/tin-tuc/ke-hoach-tuyen-truyen/",
        "en": "http://testserver/en/news/communication-plan/",
    }


def test_sitemap_leaves_out_drafts(client, article):
    page, english = article
    english.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "communication-plan" not in body


def test_robots_txt_points_to_sitemap(client, tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_every_public_page_of_the_demo_has_a_description_and_icons(client, demo_site):
    """Index pages, fixed pages and items alike, in both languages: search engines and link
    previews get a description; browsers get the site's icon."""
    pages = []
    for home in demo_site.values():
        pages += [page.specific for page in home.get_descendants(inclusive=True).live().public()]
    assert {"newsindexpage", "eventindexpage", "newspage", "eventpage", "homepage"} <= {
        page.specific_class._meta.model_name for page in pages
    }
    urls = [page.get_url() for page in pages] + ["/tim-kiem/", "/en/search/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = soup(response)
        description = html.find("meta", attrs={"name": "description"})
        assert description is not None and description["content"].strip(), url
        assert "<" not in description["content"] and "&" not in description["content"], url
        icons = {link["href"] for link in html.find_all("link", rel="icon")}
        assert any(href.endswith(".ico") for href in icons), url
        assert any(href.endswith(".svg") for href in icons), url
        assert html.find("link", rel="apple-touch-icon") is not None, url


@pytest.mark.parametrize("name", ["favicon.ico", "apple-touch-icon.png"])
def test_root_icons_lead_to_the_static_files(client, db, name):
    from django.contrib.staticfiles import finders

    response = client.get(f"/{name}")
    assert response.status_code == 301
    assert response["Location"].endswith(f"icons/{name}")
    assert finders.find(f"icons/{name}") is not None


def test_index_description_is_the_introduction_as_text(client, tree):
    tree.news_vi.introduction = "<p>Tin <b>hoạt động</b> &amp; hợp tác ASEAN</p>"
    tree.news_vi.search_description = ""
    tree.news_vi.save_revision().publish()
    html = soup(client.get(tree.news_vi.get_url()))
    assert html.find("meta", attrs={"name": "description"})["content"] == (
        "Tin hoạt động & hợp tác ASEAN"
    )
