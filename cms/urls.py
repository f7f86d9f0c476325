from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path, register_converter
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from events import calendars
from events import feeds as events_feeds
from home.api import api_router
from home.bounds import IdConverter
from home.sitemap import BilingualSitemap
from home.views import (
    healthz,
    readyz,
    redirect_default_language_prefix,
    robots_txt,
    root_icon,
    search,
    site_stylesheet,
)
from news import feeds as news_feeds
from page_cache import routing
from press import urls as press_urls
from press import views as press_views

# <id:...>: an id no larger than a database integer, so an impossible id is a 404 (home/bounds.py).
register_converter(IdConverter, "id")

# Language-neutral URLs: the admin, documents, sitemap, robots.txt, health probes.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("site.css", site_stylesheet, name="site_stylesheet"),
    path("favicon.ico", root_icon, {"name": "favicon.ico"}),
    path("apple-touch-icon.png", root_icon, {"name": "apple-touch-icon.png"}),
    # Health probes (deploy/): liveness and readiness.
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Read-only content API for press agencies (docs/api.md).
    path("api/v2/", api_router.urls),
    # The press room's media kit: photo files of public releases and events.
    path("", include(press_urls.media_urlpatterns)),
    # Vietnamese is served without a prefix; /vi/... is a permanent redirect to the
    # unprefixed address so that each page has one URL.
    re_path(r"^vi(?:/(?P<rest>.*))?$", redirect_default_language_prefix),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages: Vietnamese at /, English at /en/. The search path is translated (/tim-kiem/, /en/search/).
# https://docs.wagtail.org/en/stable/advanced_topics/i18n.html#configuring-i18n-patterns
urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    # Feeds and calendars, in the language of the address (/feeds/... and /en/feeds/...).
    path("feeds/news.rss", news_feeds.NewsFeed(), name="feed_news_rss"),
    path("feeds/news.atom", news_feeds.NewsAtomFeed(), name="feed_news_atom"),
    path("feeds/themes/<slug:theme>.rss", news_feeds.NewsFeed(), name="feed_theme_rss"),
    path("feeds/themes/<slug:theme>.atom", news_feeds.NewsAtomFeed(), name="feed_theme_atom"),
    path("feeds/units/<slug:unit>.rss", news_feeds.NewsFeed(), name="feed_unit_rss"),
    path("feeds/units/<slug:unit>.atom", news_feeds.NewsAtomFeed(), name="feed_unit_atom"),
    path("feeds/events.rss", events_feeds.EventsFeed(), name="feed_events_rss"),
    path("feeds/events.atom", events_feeds.EventsAtomFeed(), name="feed_events_atom"),
    path("calendar/events.ics", calendars.all_events_ics, name="calendar_all"),
    path("calendar/units/<slug:code>.ics", calendars.unit_events_ics, name="calendar_unit"),
    path(
        "calendar/countries/<str:iso_code>.ics",
        calendars.country_events_ics,
        name="calendar_country",
    ),
    path("calendar/event/<id:page_id>.ics", calendars.event_ics, name="calendar_event"),
    # Alerts for the reporters' network (double opt-in, one-click unsubscribe).
    path("alerts/subscribe/", press_views.subscribe, name="alerts_subscribe"),
    path("alerts/confirm/<uuid:token>/", press_views.confirm, name="alerts_confirm"),
    path("alerts/unsubscribe/<uuid:token>/", press_views.unsubscribe, name="alerts_unsubscribe"),
    # Press releases' feeds, reporters' own page (press/urls.py).
    path("", include(press_urls.urlpatterns)),
    # Wagtail's pages, routed from the cache when it holds the route (page_cache/routing.py).
    re_path(wagtail_urls.serve_pattern, routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
