import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.i18n import language_links
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def homes(tree):
    """Both home pages, without the rest of the demo content."""
    return {"vi": tree.home_vi, "en": tree.home_en}


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_vietnamese_home_page_is_served_at_root(client, demo_site):
    response = client.get("/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "vi"
    assert html.h1.get_text(strip=True) == demo_site["vi"].title
    assert "Tư duy Cộng đồng, Hành động Cộng đồng" in html.get_text()
    # Interface strings come from the Vietnamese catalogue.
    assert html.find("a", class_="skip-link").get_text(strip=True) == "Chuyển đến nội dung chính"


def test_english_home_page_is_served_under_en(client, demo_site):
    response = client.get("/en/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "en"
    assert html.h1.get_text(strip=True) == "ASEAN Portal of the Ministry of Home Affairs"
    assert "Think Community, Act Community" in html.get_text()
    assert html.find("a", class_="skip-link").get_text(strip=True) == "Skip to main content"


def test_browser_language_does_not_change_the_root_language(client, homes):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert soup(response).html["lang"] == "vi"


def test_home_pages_are_linked_translations(homes):
    assert homes["vi"].translation_key == homes["en"].translation_key
    assert homes["vi"].get_translation(homes["en"].locale) == homes["en"]
    assert homes["en"].live


@pytest.mark.parametrize(
    ("path", "other_path", "other_lang"), [("/", "/en/", "en"), ("/en/", "/", "vi")]
)
def test_home_page_links_to_its_translation(client, homes, path, other_path, other_lang):
    html = soup(client.get(path))
    switcher = html.find("nav", class_="language-switcher")
    link = switcher.find("a", hreflang=other_lang)
    assert link["href"] == other_path
    alternates = {
        tag["hreflang"]: tag["href"]
        for tag in html.find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates == {
        "vi": "http://testserver/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/",
    }


def test_page_without_translation_links_to_other_language_home(rf, homes):
    page = homes["vi"].add_child(instance=Page(title="Giới thiệu", slug="gioi-thieu"))
    request = rf.get("/gioi-thieu/")
    links = {link.language_code: link for link in language_links(request, page)}
    assert links["vi"].url == "/gioi-thieu/"
    assert links["vi"].is_translation
    # No English version: the switcher leads to the English home page, and it is not
    # announced as a translation (no hreflang alternate).
    assert links["en"].url == "/en/"
    assert not links["en"].is_translation


def test_not_found_page_switcher_leads_to_home_pages(client, homes):
    html = soup(client.get("/en/no-such-page/"))
    switcher = html.find("nav", class_="language-switcher")
    assert switcher.find("a", hreflang="vi")["href"] == "/"
    assert html.find("link", rel="alternate", hreflang=True) is None


def test_unpublished_translation_is_not_linked(client, homes):
    homes["en"].unpublish()
    html = soup(client.get("/"))
    assert html.find("link", hreflang="en") is None
    assert html.find("a", hreflang="en") is None


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/vi/", "/"),
        ("/vi", "/"),
        ("/vi/tin-tuc/", "/tin-tuc/"),
        ("/vi/tim-kiem/?q=ASEAN&page=2", "/tim-kiem/?q=ASEAN&page=2"),
        # Never a protocol-relative redirect to another host.
        ("/vi//evil.example/", "/evil.example/"),
        ("/vi/\\evil.example/", "/evil.example/"),
    ],
)
def test_vi_prefix_redirects_permanently_to_unprefixed_url(client, homes, path, location):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == location


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/khong-co-trang-nay/", "vi", "Không tìm thấy trang"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_not_found_page_in_each_language(client, homes, path, lang, heading):
    response = client.get(path)
    assert response.status_code == 404
    html = soup(response)
    assert html.html["lang"] == lang
    assert html.h1.get_text(strip=True) == heading
    home_link = "/" if lang == "vi" else "/en/"
    assert html.find("main").find("a")["href"] == home_link


def test_home_page_only_under_root(homes):
    assert HomePage.allowed_parent_page_models() == [Page]
    assert not HomePage.can_create_at(homes["vi"])
