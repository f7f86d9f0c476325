import json

import pytest
from bs4 import BeautifulSoup

from tests.conftest import translate
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_standard_page_renders_in_both_languages_and_in_the_menu(client, tree):
    page = StandardPageFactory(
        parent=tree.home_vi,
        locale=tree.vi,
        title="Giới thiệu ACCSM",
        slug="gioi-thieu-accsm",
        show_in_menus=True,
        body=[("paragraph", "<p>Hợp tác ASEAN về các vấn đề công vụ.</p>")],
    )
    translate(page, tree.en, title="About ACCSM", slug="about-accsm")
    vi = soup(client.get("/gioi-thieu-accsm/"))
    en = soup(client.get("/en/about-accsm/"))
    assert (vi.html["lang"], vi.h1.get_text(strip=True)) == ("vi", "Giới thiệu ACCSM")
    assert (en.html["lang"], en.h1.get_text(strip=True)) == ("en", "About ACCSM")
    assert "Hợp tác ASEAN về các vấn đề công vụ." in vi.find("main").get_text()
    menu = {a.get_text(strip=True): a["href"] for a in en.select(".main-menu a")}
    assert menu["About ACCSM"] == "/en/about-accsm/"
    assert menu["Home"] == "/en/"
    assert en.select_one(".main-menu a[aria-current=page]")["href"] == "/en/about-accsm/"


def test_home_page_describes_the_site_for_search_engines(client, tree):
    html = soup(client.get("/en/"))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "WebSite"
    assert data["inLanguage"] == "en"
    assert data["publisher"]["@type"] == "GovernmentOrganization"


def test_page_markup_has_landmarks_and_skip_link(client, tree):
    html = soup(client.get("/"))
    assert html.find("a", class_="skip-link")["href"] == "#main"
    assert html.find("main", id="main") is not None
    assert html.find("header") is not None and html.find("footer") is not None
    assert html.find("nav", attrs={"aria-label": "Menu chính"}) is not None
    assert len(html.find_all("h1")) == 1
    assert html.find("form", role="search")["action"] == "/tim-kiem/"
