from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.views import redirect_default_language_prefix

# Language-neutral URLs: the admin, documents.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Vietnamese is served without a prefix; /vi/... is a permanent redirect to the
    # unprefixed address so that each page has one URL.
    re_path(r"^vi(?:/(?P<rest>.*))?$", redirect_default_language_prefix),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages: Vietnamese at /, English at /en/.
# https://docs.wagtail.org/en/stable/advanced_topics/i18n.html#configuring-i18n-patterns
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
