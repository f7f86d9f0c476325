"""Addresses of the press room. ``urlpatterns`` are served in both languages (inside
``i18n_patterns``), ``media_urlpatterns`` once for both (files)."""

from django.urls import path

from press import feeds, views

urlpatterns = [
    path("feeds/press-releases.rss", feeds.PressReleaseFeed(), name="feed_releases_rss"),
    path("feeds/press-releases.atom", feeds.PressReleaseAtomFeed(), name="feed_releases_atom"),
    path("press/network/<str:token>/", views.reporter_self_service, name="reporter_self_service"),
]

media_urlpatterns = [
    path(
        "press/photos/<int:page_id>/<int:image_id>/",
        views.photo_download,
        name="press_photo_download",
    ),
    path("press/photos/<int:page_id>.zip", views.photos_zip, name="press_photos_zip"),
]
