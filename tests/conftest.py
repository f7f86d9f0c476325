import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsIndexPage
from tests import database_snapshot


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits, Wagtail's site root paths)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def verified_force_login(request, monkeypatch):
    """``client.force_login(user)`` also passes two-step sign-in, as if the user had typed their
    code, so tests of admin views need not repeat it. The tests of two-step sign-in itself sign
    in through the forms (mark them ``@pytest.mark.real_login`` to keep Django's force_login)."""
    if "real_login" in request.keywords:
        yield
        return
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
    yield


@pytest.fixture
def run_command():
    """Run a management command and return its standard output and error."""

    def run(name, *args, **options):
        out, err = io.StringIO(), io.StringIO()
        call_command(name, *args, stdout=out, stderr=err, **options)
        return out.getvalue(), err.getvalue()

    return run


@pytest.fixture(scope="session")
def demo_rows(django_db_setup, django_db_blocker):
    """The rows of the demo portal, built once per run in a transaction that is rolled back
    (tests/database_snapshot.py): a build takes seconds, putting its rows back a fraction."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command(
            "load_initial_data", demo_accounts=True, stdout=io.StringIO(), stderr=io.StringIO()
        )
        rows = database_snapshot.take()
        transaction.set_rollback(True)
    return rows


@pytest.fixture
def demo_site(db, demo_rows):
    """The demo portal as `make run` builds it: both home pages, content, settings, accounts."""
    database_snapshot.restore(demo_rows)
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
