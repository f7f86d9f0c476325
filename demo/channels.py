"""The demo's other sites (channels, see ``home/channels.py``): the State Organisation Journal's
ASEAN section and two unit websites, each with its host name, home page, news and events
indexes, an "About" page, branding, a group of web editors limited to the site, and the demo
items of its unit shown on it.

The host names end in ``.localhost``, which browsers and curl resolve to the loopback address
(RFC 6761), so http://tapchi.localhost:8000/ works on 127.0.0.1 without editing /etc/hosts.
Idempotent like the rest of the demo: everything is looked up by natural key.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page, Site

from events.models import EventIndexPage, EventPage
from home.channels import sync_channel_aliases
from home.models import ChannelHomePage, SiteBranding, StandardPage
from news.models import NewsIndexPage, NewsPage

CHANNELS = [
    {
        "host": "tapchi",
        "unit": "tctcnn",
        # The Journal also carries the items it coordinates.
        "coordinated_too": True,
        "group": "Biên tập viên trang Tạp chí Tổ chức nhà nước",
        "account": ("web.tapchi", "Thảo", "Bùi Phương"),
        "primary_colour": "#7a1f1f",
        "accent_colour": "#8a4b00",
        "vi": {
            "name": "Tạp chí Tổ chức nhà nước – Chuyên mục ASEAN",
            "title": "Chuyên mục ASEAN",
            "slug": "tapchi",
            "introduction": "<p>Chuyên mục ASEAN của Tạp chí Tổ chức nhà nước: tin, bài về hợp "
            "tác ASEAN trong lĩnh vực công vụ.</p>",
            "about": "Giới thiệu chuyên mục",
            "about_slug": "gioi-thieu",
            "about_text": "Chuyên mục đăng lại các tin, bài về ASEAN của Bộ Nội vụ, do Tạp chí "
            "Tổ chức nhà nước biên tập.",
        },
        "en": {
            "name": "State Organisation Journal – ASEAN section",
            "title": "ASEAN section",
            "slug": "tapchi-en",
            "introduction": "<p>The State Organisation Journal's ASEAN section: news and "
            "articles on ASEAN cooperation in the civil service.</p>",
            "about": "About the section",
            "about_slug": "about",
            "about_text": "The section carries the Ministry of Home Affairs' ASEAN news and "
            "articles, edited by the State Organisation Journal.",
        },
    },
    {
        "host": "htqt",
        "unit": "htqt",
        "coordinated_too": False,
        "group": "Biên tập viên trang Vụ Hợp tác quốc tế",
        "account": ("web.htqt", "Quân", "Hoàng Minh"),
        "primary_colour": "#00594f",
        "accent_colour": "#9c2a00",
        "vi": {
            "name": "Vụ Hợp tác quốc tế",
            "title": "Vụ Hợp tác quốc tế",
            "slug": "htqt",
            "introduction": "<p>Trang thông tin của Vụ Hợp tác quốc tế, đầu mối của Bộ Nội vụ "
            "trong Hợp tác ASEAN về các vấn đề công vụ (ACCSM).</p>",
            "about": "Chức năng, nhiệm vụ",
            "about_slug": "chuc-nang-nhiem-vu",
            "about_text": "Vụ Hợp tác quốc tế tham mưu cho Bộ trưởng về hợp tác quốc tế trong "
            "các lĩnh vực của Bộ Nội vụ.",
        },
        "en": {
            "name": "International Cooperation Department",
            "title": "International Cooperation Department",
            "slug": "htqt-en",
            "introduction": "<p>The International Cooperation Department, the Ministry of Home "
            "Affairs' focal point for ASEAN Cooperation on Civil Service Matters (ACCSM).</p>",
            "about": "Functions and tasks",
            "about_slug": "functions-and-tasks",
            "about_text": "The International Cooperation Department advises the Minister on "
            "international cooperation in the Ministry's fields.",
        },
    },
    {
        "host": "hvhc",
        "unit": "hvhcqg",
        "coordinated_too": True,
        "group": "Biên tập viên trang Học viện Hành chính Quốc gia",
        "account": ("web.hvhc", "Yến", "Đặng Hải"),
        "primary_colour": "#1f3a68",
        "accent_colour": "#a0263a",
        "vi": {
            "name": "Học viện Hành chính Quốc gia",
            "title": "Học viện Hành chính Quốc gia",
            "slug": "hvhc",
            "introduction": "<p>Hoạt động hợp tác ASEAN của Học viện Hành chính Quốc gia: "
            "đào tạo, bồi dưỡng và nghiên cứu về công vụ.</p>",
            "about": "Giới thiệu Học viện",
            "about_slug": "gioi-thieu",
            "about_text": "Học viện Hành chính Quốc gia đào tạo, bồi dưỡng cán bộ, công chức và "
            "nghiên cứu khoa học hành chính.",
        },
        "en": {
            "name": "National Academy of Public Administration",
            "title": "National Academy of Public Administration",
            "slug": "hvhc-en",
            "introduction": "<p>The ASEAN cooperation of the National Academy of Public "
            "Administration: training and research on the civil service.</p>",
            "about": "About the Academy",
            "about_slug": "about",
            "about_text": "The National Academy of Public Administration trains civil servants "
            "and carries out research in public administration.",
        },
    },
]

INDEXES = {
    NewsIndexPage: {"vi": ("Tin tức", "tin-tuc"), "en": ("News", "news")},
    EventIndexPage: {"vi": ("Sự kiện", "su-kien"), "en": ("Events", "events")},
}

# What the web editors of a unit site may do on that site, and only there. They do not publish:
# their pages go through the same review chain as everything the Ministry publishes.
SITE_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]


def is_loopback(hostname):
    """Addresses of this machine only (RFC 6761 makes every ``*.localhost`` name loopback)."""
    return hostname in ("localhost", "127.0.0.1", "[::1]", "::1") or hostname.endswith(".localhost")


class ChannelLoader:
    def __init__(self, locales, port, log):
        self.locales = locales
        self.port = port  # the portal's port: 8000 under `make run`
        self.log = log

    @transaction.atomic
    def run(self):
        sites = {}
        for channel in CHANNELS:
            homes = self.ensure_home(channel)
            for model, titles in INDEXES.items():
                self.ensure_child_pair(homes, model, titles)
            self.ensure_child_pair(
                homes,
                StandardPage,
                {code: (channel[code]["about"], channel[code]["about_slug"]) for code in homes},
                extra={code: {"introduction": channel[code]["about_text"]} for code in homes},
            )
            site = self.ensure_site(channel, homes["vi"])
            self.ensure_branding(channel, site)
            self.ensure_editors_group(channel, homes)
            sites[channel["unit"]] = (channel, site)
        self.place_items(sites)
        return sites

    def ensure_home(self, channel):
        root = Page.get_first_root_node()
        home_vi = ChannelHomePage.objects.filter(
            locale=self.locales["vi"], slug=channel["vi"]["slug"]
        ).first()
        if home_vi is None:
            data = channel["vi"]
            home_vi = root.add_child(
                instance=ChannelHomePage(
                    locale=self.locales["vi"],
                    title=data["title"],
                    slug=data["slug"],
                    introduction=data["introduction"],
                )
            )
            home_vi.save_revision().publish()
            self.log(f"Created the home page of {channel['host']}.")
        home_en = home_vi.get_translation_or_none(self.locales["en"])
        if home_en is None:
            data = channel["en"]
            home_en = home_vi.copy_for_translation(self.locales["en"])
            home_en.title, home_en.slug = data["title"], data["slug"]
            home_en.introduction = data["introduction"]
            home_en.save_revision().publish()
        return {"vi": home_vi, "en": home_en.specific}

    def ensure_child_pair(self, homes, model, titles, extra=None):
        extra = extra or {}
        vi = model.objects.child_of(homes["vi"]).filter(slug=titles["vi"][1]).first()
        if vi is None:
            vi = homes["vi"].add_child(
                instance=model(
                    locale=self.locales["vi"],
                    title=titles["vi"][0],
                    slug=titles["vi"][1],
                    show_in_menus=True,
                    **extra.get("vi", {}),
                )
            )
            vi.save_revision().publish()
        if not vi.has_translation(self.locales["en"]):
            en = vi.copy_for_translation(self.locales["en"])
            en.title, en.slug = titles["en"]
            for field, value in extra.get("en", {}).items():
                setattr(en, field, value)
            en.save_revision().publish()

    def ensure_site(self, channel, home_vi):
        hostname = f"{channel['host']}.localhost"
        site = Site.objects.filter(hostname=hostname).first()
        if site is not None and site.port != self.port:
            # The portal moved (`make run PORT=…`): its channel sites move with it.
            site.port = self.port
            site.save(update_fields=["port"])
        if site is None:
            site = Site.objects.create(
                hostname=hostname,
                port=self.port,
                root_page=home_vi,
                site_name=channel["vi"]["name"],
            )
            self.log(f"Created the site {hostname}.")
        return site

    def ensure_branding(self, channel, site):
        branding = SiteBranding.for_site(site)
        if not branding.name_vi:
            branding.name_vi = channel["vi"]["name"]
            branding.name_en = channel["en"]["name"]
            branding.primary_colour = channel["primary_colour"]
            branding.accent_colour = channel["accent_colour"]
            branding.full_clean()
            branding.save()

    def ensure_editors_group(self, channel, homes):
        group = Group.objects.get_or_create(name=channel["group"])[0]
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        for home in homes.values():
            for codename in SITE_EDITOR_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=Page.objects.get(pk=home.pk),
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )

    def place_items(self, sites):
        """Show on each channel the demo items of its unit (as lead unit, or as coordinating
        unit where the channel carries those too)."""
        for model in (NewsPage, EventPage):
            for page in model.objects.filter(
                locale=self.locales["vi"], alias_of__isnull=True
            ).live():
                codes = {page.lead_unit.code} if page.lead_unit_id else set()
                coordinating = {unit.code for unit in page.coordinating_units.all()}
                wanted = {
                    site.pk
                    for code, (channel, site) in sites.items()
                    if code in codes or (channel["coordinated_too"] and code in coordinating)
                }
                if not wanted:
                    continue
                if set(page.channels.values_list("pk", flat=True)) != wanted:
                    page.channels.set(wanted)
                    page.save_revision().publish()
                    # Channels are synchronised into translations (as wagtail-localize's sync
                    # does): the English twin follows, published after its source so that it
                    # is not shown as outdated.
                    for translation in page.get_translations().live().specific():
                        translation.channels.set(wanted)
                        translation.save_revision().publish()
                else:
                    # Creates what is missing only, so that a second run changes nothing.
                    sync_channel_aliases(page)
                    for translation in page.get_translations().live().specific():
                        sync_channel_aliases(translation)
