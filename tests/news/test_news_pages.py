import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import ChannelHomePage, HomePage, PressPage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.conftest import translate
from tests.factories import NewsPageFactory, ThemeFactory, UnitFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def make_news(parent, count, **kwargs):
    theme = kwargs.pop("theme", None) or ThemeFactory(locale=parent.locale)
    unit = kwargs.pop("unit", None) or UnitFactory(locale=parent.locale)
    title = kwargs.pop("title", None)
    return [
        NewsPageFactory(
            parent=parent,
            locale=parent.locale,
            lead_unit=unit,
            themes=[theme],
            **({"title": title if count == 1 else f"{title} {i}"} if title else {}),
            **kwargs,
        )
        for i in range(count)
    ]


# Tree rules -------------------------------------------------------------------------------


def test_page_tree_rules(tree):
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage, ChannelHomePage]
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsPage.allowed_subpage_models() == []
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert set(StandardPage.allowed_parent_page_models()) == {
        HomePage,
        ChannelHomePage,
        StandardPage,
    }
    assert set(HomePage.allowed_subpage_models()) == {
        NewsIndexPage,
        EventIndexPage,
        StandardPage,
        PressPage,
    }
    assert PressPage.allowed_parent_page_models() == [HomePage]


def test_news_page_can_be_created_only_in_a_news_index(tree):
    assert NewsPage.can_create_at(tree.news_vi)
    assert not NewsPage.can_create_at(tree.home_vi)
    assert not NewsPage.can_create_at(tree.events_vi)
    assert not EventPage.can_create_at(tree.news_vi)
    assert EventPage.can_create_at(tree.events_vi)
    assert StandardPage.can_create_at(tree.home_vi)
    assert not StandardPage.can_create_at(tree.news_vi)


def test_only_one_news_index_per_home_page(tree):
    assert not NewsIndexPage.can_create_at(tree.home_vi)
    assert not EventIndexPage.can_create_at(tree.home_vi)


# Validation -------------------------------------------------------------------------------


def test_slug_is_ascii_transliteration_of_vietnamese_title(tree):
    page = NewsPageFactory.build(
        title="Kế hoạch tuyên truyền về Đông Nam Á",
        slug="",
        locale=tree.vi,
        lead_unit=UnitFactory(),
    )
    tree.news_vi.add_child(instance=page)
    assert page.slug == "ke-hoach-tuyen-truyen-ve-dong-nam-a"


def test_main_image_requires_alternative_text(tree):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="x", file=get_test_image_file())
    page = make_news(tree.news_vi, 1)[0]
    page.main_image = image
    page.main_image_alt = ""
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "main_image_alt" in error.value.message_dict


# Rendering --------------------------------------------------------------------------------


def test_news_page_renders_in_both_languages(client, tree):
    theme = ThemeFactory(name="Bản sắc ASEAN", slug="ban-sac-asean")
    theme_en = translate_snippet(theme, tree.en, name="ASEAN identity", slug="asean-identity")
    unit = UnitFactory(name="Vụ Hợp tác quốc tế", code="htqt")
    unit_en = translate_snippet(unit, tree.en, name="International Cooperation Department")
    page = make_news(tree.news_vi, 1, theme=theme, unit=unit, title="Hội nghị ASEAN")[0]
    page_en = translate(page, tree.en, title="ASEAN meeting", slug="asean-meeting")

    vi = soup(client.get(page.url))
    assert vi.html["lang"] == "vi"
    assert vi.h1.get_text(strip=True) == "Hội nghị ASEAN"
    assert "Vụ Hợp tác quốc tế" in vi.get_text()
    assert "Bản sắc ASEAN" in vi.get_text()

    response = client.get("/en/news/asean-meeting/")
    assert response.status_code == 200
    en = soup(response)
    assert en.html["lang"] == "en"
    assert en.h1.get_text(strip=True) == "ASEAN meeting"
    # The English page still points at the Vietnamese snippets (relations are not relinked when
    # a page is copied for translation); the reader sees their English versions.
    assert page_en.lead_unit == unit
    assert "International Cooperation Department" in en.get_text()
    assert "ASEAN identity" in en.get_text()
    assert theme_en.pk != theme.pk and unit_en.pk != unit.pk


def translate_snippet(obj, locale, **fields):
    translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def test_news_date_format_per_language(client, tree):
    import datetime

    from django.utils import timezone

    date = datetime.datetime(2021, 10, 19, 9, 0, tzinfo=timezone.get_current_timezone())
    page = make_news(tree.news_vi, 1, publication_date=date)[0]
    translate(page, tree.en, title="The plan", slug="the-plan")
    assert "19/10/2021" in soup(client.get(page.url)).find("time").get_text()
    assert "19 October 2021" in soup(client.get("/en/news/the-plan/")).find("time").get_text()


def test_draft_news_is_not_served_or_listed(client, tree):
    page = make_news(tree.news_vi, 1, title="Bản nháp bí mật")[0]
    page.unpublish()
    assert client.get(page.url).status_code == 404
    assert "Bản nháp bí mật" not in client.get(tree.news_vi.url).content.decode()


# Listing, filters and pagination ------------------------------------------------------------


def test_news_index_lists_only_its_language(client, tree):
    make_news(tree.news_vi, 2, title="Tin tiếng Việt")
    make_news(tree.news_en, 1, title="English news")
    vi = client.get("/tin-tuc/").content.decode()
    en = client.get("/en/news/").content.decode()
    assert "Tin tiếng Việt" in vi and "English news" not in vi
    assert "English news" in en and "Tin tiếng Việt" not in en


def test_news_index_filters_by_theme_unit_and_year(client, tree):
    import datetime

    from django.utils import timezone

    theme_a = ThemeFactory(slug="a")
    theme_b = ThemeFactory(slug="b")
    unit = UnitFactory(code="cchc")
    old = timezone.now().replace(year=2022)
    # Dated explicitly: the factory's dates go back a day per item made earlier in the run.
    make_news(tree.news_vi, 1, theme=theme_a, title="Tin A", publication_date=timezone.now())
    make_news(tree.news_vi, 1, theme=theme_b, unit=unit, title="Tin B", publication_date=old)

    def titles(query):
        html = soup(client.get("/tin-tuc/" + query))
        return {a.get_text(strip=True) for a in html.select(".card__title a")}

    assert titles("") == {"Tin A", "Tin B"}
    assert titles("?theme=a") == {"Tin A"}
    assert titles("?unit=cchc") == {"Tin B"}
    assert titles("?year=2022") == {"Tin B"}
    assert titles(f"?year={datetime.date.today().year}&theme=b") == set()


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=99999",
        "?page=-1",
        "?theme=khong-ton-tai",
        "?year=abc",
        "?unit=%00",
        "?year=1800",
        "?theme[]=x",
    ],
)
def test_news_index_bad_input_never_fails(client, tree, query):
    make_news(tree.news_vi, 3)
    response = client.get("/tin-tuc/" + query)
    assert response.status_code == 200


def test_unknown_filter_value_is_reported(client, tree):
    make_news(tree.news_vi, 2)
    html = soup(client.get("/tin-tuc/?theme=khong-ton-tai"))
    assert html.find(class_="form-errors") is not None
    # The filter is ignored: every item is still listed.
    assert len(html.select(".card")) == 2


def test_news_index_paginates(client, tree, settings):
    settings.PORTAL_PAGE_SIZE = 5
    make_news(tree.news_vi, 12)
    first = soup(client.get("/tin-tuc/"))
    assert len(first.select(".card")) == 5
    last = soup(client.get("/tin-tuc/?page=3"))
    assert len(last.select(".card")) == 2
    beyond = soup(client.get("/tin-tuc/?page=99999"))
    assert len(beyond.select(".card")) == 2  # the last page


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # renditions and caches are filled on the first render
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/tin-tuc/", "/"])
def test_listing_query_count_is_the_same_with_5_and_50_items(client, tree, url):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="x", file=get_test_image_file())
    theme, unit = ThemeFactory(), UnitFactory()
    options = {"main_image": image, "main_image_alt": "Ảnh", "theme": theme, "unit": unit}
    make_news(tree.news_vi, 5, **options)
    with_5 = count_queries(client, url)
    make_news(tree.news_vi, 45, **options)
    with_50 = count_queries(client, url)
    assert with_5 == with_50
    assert with_50 <= 25


def test_home_page_shows_latest_news_and_themes(client, tree):
    theme = ThemeFactory(name="Đổi mới, sáng tạo của nền công vụ", slug="doi-moi")
    make_news(tree.news_vi, 2, theme=theme, title="Tin mới")
    html = soup(client.get("/"))
    assert len(html.select("#news-heading ~ .card-grid .card")) == 2
    assert "Đổi mới, sáng tạo của nền công vụ" in html.get_text()
    assert html.find("a", href="/tin-tuc/?theme=doi-moi") is not None


def test_a_base_page_is_not_in_the_tree(tree):
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()


def test_english_listing_shows_english_theme_and_unit(client, tree):
    theme = ThemeFactory(name="Bản sắc ASEAN", slug="ban-sac-asean")
    translate_snippet(theme, tree.en, name="ASEAN identity", slug="asean-identity")
    unit = UnitFactory(name="Vụ Hợp tác quốc tế", short_name="Vụ HTQT", code="htqt")
    translate_snippet(unit, tree.en, name="International Cooperation Department", short_name="ICD")
    page = make_news(tree.news_vi, 1, theme=theme, unit=unit)[0]
    translate(page, tree.en, title="Plan", slug="plan")
    html = soup(client.get("/en/news/"))
    card = html.select_one(".card")
    # The unit's full name: acronyms such as ICD mean little to foreign readers.
    assert "International Cooperation Department" in card.get_text()
    assert "Vụ HTQT" not in card.get_text() and "Vụ Hợp tác" not in card.get_text()
    assert "ASEAN identity" in card.get_text()
    # Filtering by the English theme finds the item whatever the language of its relation.
    assert len(soup(client.get("/en/news/?theme=asean-identity")).select(".card")) == 1
