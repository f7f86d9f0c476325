"""Nothing hidden reaches an anonymous reader: item states × public outputs × sites × languages.

For each state, a news item and an event (each in Vietnamese and English, chosen for the channels
"tapchi" and "htqt", so copied there as aliases once published) are put into that state. Every
output of every site is then read anonymously over HTTP in both languages and must show none of
them. The state "public" is the control: the same reads must show its items wherever they belong,
so that a broken output cannot pass for one that hides. Each state's items are also named by
public pages: a news item whose related event is the state's event, an event whose related news
is the state's news item. A new state or output is one line in ``STATES`` or ``OUTPUTS``.

All states share one set of sites (building them is the slow part); a restriction on a section
and expiry change the whole tree or the clock, so they have tests of their own.
"""

import datetime
import io
from dataclasses import dataclass
from types import SimpleNamespace
from unittest import mock
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import PressPage
from press.alerts import send_item_alerts
from press.models import AlertDelivery, AlertSubscription, FeedbackFormField, FeedbackFormPage
from tests.factories import EventPageFactory, NewsPageFactory
from tests.home.test_channels import add_channel

pytestmark = pytest.mark.django_db

LANGUAGES = ("vi", "en")
# host -> channel code (None: the portal). The items are chosen for tapchi and htqt, not hvhc.
SITES = {
    "testserver": None,
    "tapchi.localhost": "tapchi",
    "htqt.localhost": "htqt",
    "hvhc.localhost": "hvhc",
}
ITEM_SITES = ("testserver", "tapchi.localhost", "htqt.localhost")
KINDS = ("news", "event")


# Outputs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    """One public output. ``vi``/``en``: its address in each language (``en`` None: one
    address for both, such as the API and the sitemap), with ``{placeholders}`` from
    ``family_context`` when it is read once per item. ``shows``: "news", "event" or "both".
    ``seen_by``: "marker" (the item's title or summary in the response), "link" (the item's
    address, for search results and the sitemap), "year" (the news year filter's option).
    ``where``: the control item shows on every site that has it ("item") or on the portal.
    ``by_text``: found through the item's text (False for the sitemap and the year filter,
    which show that a live page exists: not a leak of its unpublished changes)."""

    name: str
    vi: str
    en: str | None
    shows: str
    seen_by: str = "marker"
    where: str = "item"
    follow: bool = False
    by_text: bool = True

    @property
    def per_item(self):
        return "{" in self.vi


OUTPUTS = [
    Output("news page", "{news_url}", "{news_url}", "news"),
    Output("event page", "{event_url}", "{event_url}", "event"),
    Output("home", "/", "/en/", "both"),
    Output("news index", "/tin-tuc/", "/en/news/", "news"),
    Output("news index: year filter", "/tin-tuc/", "/en/news/", "news", "year", by_text=False),
    Output("news index by year", "/tin-tuc/?year={year}", "/en/news/?year={year}", "news"),
    Output("news index by unit", "/tin-tuc/?unit=htqt", "/en/news/?unit=htqt", "news"),
    Output("news index by theme", "/tin-tuc/?theme=chu-de", "/en/news/?theme=chu-de", "news"),
    Output("events index", "/su-kien/?period=all", "/en/events/?period=all", "event"),
    Output(
        "events month",
        "/su-kien/calendar/2035/{month}/",
        "/en/events/calendar/2035/{month}/",
        "event",
    ),
    Output("news rss", "/feeds/news.rss", "/en/feeds/news.rss", "news"),
    Output("news atom", "/feeds/news.atom", "/en/feeds/news.atom", "news"),
    Output("unit rss", "/feeds/units/htqt.rss", "/en/feeds/units/htqt.rss", "news"),
    Output("theme atom", "/feeds/themes/chu-de.atom", "/en/feeds/themes/chu-de.atom", "news"),
    Output("events rss", "/feeds/events.rss", "/en/feeds/events.rss", "event"),
    Output("events atom", "/feeds/events.atom", "/en/feeds/events.atom", "event"),
    Output("calendar", "/calendar/events.ics", "/en/calendar/events.ics", "event"),
    Output("unit calendar", "/calendar/units/htqt.ics", "/en/calendar/units/htqt.ics", "event"),
    Output(
        "event calendar",
        "/calendar/event/{event_id}.ics",
        "/en/calendar/event/{event_id}.ics",
        "event",
    ),
    Output("sitemap", "/sitemap.xml", None, "both", "link", "portal", by_text=False),
    Output("search", "/tim-kiem/?q={news_marker}", "/en/search/?q={news_marker}", "news", "link"),
    Output(
        "search events",
        "/tim-kiem/?q={event_marker}",
        "/en/search/?q={event_marker}",
        "event",
        "link",
    ),
    Output(
        "api list", "/api/v2/pages/?slug={news_slug}", "/api/v2/pages/?slug={news_slug}", "news"
    ),
    Output(
        "api list, events",
        "/api/v2/pages/?slug={event_slug}&fields=title",
        "/api/v2/pages/?slug={event_slug}&fields=title",
        "event",
    ),
    Output("api search", "/api/v2/pages/?search={news_marker}&fields=title", None, "news"),
    Output("api news detail", "/api/v2/pages/{news_id}/?fields=summary,body", None, "news"),
    Output("api event detail", "/api/v2/pages/{event_id}/?fields=summary", None, "event"),
    Output("api find", "/api/v2/pages/find/?html_path={news_url}", None, "news", follow=True),
    Output("api related event", "/api/v2/pages/{p_id}/?fields=related_event", None, "event"),
    Output("related event on a news page", "{p_url}", "{p_url}", "event"),
    Output("related news on an event page", "{q_url}", "{q_url}", "news"),
    Output(
        "feedback form",
        "/bao-chi/phan-hoi/?item={news_id}",
        "/en/press/feedback/?item={news_id}",
        "news",
        "marker",
        "portal",
    ),
    Output(
        "feedback form, event",
        "/bao-chi/phan-hoi/?item={event_id}",
        "/en/press/feedback/?item={event_id}",
        "event",
        "marker",
        "portal",
    ),
]


# States -------------------------------------------------------------------------------------


def restrict(pages, restriction_type, group=None, password=""):
    for page in pages:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type, password=password
        )
        if group is not None:
            restriction.groups.set([group])


def private_login(world, pages):
    restrict(pages, PageViewRestriction.LOGIN)


def private_groups(world, pages):
    group = Group.objects.get_or_create(name="Nội bộ")[0]
    restrict(pages, PageViewRestriction.GROUPS, group)


def private_password(world, pages):
    # Switched off in the admin (tests/test_privacy.py); a restriction made some other way
    # must hide the items all the same.
    restrict(pages, PageViewRestriction.PASSWORD, password="bi-mat-2026")


def private_ancestor(world, pages):
    tree = world.tree
    sections = [tree.news_vi, tree.news_en, tree.events_vi, tree.events_en]
    restrict(sections, PageViewRestriction.LOGIN)


def unpublished(world, pages):
    for page in pages:
        refreshed(page).unpublish()


def in_review(world, pages):
    for page in pages:
        world.chain.workflow.start(refreshed(page), world.chain.people.journalist_b)


def draft_changes(world, pages):
    for page in pages:
        page = refreshed(page)
        marker = world.marker_of[page.pk]
        page.title = f"Mục {marker}"
        page.summary = f"Tóm tắt {marker}."
        page.save_revision(user=world.chain.people.journalist_b)


def scheduled(world, pages):
    for page in pages:
        page = refreshed(page)
        page.go_live_at = timezone.now() + datetime.timedelta(days=3)
        page.save_revision().publish()


@dataclass(frozen=True)
class State:
    apply: object = None
    publish: bool = True  # published (and copied to the channels) before ``apply``
    draft_titles: bool = False  # the markers are only in unpublished changes
    expires: bool = False  # published with an expiry time an hour away


STATES = {
    "public": State(),
    "private by sign-in": State(private_login),
    "private to a group": State(private_groups),
    "private by password": State(private_password),
    "private by an ancestor": State(private_ancestor),
    "unpublished": State(unpublished),
    "draft never published": State(publish=False),
    "in review": State(in_review, publish=False),
    "live with draft changes": State(draft_changes, draft_titles=True),
    "scheduled": State(scheduled, publish=False),
    "expired": State(expires=True),
}
# Each changes the whole tree or the clock: tested apart from the others.
APART = ("private by an ancestor", "expired")
# The world --------------------------------------------------------------------------------


def refreshed(page):
    return Page.objects.get(pk=page.pk).specific


def live(page, **fields):
    """Publish ``page`` as it is in memory (with its unsaved many-to-many choices)."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return refreshed(page)


def english(page, publish=True, **fields):
    """``page``'s English translation, live or a draft."""
    translation = page.copy_for_translation(Locale.objects.get(language_code="en"))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    revision = translation.save_revision()
    if publish:
        revision.publish()
    return refreshed(translation)


def copies(page):
    """The page and its aliases (its copies on the channel sites)."""
    return [refreshed(page), *Page.objects.filter(alias_of=page)]


def sites_and_snippets(chain):
    tree = chain.tree
    channels = {
        code: add_channel(tree, host, f"Kênh {code}", f"Channel {code}")
        for host, code in SITES.items()
        if code
    }
    en = Locale.objects.get(language_code="en")
    chain.theme.slug = "chu-de"
    chain.theme.save()
    units = {"vi": chain.unit_b, "en": chain.unit_b.copy_for_translation(en)}
    units["en"].name = "International Cooperation Department"
    units["en"].save()
    themes = {"vi": chain.theme, "en": chain.theme.copy_for_translation(en)}
    themes["en"].save()
    # The reporters' feedback form, in both languages, on the portal.
    press = tree.home_vi.add_child(instance=PressPage(title="Báo chí", slug="bao-chi"))
    form = FeedbackFormPage(title="Phản hồi", slug="phan-hoi", consent_text="Tôi đồng ý.")
    form.form_fields = [FeedbackFormField(label="Nội dung", field_type="multiline")]
    press.add_child(instance=form)
    english(press, title="Press", slug="press")
    english(form, title="Feedback", slug="feedback")
    # Reporters subscribed to alerts on the unit's items.
    for language, unit in units.items():
        subscription = AlertSubscription.objects.create(
            email=f"reporter.{language}@example.org",
            language=language,
            consent_at=timezone.now(),
            confirmed_at=timezone.now(),
        )
        subscription.units.set([unit])
    return SimpleNamespace(
        chain=chain,
        tree=tree,
        channels=channels,
        units=units,
        themes=themes,
        chosen=[channels["tapchi"].site.pk, channels["htqt"].site.pk],
        families={},
        marker_of={},
    )


def add_family(world, name, number):
    """The state's items (news and event, vi and en) and the public pages that name them."""
    state = STATES[name]
    chain, tree = world.chain, world.tree
    family = SimpleNamespace(
        name=name,
        number=number,
        markers={
            (kind, language): f"zq{number:02d}{kind}{language}"
            for kind in KINDS
            for language in LANGUAGES
        },
        slugs={
            ("news", "vi"): f"muc-tin-{number:02d}",
            ("news", "en"): f"news-item-{number:02d}",
            ("event", "vi"): f"su-kien-{number:02d}",
            ("event", "en"): f"event-item-{number:02d}",
        },
        # The control is the oldest news item and the latest event: a leaking item of another
        # state would come before it on the home page, which lists only the first few.
        year=2000 + number,
        month=12 if number == 0 else number,
        items={},
        public={},
    )

    def text(kind, language):
        marker = family.markers[(kind, language)]
        if state.draft_titles:
            return {"title": f"Mục đã đăng {number} {language}", "summary": "Đã đăng."}
        return {"title": f"Mục {marker}", "summary": f"Tóm tắt {marker}."}

    extra = {}
    if state.expires:
        extra["expire_at"] = timezone.now() + datetime.timedelta(hours=1)
    start = datetime.datetime(2035, family.month, 12, 9, tzinfo=datetime.UTC)
    vi = {
        "news": NewsPageFactory(
            parent=tree.news_vi,
            locale=tree.vi,
            slug=family.slugs[("news", "vi")],
            lead_unit=world.units["vi"],
            themes=[world.themes["vi"]],
            publication_date=datetime.datetime(family.year, 5, 5, 9, tzinfo=datetime.UTC),
            live=False,
            **text("news", "vi"),
            **extra,
        ),
        "event": EventPageFactory(
            parent=tree.events_vi,
            locale=tree.vi,
            slug=family.slugs[("event", "vi")],
            lead_unit=world.units["vi"],
            start=start,
            end=start + datetime.timedelta(hours=8),
            live=False,
            **text("event", "vi"),
            **extra,
        ),
    }
    for kind, page in vi.items():
        page.channels.set(world.chosen)
        if state.publish:
            page = live(page)
        else:
            page.save_revision()
        family.items[(kind, "vi")] = page
        translation = english(
            page,
            publish=False,
            slug=family.slugs[(kind, "en")],
            lead_unit=world.units["en"],
            **text(kind, "en"),
        )
        if kind == "news":
            translation.themes.set([world.themes["en"]])
            translation.save_revision()
        if state.publish:
            translation = live(translation)
        family.items[(kind, "en")] = translation
    for (kind, language), page in family.items.items():
        world.marker_of[page.pk] = family.markers[(kind, language)]

    # Public pages that name the items, on the same channels.
    p = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        title=f"Tin có sự kiện liên quan {number}",
        slug=f"tin-lien-quan-{number:02d}",
        lead_unit=chain.unit_a,
        publication_date=datetime.datetime(1990, 1, 1 + number, tzinfo=datetime.UTC),
        live=False,
        related_event=family.items[("event", "vi")],
    )
    p.channels.set(world.chosen)
    past = datetime.datetime(2001, 1, 1 + number, tzinfo=datetime.UTC)
    q = EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title=f"Hội nghị có tin liên quan {number}",
        slug=f"hoi-nghi-lien-quan-{number:02d}",
        lead_unit=chain.unit_a,
        start=past,
        end=past + datetime.timedelta(hours=4),
        live=False,
    )
    q.channels.set(world.chosen)
    q.related_news.set([family.items[("news", "vi")]])
    family.public[("news", "vi")] = p = live(p)
    family.public[("event", "vi")] = q = live(q)
    p_en = english(p, publish=False, title=f"Related {number}", slug=f"related-news-{number:02d}")
    family.public[("news", "en")] = live(p_en, related_event=family.items[("event", "en")])
    q_en = english(
        q, publish=False, title=f"Meeting {number}", slug=f"related-meeting-{number:02d}"
    )
    q_en.related_news.set([family.items[("news", "en")]])
    family.public[("event", "en")] = live(q_en)

    if state.apply:
        state.apply(world, list(family.items.values()))
    world.families[name] = family
    return family


def build(chain, names):
    world = sites_and_snippets(chain)
    for number, name in enumerate(names):
        add_family(world, name, number)
    return world


# Reading -------------------------------------------------------------------------------------


def on_site(page, host, language):
    """``page``'s copy on the site at ``host`` (an alias), or ``page`` itself."""
    code = SITES[host]
    if code is None:
        return page
    home = Page.objects.get(
        translation_key=Site.objects.get(hostname=host).root_page.translation_key,
        locale__language_code=language,
    )
    return Page.objects.filter(alias_of=page).descendant_of(home).first() or page


def family_context(family, host, language):
    news, event = family.items[("news", language)], family.items[("event", language)]
    vi = language == "vi"
    n = f"{family.number:02d}"
    return {
        "news_url": ("/tin-tuc/" if vi else "/en/news/") + family.slugs[("news", language)] + "/",
        "event_url": ("/su-kien/" if vi else "/en/events/")
        + family.slugs[("event", language)]
        + "/",
        "p_url": f"/tin-tuc/tin-lien-quan-{n}/" if vi else f"/en/news/related-news-{n}/",
        "q_url": f"/su-kien/hoi-nghi-lien-quan-{n}/" if vi else f"/en/events/related-meeting-{n}/",
        "news_id": on_site(news, host, language).pk,
        "event_id": on_site(event, host, language).pk,
        "p_id": on_site(family.public[("news", language)], host, language).pk,
        "year": family.year,
        "month": family.month,
        "news_slug": family.slugs[("news", language)],
        "event_slug": family.slugs[("event", language)],
        "news_marker": family.markers[("news", language)],
        "event_marker": family.markers[("event", language)],
    }


def shown(output, body, family, language, ctx):
    """The kinds of ``family``'s items (in ``language``) that ``body`` shows."""
    kinds = KINDS if output.shows == "both" else (output.shows,)
    found = []
    if STATES[family.name].draft_titles and not output.by_text:
        return found
    for kind in kinds:
        if output.seen_by == "marker":
            hit = family.markers[(kind, language)] in body
        elif output.seen_by == "link":
            # The address of the item (a search page repeats the query, not the address).
            hit = ctx[f"{kind}_url"] in body
        else:
            hit = f'value="{family.year}"' in body
        if hit:
            found.append(kind)
    return found


def read(client, output, host, language, ctx):
    template = output.vi if language == "vi" or output.en is None else output.en
    url = template.format(**ctx)
    response = client.get(url, HTTP_HOST=host, follow=output.follow)
    assert response.status_code < 500, (host, url)
    return response.content.decode(errors="replace")


def read_everything(client, world, outputs=OUTPUTS):
    """Every output on every site in every language, read anonymously: ``{(state, output,
    host, language): kinds of the state's items shown}``."""
    client.logout()
    results = {}
    for host in SITES:
        for language in LANGUAGES:
            contexts = {
                name: {lang: family_context(family, host, lang) for lang in LANGUAGES}
                for name, family in world.families.items()
            }
            for output in outputs:
                if output.en is None and language == "en":
                    continue  # one address for both languages
                languages = LANGUAGES if output.en is None else (language,)
                body = None
                for name, family in world.families.items():
                    if output.per_item or body is None:
                        body = read(client, output, host, language, contexts[name][language])
                    found = set()
                    for lang in languages:
                        found.update(shown(output, body, family, lang, contexts[name][lang]))
                    results[(name, output.name, host, language)] = sorted(found)
    return results


def alerts_sent(world):
    """The states whose items reach reporters' alerts, sent for every copy of every item."""
    AlertDelivery.objects.all().delete()
    mail.outbox = []
    for family in world.families.values():
        for page in family.items.values():
            for copy in copies(page):
                send_item_alerts.call(copy.pk)
    text = " ".join(f"{m.subject} {m.body}" for m in mail.outbox)
    return {
        name: sorted(key for key, marker in family.markers.items() if marker in text)
        for name, family in world.families.items()
    }


def check(results, sent, names):
    """The hidden states leak nothing; the public one shows everywhere it belongs."""
    leaks = {
        key: kinds
        for key, kinds in results.items()
        if key[0] in names and key[0] != "public" and kinds
    }
    if leaks:
        pytest.fail(
            "Leaks:\n" + "\n".join(f"{key}: {kinds}" for key, kinds in sorted(leaks.items()))
        )
    assert {name: keys for name, keys in sent.items() if name != "public" and keys} == {}
    if "public" not in names:
        return
    outputs = {output.name: output for output in OUTPUTS}
    missing, stray = [], []
    for (name, output_name, host, language), kinds in results.items():
        if name != "public":
            continue
        output = outputs[output_name]
        want = list(KINDS) if output.shows == "both" else [output.shows]
        belongs = host == "testserver" if output.where == "portal" else host in ITEM_SITES
        if belongs and kinds != sorted(want):
            missing.append((output_name, host, language, kinds))
        elif not belongs and kinds:
            stray.append((output_name, host, language, kinds))
    assert missing == [], "\n".join(map(str, missing))
    assert stray == [], "\n".join(map(str, stray))
    assert sent["public"] == sorted(world_markers_keys())


def world_markers_keys():
    return [(kind, language) for kind in KINDS for language in LANGUAGES]


@pytest.fixture(autouse=True)
def one_page_of_everything(settings):
    # Every item on the first page of every listing: a leak on page 2 would go unseen.
    settings.PORTAL_PAGE_SIZE = 200


# Tests ----------------------------------------------------------------------------------------


def test_no_output_on_any_site_shows_a_hidden_item(client, chain):
    names = [name for name in STATES if name not in APART]
    world = build(chain, names)
    check(read_everything(client, world), alerts_sent(world), names)


def test_a_private_section_hides_its_items_and_their_channel_copies(client, chain):
    world = build(chain, ["private by an ancestor"])
    check(read_everything(client, world), alerts_sent(world), ["private by an ancestor"])


def test_expired_items_leave_every_output_and_channel(client, chain):
    world = build(chain, ["public", "expired"])
    family = world.families["expired"]
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2), tick=False):
        call_command("publish_scheduled", stdout=io.StringIO())
        for page in family.items.values():
            assert [copy.live for copy in copies(page)] == [False] * len(copies(page))
        check(read_everything(client, world), alerts_sent(world), ["public", "expired"])


# With the page cache on: a privacy change made in the admin ---------------------------------

PROXY = "http://127.0.0.1:18999"


def set_privacy(client, page, restriction_type):
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": restriction_type},
    )
    assert response.status_code == 200, (response.status_code, dict(client.cookies))
    assert response.json()["step"] == "set_privacy_done"


def test_making_a_cached_item_private_in_the_admin_takes_it_off_every_cache(
    client, chain, settings, django_user_model
):
    settings.PAGE_CACHE_SECONDS = 3600
    world = build(chain, ["public"])
    family = world.families["public"]
    # Served publicly and kept in the cache, on the portal and on the channel sites.
    check(read_everything(client, world), alerts_sent(world), ["public"])
    for host in ITEM_SITES:
        news_url = family_context(family, host, "vi")["news_url"]
        for url in ("/", "/tin-tuc/", "/feeds/news.rss", "/en/feeds/units/htqt.atom", news_url):
            client.get(url, HTTP_HOST=host)
            assert client.get(url, HTTP_HOST=host)["X-Page-Cache"] == "hit", (host, url)

    # An administrator makes the items private through Wagtail's privacy dialog.
    admin = django_user_model.objects.create_superuser(
        "quan.tri.cong", password="mat-khau-dai-2026"
    )
    editor = Client()  # the administrator's own browser, not the readers'
    editor.force_login(admin)
    settings.WAGTAILFRONTENDCACHE = {
        "pagecache": {"BACKEND": "page_cache.cache.PageCacheBackend"},
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": PROXY,
        },
    }
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen:
        for page in family.items.values():
            set_privacy(editor, page, PageViewRestriction.LOGIN)
    purged = {(call.args[0].headers["Host"], urlsplit(call.args[0].full_url).path)
              for call in urlopen.call_args_list}  # fmt: skip

    # No cached copy is served to anonymous readers any more, on any site.
    results = read_everything(client, world)
    leaks = {key: kinds for key, kinds in results.items() if kinds}
    assert leaks == {}
    # The aliases carry the restriction too.
    for page in family.items.values():
        for copy in copies(page):
            assert [r.restriction_type for r in copy.view_restrictions.all()] == ["login"], copy

    # The proxy was told: each copy of each item, the pages naming them, the channel sites'
    # home pages, listings, feeds and calendars, in both languages.
    expected = set()
    for host in ITEM_SITES:
        for language in LANGUAGES:
            ctx = family_context(family, host, language)
            prefix = "" if language == "vi" else "/en"
            expected |= {
                (host, ctx["news_url"]),
                (host, ctx["event_url"]),
                (host, ctx["p_url"]),
                (host, ctx["q_url"]),
                (host, f"{prefix}/"),
                (host, "/tin-tuc/" if language == "vi" else "/en/news/"),
                (host, f"{prefix}/feeds/news.rss"),
                (host, f"{prefix}/feeds/news.atom"),
                (host, f"{prefix}/feeds/units/htqt.rss"),
                (host, f"{prefix}/feeds/events.rss"),
                (host, f"{prefix}/calendar/events.ics"),
                (host, f"{prefix}/calendar/units/htqt.ics"),
            }
        expected.add((host, "/sitemap.xml"))
    assert expected - purged == set()

    # Public again: back on every site at once, the aliases' restrictions gone with it.
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen"):
        for page in family.items.values():
            set_privacy(editor, page, "none")
    check(read_everything(client, world), alerts_sent(world), ["public"])
    for page in family.items.values():
        assert not PageViewRestriction.objects.filter(page__in=copies(page)).exists()
