"""Take the editors' guide's screenshots from the demo site, in Vietnamese and in English.

    make run                        # once: the demo database
    .venv/bin/python manage.py guide_screenshots

The command serves the current database in a thread (as the browser tests do), signs in as
the demo accounts in Debian's Chromium through Playwright, and writes compressed WebP images to
``home/static/home/guide/<language>/``. For the review screenshots it copies a demo news item
as a draft of ``editor.cchc`` and submits it; the copy is deleted at the end, and the demo
accounts' language is put back.
"""

import io
import os
import re
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management.base import BaseCommand, CommandError
from django.test.testcases import LiveServerThread
from django.urls import reverse
from PIL import Image
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.guide import LANGUAGES, screenshot_path

PASSWORD = "changeme"  # noqa: S105 -- the documented demo password
WIDTH, HEIGHT = 1200, 750
OUTPUT = Path(__file__).resolve().parents[2] / "static"
ACCOUNTS = ["editor.cchc", "head.cchc", "board", "icd"]
GUIDE_TITLE = "Hội thảo cải cách công vụ ASEAN (bản mẫu của hướng dẫn)"


class Command(BaseCommand):
    help = "Take the editors' guide's screenshots from the demo site (Playwright, Chromium)."

    def add_arguments(self, parser):
        parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
        parser.add_argument("--quality", type=int, default=50, help="WebP quality (0-100)")

    def handle(self, *args, **options):
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as error:
            raise CommandError("Playwright is needed: it is in requirements-dev.lock.") from error
        if not Path(options["chromium"]).exists():
            raise CommandError(f"No Chromium at {options['chromium']}.")
        users = {
            user.username: user for user in get_user_model().objects.filter(username__in=ACCOUNTS)
        }
        if len(users) != len(ACCOUNTS):
            raise CommandError("Load the demo first (make run): its accounts are missing.")
        scene = self.prepare(users)
        languages = {
            name: UserProfile.get_for_user(user).preferred_language for name, user in users.items()
        }
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise CommandError(str(server.error))
        base = f"http://127.0.0.1:{server.port}"
        # Playwright's synchronous API keeps an event loop in this thread; the ORM calls made
        # here in between are the command's own, one at a time.
        os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        try:
            for language in LANGUAGES:
                for user in users.values():
                    self.set_language(user, language)
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(
                        executable_path=options["chromium"], args=["--no-sandbox", "--disable-gpu"]
                    )
                    try:
                        self.shoot(browser, base, language, scene, options["quality"])
                    finally:
                        browser.close()
        finally:
            server.terminate()
            for name, user in users.items():
                self.set_language(user, languages[name])
            self.remove(scene["copy"])
        self.stdout.write(
            self.style.SUCCESS(f"Screenshots written under {OUTPUT / 'home' / 'guide'}.")
        )

    @staticmethod
    def remove(copy):
        """The guide's sample item, its English version and their translation records."""
        for page in copy.get_translations(inclusive=True):
            page.delete()
        apps.get_model("wagtail_localize", "TranslationSource").objects.filter(
            object_id=copy.translation_key
        ).delete()

    @staticmethod
    def set_language(user, language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])

    def prepare(self, users):
        """The pages the screenshots show; a copy of a demo item in review for the heads."""
        news_page = apps.get_model("news", "NewsPage")
        vi = Locale.objects.get(language_code="vi")
        original = (
            news_page.objects.filter(locale=vi, live=True, lead_unit__code="cchc").first()
            or news_page.objects.filter(locale=vi, live=True).first()
        )
        if original is None:
            raise CommandError("Load the demo first (make run): it has no news items.")
        for leftover in news_page.objects.filter(title=GUIDE_TITLE, locale=vi):
            self.remove(leftover)
        copy = original.copy(
            update_attrs={"title": GUIDE_TITLE, "slug": "huong-dan-ban-mau", "live": False},
            keep_live=False,
            user=users["editor.cchc"],
            log_action=False,
        )
        copy = Page.objects.get(pk=copy.pk).specific
        copy.save_revision(user=users["editor.cchc"])
        return {
            "editor": users["editor.cchc"],
            "copy": copy,
            "original": original,
        }

    def shoot(self, browser, base, language, scene, quality):
        def tab_for(username):
            context = browser.new_context(
                base_url=base, viewport={"width": WIDTH, "height": HEIGHT}, locale=language
            )
            tab = context.new_page()
            tab.goto("/admin/login/")
            tab.fill("#id_username", username)
            tab.fill("#id_password", PASSWORD)
            tab.click("button[type=submit]")
            tab.wait_for_url(re.compile(r"/admin/$"))
            return tab

        def save(tab, slug):
            image = Image.open(io.BytesIO(tab.screenshot(full_page=False)))
            target = OUTPUT / screenshot_path(language, slug)
            target.parent.mkdir(parents=True, exist_ok=True)
            image.convert("RGB").save(target, "WEBP", quality=quality, method=6)
            self.stdout.write(
                f"{target.relative_to(OUTPUT.parent.parent)}: {target.stat().st_size} bytes"
            )

        copy = Page.objects.get(pk=scene["copy"].pk).specific
        if copy.current_workflow_state is not None:
            copy.current_workflow_state.cancel(user=scene["editor"])
        edit_copy = reverse("wagtailadmin_pages:edit", args=[copy.pk])
        editor = tab_for("editor.cchc")
        editor.click("[data-quick-action]")
        editor.wait_for_selector("#id_title")
        editor.fill("#id_title", "Hội thảo cải cách công vụ ASEAN")
        editor.wait_for_timeout(300)
        save(editor, "write")

        editor.goto(edit_copy)
        editor.wait_for_selector("#id_title")
        save(editor, "submit")

        editor.locator("[data-side-panel-toggle='status']").first.click()
        editor.wait_for_timeout(500)
        save(editor, "schedule")
        editor.goto(edit_copy)
        channels = editor.locator("[data-contentpath='channels']")
        if channels.count():
            channels.first.scroll_into_view_if_needed()
        save(editor, "channels")

        english = copy.get_translations().filter(locale__language_code="en").first()
        if english is None:
            # The journalist starts the English version as the guide tells.
            editor.goto(reverse("wagtail_localize:submit_page_translation", args=[copy.pk]))
            editor.locator("input[name='locales']").first.check()
            editor.locator("input[type='submit']").last.click()
        else:
            editor.goto(reverse("wagtailadmin_pages:edit", args=[english.pk]))
        editor.wait_for_selector("[data-translation-progress]")
        editor.wait_for_timeout(1500)
        save(editor, "translate")

        # The journalist's draft goes to the head of the unit.
        copy.get_workflow().start(copy, scene["editor"])
        head = tab_for("head.cchc")
        head.locator(f"[data-review-item='{scene['copy'].pk}']").scroll_into_view_if_needed()
        save(head, "review")
        head.locator(
            f"[data-review-item='{scene['copy'].pk}'] [data-workflow-action-name='reject']"
        ).click()
        head.wait_for_selector("textarea")
        head.wait_for_timeout(500)
        save(head, "request-changes")

        board = tab_for("board")
        board.goto(reverse("workflows_emergency_publish", args=[scene["copy"].pk]))
        save(board, "emergency-publish")

        icd = tab_for("icd")
        icd.goto(reverse("workflows_translation_report"))
        save(icd, "reports")
