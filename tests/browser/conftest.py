"""Shared set-up for the tests that drive a real browser (Playwright for Python + Chromium).

They run against pytest-django's ``live_server`` (the app in a thread, on the test database)
with the demo content loaded, as a person would use the portal. They need three things that
are not Python packages: Debian's Chromium (``/usr/bin/chromium``; Playwright's own browser
download does not work here), and axe-core and the Nu HTML Checker, which ``make
browser-tools`` fetches from the npm registry into ``.browser-tools/``. Without them the tests
are skipped with the reason, except in CI (``CI=true``), where that is an error.
"""

import base64
import contextlib
import os
import re
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
TOOLS = ROOT / ".browser-tools" / "node_modules"
AXE_JS = TOOLS / "axe-core" / "axe.min.js"
VNU_JAR = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "changeme"

# Chromium as the house rules launch it: no sandbox (CI runs as root), and no background
# traffic (the machine reaches nothing but the package registries).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextlib.contextmanager
def orm_beside_playwright():
    """Playwright's synchronous API keeps an asyncio event loop in the test's thread; Django
    refuses ORM calls from a thread with a running loop unless told that this is deliberate.
    Only the tests' own set-up and assertions query the database from this thread; the live
    server answers the browser from its own. Set for the browser tests alone, so that no
    subprocess of another test (``check --deploy``) inherits it.
    https://docs.djangoproject.com/en/5.2/topics/async/#envvar-DJANGO_ALLOW_ASYNC_UNSAFE"""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def unavailable(reason):
    """Skip with ``reason``, or fail when running in CI, where the browser tests must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"Browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def serialized_contents(django_db_setup):
    """The rows that the migrations created (Wagtail's root page, locales, content types,
    permissions), as the test database was serialized for ``serialized_rollback``."""
    from django.db import connections

    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


def keep_serialized_contents(contents):
    """Once Playwright's synchronous API runs, Django hands this thread a new connection
    object, which lacks the serialized rows; without them the flush after a browser test
    leaves the next one an empty database (no root page). Give them back, so that
    ``serialized_rollback`` restores them as it does for the other tests.
    https://docs.djangoproject.com/en/5.2/topics/testing/overview/#rollback-emulation"""
    from django.db import connections

    for alias, serialized in contents.items():
        if not hasattr(connections[alias], "_test_serialized_contents"):
            connections[alias]._test_serialized_contents = serialized


@contextlib.contextmanager
def launch_chromium():
    """Debian's Chromium, headless, through Playwright, for one test. Started and stopped
    with each test: Playwright's event loop must not outlive it (see orm_beside_playwright)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (make install)")
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with orm_beside_playwright(), sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        unavailable(f"{AXE_JS.relative_to(ROOT)} is missing (make browser-tools)")
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu_jar():
    if not VNU_JAR.exists():
        unavailable(f"{VNU_JAR.relative_to(ROOT)} is missing (make browser-tools)")
    if shutil.which("java") is None:
        unavailable("Java is missing for the Nu HTML checker (apt-get install default-jre)")
    return VNU_JAR


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test item, so that the page fixture knows whether the
    # test failed. https://docs.pytest.org/en/stable/example/simple.html
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _refuse(route):
    route.abort("blockedbyclient")


class Browsing:
    """Opens browser profiles (one per person: each has its own cookies) and keeps track of
    their tabs, so that a failure can be shown as it was on screen."""

    def __init__(self, chromium, base_url):
        self.chromium = chromium
        self.base_url = base_url
        self.contexts = []

    def new_context(self):
        context = self.chromium.new_context(
            base_url=self.base_url,
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            viewport={"width": 1280, "height": 900},
            accept_downloads=True,
        )
        context.set_default_timeout(15_000)
        # Only the live server: nothing leaves the machine (the admin's avatars, for one,
        # would ask an outside service).
        context.route(
            re.compile(r"^https?://(?!(?:[a-z0-9-]+\.)?localhost[:/]|127\.0\.0\.1[:/])"), _refuse
        )
        self.contexts.append(context)
        return context

    def new_tab(self):
        """A tab in a new profile: a visitor who is not logged in."""
        return self.new_context().new_page()

    def screenshot(self, name):
        """Save a screenshot and the HTML of every open tab into test-artifacts/."""
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", name)
        tabs = [tab for context in self.contexts for tab in context.pages]
        for index, tab in enumerate(tabs):
            try:
                tab.screenshot(path=ARTIFACTS / f"{name}-tab{index}.png", full_page=True)
                (ARTIFACTS / f"{name}-tab{index}.html").write_text(tab.content(), encoding="utf-8")
            except Exception as error:  # a closed tab must not hide the test's failure
                print(f"No screenshot of tab {index} ({tab.url}): {error}")

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.fixture
def browsing(live_server, serialized_contents, request):
    """Browser profiles for one test; screenshots of every open tab when the test fails."""
    with launch_chromium() as chromium:
        keep_serialized_contents(serialized_contents)
        browsing = Browsing(chromium, live_server.url)
        yield browsing
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            browsing.screenshot(request.node.nodeid)
        browsing.close()


@pytest.fixture
def demo(transactional_db, live_server, run_command):
    """The demo portal (content and accounts) in the live server's database."""
    from home.models import HomePage

    run_command("load_initial_data", demo_accounts=True)
    return {page.locale.language_code: page for page in HomePage.objects.all()}


def path_of(page):
    """A page's address on its own site, without the host: the portal shares the installation
    with the channel sites, so ``page.url`` is absolute outside a request."""
    return page.get_url_parts()[2]


def admin_login(browsing, username, password=PASSWORD):
    """Log ``username`` into the Wagtail admin in a browser profile of their own; return the tab.

    The only place the tests log in: a second factor at login changes only this function.
    """
    page = browsing.new_tab()
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/(two-step/(setup/)?\?.*)?$"))
    if "/admin/two-step/" in page.url:
        second_step(page, username)
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def second_step(page, username):
    """Two-step sign-in as the user's authenticator app would do it: on a first sign-in, read
    the key from the set-up page (as when typing it into the app) and confirm with a code; later,
    a code from the device's key. A code already used is never accepted twice, so the next
    time step's code is used then (the device accepts one step of drift)."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    if "/two-step/setup/" in page.url:
        key = base64.b32decode(page.locator("#otp-secret").inner_text().replace(" ", ""))
        step, t0, digits, last_t = 30, 0, 6, -1
    else:
        device = TOTPDevice.objects.get(user__username=username, confirmed=True)
        key, step, t0, digits, last_t = (
            device.bin_key,
            device.step,
            device.t0,
            device.digits,
            device.last_t,
        )
    generator = TOTP(key, step, t0, digits)
    generator.time = time.time()
    if generator.t() <= last_t:
        generator.time = t0 + (last_t + 1) * step
    page.fill("#id_token", f"{generator.token():0{digits}d}")
    page.click("form button[type=submit]")
    page.wait_for_load_state("load")
    if page.locator("#otp-continue").count():
        page.click("#otp-continue")
