"""Build the demo portal in code: both home pages, site settings, the demo content of
``demo/content.py`` (units, themes, countries, fixed pages, news, events) and demo accounts.

Idempotent: objects are looked up by type and natural key, never by id, and only what is
missing is created, so a second run changes nothing.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from demo.channels import CHANNELS, ChannelLoader, is_loopback
from demo.loader import DemoLoader
from demo.plans import load_plans, load_reports
from demo.summary import summary
from home.models import HomePage, PortalSettings
from workflows import roles
from workflows.models import Unit, UnitMembership

DEMO_PASSWORD = "changeme"  # noqa: S105 -- documented demo password, refused when DEBUG is off

# (username, first name, last name, group, unit code, role in the unit)
DEMO_ACCOUNTS = [
    ("editor.htqt", "Lan", "Nguyễn Thị", roles.JOURNALISTS, "htqt", UnitMembership.MEMBER),
    ("head.htqt", "Minh", "Trần Văn", roles.UNIT_HEADS, "htqt", UnitMembership.HEAD),
    ("editor.cchc", "Hà", "Lê Thu", roles.JOURNALISTS, "cchc", UnitMembership.MEMBER),
    ("head.cchc", "Dũng", "Phạm Quốc", roles.UNIT_HEADS, "cchc", UnitMembership.HEAD),
    ("board", "Hoa", "Đỗ Thị", roles.EDITORIAL_BOARD, None, None),
    ("icd", "Nam", "Vũ Hoài", roles.ICD_COORDINATORS, "htqt", UnitMembership.MEMBER),
    ("lanhdao", "Thành", "Hoàng Văn", roles.LEADERSHIP, None, None),
    # Web editors of the Journal's section and of the unit websites, each limited to their site.
    *[(*channel["account"], channel["group"], None, None) for channel in CHANNELS],
]

HOME_CONTENT = {
    "vi": {
        "title": "Cổng thông tin ASEAN của Bộ Nội vụ",
        "slug": "trang-chu",
        "seo_title": "Cổng thông tin ASEAN – Bộ Nội vụ",
        "slogan": "Tư duy Cộng đồng, Hành động Cộng đồng",
        "introduction": (
            "<p>Thông tin về hoạt động hợp tác ASEAN của Bộ Nội vụ, trọng tâm là Hợp tác "
            "ASEAN về các vấn đề công vụ (ACCSM), theo Kế hoạch tuyên truyền, quảng bá ASEAN "
            "giai đoạn 2021-2025 ban hành kèm Quyết định số 1117/QĐ-BNV ngày 19/10/2021.</p>"
        ),
    },
    "en": {
        "title": "ASEAN Portal of the Ministry of Home Affairs",
        "slug": "home",
        "seo_title": "ASEAN Portal – Ministry of Home Affairs",
        "slogan": "Think Community, Act Community",
        "introduction": (
            "<p>News and events of the Ministry of Home Affairs' ASEAN cooperation, with a "
            "focus on ASEAN Cooperation on Civil Service Matters (ACCSM), under the Ministry's "
            "2021-2025 plan to communicate and promote ASEAN, issued by Decision No. "
            "1117/QĐ-BNV of 19 October 2021.</p>"
        ),
    },
}


class Command(BaseCommand):
    help = "Load the demo content of the ASEAN portal (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-accounts",
            action="store_true",
            help="Create the demo accounts even when DEBUG is off (never on a public server).",
        )

    def handle(self, *args, **options):
        self.verbose = options["verbosity"] > 1
        # Each step's line and each audit line of the accounts it creates are shown with -v 2;
        # by default the command ends with a summary instead (the audit rows are kept either way).
        log = self.stdout.write if self.verbose else (lambda message: None)
        audit_logger = logging.getLogger("portal.audit")
        audit_level = audit_logger.level
        if not self.verbose:
            audit_logger.setLevel(logging.WARNING)
        try:
            site = self.load(options, log)
        finally:
            audit_logger.setLevel(audit_level)
        call_command("update_index", verbosity=0)
        if options["verbosity"] > 0:
            self.stdout.write(summary(site))
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def load(self, options, log):
        with transaction.atomic():
            locales = self.ensure_locales()
            home_vi = self.ensure_home_pages(locales)
            site = self.ensure_site(home_vi)
            self.ensure_settings(site)
            homes = {
                code: home_vi if code == "vi" else home_vi.get_translation(locale).specific
                for code, locale in locales.items()
            }
            DemoLoader(locales, homes, log=log).run()
            ChannelLoader(locales, site.port, log=log).run()
            roles.setup_editorial_workflow()
            load_plans(log=log)
            if settings.DEBUG or options["demo_accounts"]:
                self.ensure_demo_accounts()
                # Submitted by the demo heads, so only with the demo accounts.
                load_reports(log=log)
            else:
                self.stderr.write(
                    self.style.WARNING(
                        "DEBUG is off: demo accounts were not created "
                        "(pass --demo-accounts to create them anyway)."
                    )
                )
        return site

    def log(self, message):
        if self.verbose:
            self.stdout.write(message)

    def ensure_locales(self):
        return {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        }

    def ensure_home_pages(self, locales):
        root = Page.get_first_root_node()
        home_vi = HomePage.objects.filter(locale=locales["vi"]).first()
        if home_vi is None:
            # Wagtail's initial migration leaves a placeholder "Welcome" page of the base type;
            # the portal's home page takes its place.
            for placeholder in root.get_children().exact_type(Page):
                if not placeholder.get_children().exists():
                    placeholder.delete()
            content = HOME_CONTENT["vi"]
            home_vi = root.add_child(
                instance=HomePage(
                    locale=locales["vi"],
                    title=content["title"],
                    slug=content["slug"],
                    seo_title=content["seo_title"],
                    slogan=content["slogan"],
                    introduction=content["introduction"],
                )
            )
            home_vi.save_revision().publish()
            self.log("Created the Vietnamese home page.")

        for code, locale in locales.items():
            if code == "vi" or home_vi.has_translation(locale):
                continue
            translation = home_vi.copy_for_translation(locale)
            content = HOME_CONTENT[code]
            for field, value in content.items():
                setattr(translation, field, value)
            translation.save_revision().publish()
            self.log(f"Created the {code} translation of the home page.")
        return home_vi

    def ensure_site(self, home_vi):
        # The site's address comes from WAGTAILADMIN_BASE_URL (http://127.0.0.1:8000 in
        # development), so that absolute links such as hreflang alternates are right.
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL or "http://localhost")
        hostname = base.hostname or "localhost"
        port = base.port or (443 if base.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(
                hostname=hostname, port=port, root_page=home_vi, is_default_site=True
            )
        changed = False
        if is_loopback(site.hostname) and (site.hostname, site.port) != (hostname, port):
            # Wagtail's placeholder address from its initial migration, or the address of an
            # earlier `make run` on another host or port: links follow where the site is served.
            # A public address set by hand is never changed.
            site.hostname, site.port = hostname, port
            changed = True
        if site.root_page_id != home_vi.pk:
            site.root_page = home_vi
            changed = True
        if not site.site_name:
            site.site_name = "ASEAN – Bộ Nội vụ"
            changed = True
        if changed:
            site.save()
        return site

    def ensure_settings(self, site):
        portal = PortalSettings.for_site(site)
        if not portal.contact_email:
            # Demo values, not the Ministry's real contact details.
            portal.contact_email = "asean-portal@example.org"
            portal.contact_phone = "+84 24 0000 0000"
            portal.save()

    def ensure_demo_accounts(self):
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@example.com", DEMO_PASSWORD)
            self.log("Created the demo account admin.")
        for username, first_name, last_name, group_name, unit_code, role in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.com",
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
                self.log(f"Created the demo account {username}.")
            user.groups.add(Group.objects.get(name=group_name))
            if unit_code:
                unit = Unit.objects.get(code=unit_code, locale__language_code="vi")
                UnitMembership.objects.get_or_create(unit=unit, user=user, defaults={"role": role})
