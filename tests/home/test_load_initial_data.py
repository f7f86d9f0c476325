import pytest
from django.contrib.auth import get_user_model
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site

from demo.management.commands.load_initial_data import DEMO_ACCOUNTS
from home.channels import channel_alias_q
from home.models import HomePage, PortalSettings, SiteBranding
from workflows import roles
from workflows.models import GlossaryTerm, Unit, UnitMembership
from workflows.roles import JOURNALISTS

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = {account[0] for account in DEMO_ACCOUNTS}


def counts():
    return {
        "locales": Locale.objects.count(),
        "pages": Page.objects.count(),
        "home_pages": HomePage.objects.count(),
        "live_home_pages": HomePage.objects.live().count(),
        "live_pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
        "settings": PortalSettings.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": get_user_model().groups.through.objects.count(),
        "glossary": GlossaryTerm.objects.count(),
        "unit_people": UnitMembership.objects.count(),
        "channel_aliases": Page.objects.filter(channel_alias_q()).count(),
        "live_channel_aliases": Page.objects.filter(channel_alias_q()).live().count(),
        "branding": SiteBranding.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
    }


def test_second_run_changes_nothing(run_command, settings):
    settings.DEBUG = True
    run_command("load_initial_data")
    first = counts()
    out, err = run_command("load_initial_data")
    assert counts() == first
    assert "Created" not in out
    assert first["home_pages"] == first["live_home_pages"] == 2
    assert first["locales"] == 2
    # The portal and three channels, with items shown on them in both languages.
    assert first["sites"] == 4 and first["branding"] == 3
    assert first["channel_aliases"] == first["live_channel_aliases"] > 0


def test_builds_bilingual_site(run_command, settings):
    settings.DEBUG = True
    run_command("load_initial_data")
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "vi"
    english = site.root_page.get_translation(Locale.objects.get(language_code="en"))
    assert english.live
    # Wagtail's placeholder "Welcome" page is gone.
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()
    assert PortalSettings.for_site(site).contact_email


def test_demo_accounts_are_created_in_debug(run_command, settings):
    settings.DEBUG = True
    run_command("load_initial_data")
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) == {"admin", *DEMO_USERNAMES}
    admin = User.objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("changeme")
    assert User.objects.get(username="editor.htqt").groups.filter(name=JOURNALISTS).exists()
    head = User.objects.get(username="head.cchc")
    assert Unit.objects.get(code="cchc", locale__language_code="vi").is_reviewer(head)


def test_refuses_demo_accounts_when_debug_is_off(run_command, settings):
    settings.DEBUG = False
    out, err = run_command("load_initial_data")
    assert not get_user_model().objects.exists()
    assert "--demo-accounts" in err
    # The content is still loaded.
    assert HomePage.objects.live().count() == 2


def test_demo_accounts_flag_overrides_debug_off(run_command, settings):
    settings.DEBUG = False
    run_command("load_initial_data", demo_accounts=True)
    assert get_user_model().objects.filter(username="head.cchc").exists()


def test_existing_password_is_not_reset(run_command, settings):
    settings.DEBUG = True
    run_command("load_initial_data")
    user = get_user_model().objects.get(username="board")
    user.set_password("a-new-long-password-2026")
    user.save()
    run_command("load_initial_data")
    user.refresh_from_db()
    assert user.check_password("a-new-long-password-2026")


def test_wagtail_groups_exist_for_demo_roles(db):
    assert roles.unused_default_groups().count() == 2


def test_demo_follows_the_address_it_is_served_on(run_command, settings):
    """`make run PORT=8123` after a run on 8000: the portal and its channel sites move, so that
    absolute links (canonical, hreflang, feeds) point where the site is served."""
    settings.DEBUG = True
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    run_command("load_initial_data")
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    run_command("load_initial_data")
    assert {(site.hostname, site.port) for site in Site.objects.all()} == {
        ("127.0.0.1", 8123),
        ("tapchi.localhost", 8123),
        ("htqt.localhost", 8123),
        ("hvhc.localhost", 8123),
    }
    portal = Site.objects.get(is_default_site=True)
    assert portal.root_page.get_url_parts()[1] == "http://127.0.0.1:8123"


def test_a_public_address_is_never_moved(run_command, settings):
    settings.DEBUG = True
    run_command("load_initial_data")
    Site.objects.filter(is_default_site=True).update(hostname="asean.moha.gov.vn", port=443)
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    run_command("load_initial_data")
    assert Site.objects.filter(hostname="asean.moha.gov.vn", port=443, is_default_site=True)


def test_output_is_a_short_summary(run_command, settings):
    """The URLs, what was created and every account with its roles; no audit lines."""
    settings.DEBUG = True
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    out, err = run_command("load_initial_data")
    assert "actor=" not in out + err
    assert len(out.splitlines()) < 60
    assert "http://127.0.0.1:8123/" in out and "http://htqt.localhost:8123/" in out
    assert "http://127.0.0.1:8123/admin/" in out
    accounts = out.split("Accounts:")[1]
    for username in get_user_model().objects.values_list("username", flat=True):
        assert f"  {username} " in accounts
    assert "superuser" in accounts.split("  admin ")[1].splitlines()[0]
    assert "Head cchc" in accounts.split("  head.cchc ")[1].splitlines()[0]
    assert "newspage" in out


def test_verbose_output_tells_each_step(run_command, settings):
    settings.DEBUG = True
    out, _err = run_command("load_initial_data", verbosity=2)
    assert "Created the Vietnamese home page." in out
    assert "Created the demo account editor.htqt." in out
