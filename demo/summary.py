"""What ``load_initial_data`` tells the developer at the end: the sites and their addresses, what
the database holds, and every account with its roles (the demo password is documented)."""

from collections import Counter

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from workflows.models import UnitMembership


def summary(site):
    with translation.override("en"):
        return _summary(site)


def _summary(site):
    lines = ["", "Sites:"]
    for each in Site.objects.order_by("-is_default_site", "hostname"):
        name = each.site_name or each.hostname
        lines.append(f"  {each.root_url}/  ({name}; English: {each.root_url}/en/)")
    lines.append(f"  Admin: {site.root_url}{reverse('wagtailadmin_home')}")

    counts = Counter()
    live = Page.objects.live().exclude(depth=1)
    rows = live.order_by().values("content_type__model", "locale__language_code")
    for row in rows.annotate(n=Count("pk")):
        counts[row["content_type__model"], row["locale__language_code"]] = row["n"]
    lines.append("")
    lines.append("Live pages (Vietnamese / English):")
    for model in sorted({model for model, _language in counts}):
        lines.append(f"  {model:<22} {counts[model, 'vi']:>4} / {counts[model, 'en']}")

    memberships = {}
    for membership in UnitMembership.objects.select_related("unit").filter(
        unit__locale__language_code="vi"
    ):
        memberships.setdefault(membership.user_id, []).append(
            f"{membership.get_role_display()} {membership.unit.code}"
        )
    users = get_user_model().objects.prefetch_related("groups").order_by("username")
    lines.append("")
    lines.append("Accounts:")
    for user in users:
        roles = ["superuser"] if user.is_superuser else []
        roles += [group.name for group in user.groups.all()]
        roles += memberships.get(user.pk, [])
        lines.append(f"  {user.get_username():<16} {'; '.join(roles)}")
    lines.append("")
    return "\n".join(lines)
