"""Strings of Django and Wagtail that the project's catalogue translates itself (never
imported: ``makemessages`` reads this file, so that ``make messages`` keeps them).

- Django's time spans ("3 ngày 2 giờ" on the dashboard and in the moderation queue): Django's
  Vietnamese catalogue leaves them in English.
- Wagtail's "Root" (the page explorer's top) and taggit's help text for tags.
"""

from django.utils.translation import gettext_noop, ngettext


def _strings():
    ngettext("%(num)d year", "%(num)d years", 0)
    ngettext("%(num)d month", "%(num)d months", 0)
    ngettext("%(num)d week", "%(num)d weeks", 0)
    ngettext("%(num)d day", "%(num)d days", 0)
    ngettext("%(num)d hour", "%(num)d hours", 0)
    ngettext("%(num)d minute", "%(num)d minutes", 0)
    gettext_noop("Root")
    gettext_noop("A comma-separated list of tags.")
