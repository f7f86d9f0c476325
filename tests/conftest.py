import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsIndexPage


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits, Wagtail's site root paths)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def run_command():
    """Run a management command and return its standard output and error."""

    def run(name, *args, **options):
        out, err = io.StringIO(), io.StringIO()
        call_command(name, *args, stdout=out, stderr=err, **options)
        return out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def demo_site(db, run_command):
    """The demo portal as `make run` builds it: both home pages, content, settings, accounts."""
    run_command("load_initial_data", demo_accounts=True)
    return {
        "vi": HomePage.objects.get(locale=Locale.objects.get(language_code="vi")),
        "en": HomePage.objects.get(locale=Locale.objects.get(language_code="en")),
    }


def translate(page, locale, **fields):
    """Create ``page``'s live translation in ``locale`` with ``fields`` set."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


@pytest.fixture
def tree(db):
    """A minimal bilingual tree: both home pages with their news and event indexes."""
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home_vi = root.add_child(
        instance=HomePage(title="Trang chủ", slug="trang-chu", locale=vi, slogan="Tư duy Cộng đồng")
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home_vi},
    )
    home_en = translate(home_vi, en, title="Home", slug="home", slogan="Think Community")
    news_vi = home_vi.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", locale=vi))
    news_en = translate(news_vi, en, title="News", slug="news")
    events_vi = home_vi.add_child(
        instance=EventIndexPage(title="Sự kiện", slug="su-kien", locale=vi)
    )
    events_en = translate(events_vi, en, title="Events", slug="events")
    return SimpleNamespace(
        vi=vi,
        en=en,
        home_vi=home_vi,
        home_en=home_en,
        news_vi=news_vi,
        news_en=news_en,
        events_vi=events_vi,
        events_en=events_en,
    )
