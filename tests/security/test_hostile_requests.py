"""Crafted requests get a 4xx with a message in the reader's language, never a 500.

Search text reaches the search backend only through ``home.search.quote_query`` (the public
search, the API's ``search`` and, through the project's search backend, every admin search and
chooser). Ids, offsets, limits and choices in paths and query strings are bounded before any
query runs."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.search import quote_query
from news.models import NewsPage
from tests.factories import EventPageFactory, NewsPageFactory
from tests.workflows.conftest import as_user

pytestmark = pytest.mark.django_db

# Text that the SQLite full-text engine (FTS5) reads as syntax when it gets it raw.
FTS_SYNTAX = [
    '"',
    'a"b',
    '"asean',
    "asean*",
    "* asean",
    "^asean",
    "NEAR(asean tin",
    "asean AND",
    "OR",
    "NOT asean",
    "title:asean",
    "(asean",
    "asean)",
    "{title body}: asean",
    "a-b",
    "+asean",
    "'",
    "\\",
    "%s %d",
    "\x00",
    "\ud800",
    "\u202easean",
    "a\u0301\u0301\u0301",
]


def url(path, **params):
    """``path`` with ``params``; a lone surrogate is sent as the bytes a careless client would
    send (its UTF-8 encoding, which is not valid UTF-8)."""
    return f"{path}?{urlencode(params, doseq=True, errors='surrogatepass')}"


@pytest.fixture
def indexed(chain):
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        title="Tuyên truyền ASEAN tại Hà Nội",
        lead_unit=chain.unit_a,
    )
    page.save_revision().publish()
    return chain


@pytest.mark.parametrize("text", FTS_SYNTAX)
def test_quote_query_leaves_only_words(text):
    quoted = quote_query(text)
    assert not set(quoted) & set("\"'*^():{}+-\\\x00\ud800\u202e")
    assert quoted == " ".join(quoted.split())


def test_quote_query_keeps_the_words_and_their_diacritics():
    assert quote_query('"Tuyên truyền" AND ASEAN*') == "Tuyên truyền AND ASEAN"
    assert quote_query("NEAR(hà nội)") == "NEAR hà nội"


def test_public_search_answers_any_text(client, indexed):
    for text in FTS_SYNTAX:
        for path in ("/tim-kiem/", "/en/search/"):
            response = client.get(url(path, q=text))
            assert response.status_code == 200, (path, text)


def test_quoted_search_still_finds_words_without_their_marks(client, indexed):
    response = client.get("/tim-kiem/", {"q": '"tuyen truyen"'})
    assert response.status_code == 200
    assert "Tuyên truyền ASEAN tại Hà Nội" in response.content.decode()
    response = client.get("/tim-kiem/", {"q": "ha noi*"})
    assert "Tuyên truyền ASEAN tại Hà Nội" in response.content.decode()


def test_api_search_answers_any_text(client, indexed):
    for text in FTS_SYNTAX:
        for endpoint in ("pages", "images", "documents"):
            response = client.get(url(f"/api/v2/{endpoint}/", search=text))
            assert response.status_code == 200, (endpoint, text)


def test_api_search_finds_through_quotes(client, indexed):
    response = client.get("/api/v2/pages/", {"search": '"ASEAN"', "type": "news.NewsPage"})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Tuyên truyền ASEAN tại Hà Nội"]


@pytest.mark.parametrize("operator", ["xx", "", "AND;", "\x00"])
def test_api_refuses_an_unknown_search_operator(client, indexed, operator):
    response = client.get("/api/v2/pages/", {"search": "asean", "search_operator": operator})
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]


def test_api_accepts_known_search_operators(client, indexed):
    for operator in ("and", "or", "AND"):
        response = client.get("/api/v2/pages/", {"search": "asean", "search_operator": operator})
        assert response.status_code == 200, operator


HUGE = "1" * 25


@pytest.mark.parametrize(
    "params",
    [
        {"offset": HUGE},
        {"offset": "-1"},
        {"limit": HUGE},
        {"limit": "-1"},
        {"child_of": HUGE},
        {"descendant_of": HUGE},
        {"id": HUGE},
    ],
)
def test_api_bounds_ids_offsets_and_limits(client, indexed, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400, params
    assert response.json()["message"]


@pytest.mark.parametrize("path", ["/api/v2/pages/%s/", "/api/v2/images/%s/"])
def test_api_detail_with_a_huge_id_is_not_found(client, indexed, path):
    response = client.get(path % HUGE)
    assert response.status_code == 404


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_huge_event_id_in_the_calendar_is_not_found(client, chain, language):
    EventPageFactory(parent=chain.tree.events_vi, locale=chain.tree.vi)
    prefix = "" if language == "vi" else "/en"
    response = client.get(f"{prefix}/calendar/event/{HUGE}.ics")
    assert response.status_code == 404


def test_alert_subscription_refuses_huge_unit_ids_with_a_message(client, chain):
    from press.models import AlertSubscription

    response = client.post(
        "/alerts/subscribe/",
        {"email": "reporter@example.org", "units": [HUGE, "-1"], "consent": "on"},
    )
    assert response.status_code == 400
    assert "không phải là một lựa chọn có trong danh sách" in response.content.decode()
    assert not AlertSubscription.objects.exists()


def test_admin_searches_and_choosers_answer_any_text(client, indexed, django_user_model):
    as_user(client, django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    paths = [
        reverse(name)
        for name in (
            "wagtailadmin_pages:search",
            "wagtailimages:index",
            "wagtaildocs:index",
            "wagtailadmin_choose_page",
            "wagtailimages_chooser:choose",
            "wagtaildocs_chooser:choose",
            "wagtailusers_users:index",
            "wagtailsnippets_news_theme:list",
            "wagtailforms:index",
        )
    ] + [reverse("wagtailadmin_explore", args=[indexed.tree.news_vi.pk])]
    for text in FTS_SYNTAX:
        for path in paths:
            response = client.get(url(path, q=text))
            assert response.status_code == 200, (path, text)


def test_admin_page_search_finds_through_quotes(client, indexed):
    as_user(client, indexed.people.journalist_a)
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": '"Tuyên truyền"'})
    assert response.status_code == 200
    assert "Tuyên truyền ASEAN tại Hà Nội" in response.content.decode()


def test_backend_search_of_models_with_quotes(indexed):
    from wagtail.search.backends import get_search_backend
    from wagtail.search.query import And, Phrase, PlainText

    backend = get_search_backend()
    queryset = NewsPage.objects.all()
    for query in ['"', Phrase('"Tuyên'), And([PlainText('a"'), Phrase("NEAR(")]), PlainText("*")]:
        list(backend.search(query, queryset))
        list(backend.autocomplete(query, queryset))
    found = backend.search(Phrase('"Tuyên truyền'), Page.objects.all())
    assert [page.title for page in found] == ["Tuyên truyền ASEAN tại Hà Nội"]


def test_a_page_form_without_its_formsets_management_fields_is_refused_with_a_message(
    client, chain, django_user_model
):
    """The home page's featured items (an inline panel) posted without the formset's
    management fields: the form is shown again with a message, nothing is saved."""
    from wagtail.models import Page as WagtailPage

    home = chain.tree.home_vi.specific
    revisions = home.revisions.count()
    as_user(client, django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    data = {
        "title": "Tiêu đề mới",
        "slug": home.slug,
        "slogan": home.slogan,
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "featured_items-0-page": str(chain.tree.news_vi.pk),
    }
    response = client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), data)
    assert response.status_code == 200
    assert "ManagementForm" in response.content.decode() or "biểu mẫu" in response.content.decode()
    assert home.revisions.count() == revisions
    assert WagtailPage.objects.get(pk=home.pk).title == home.title


def test_impossible_ids_anywhere_are_refused_in_the_readers_language(client, tree):
    response = client.get("/tim-kiem/", {"id": HUGE})
    assert response.status_code == 400
    assert "id phải là một số nguyên từ 0 đến 2147483647." in response.content.decode()
    response = client.get("/en/search/", {"offset": "-1"})
    assert response.status_code == 400
    assert "offset must be a whole number from 0 to 2147483647." in response.content.decode()


def test_wagtail_views_that_parse_input_unchecked_answer_400(client, chain, django_user_model):
    as_user(client, django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    for path in ("/admin/choose-external-link/", "/admin/choose-email-link/"):
        response = client.get(path, {"allow_external_link": '"', "link_text": '"'})
        assert response.status_code in (200, 400), path
    response = client.get("/admin/api/main/images/find/", {"html_path": '"'})
    assert response.status_code in (400, 404)
    response = client.get("/admin/workflows/task_chooser/", {"create_model": '"'})
    assert response.status_code == 400
    assert (
        "create_model không phải tên của một loại nội dung trên cổng." in response.content.decode()
    )
