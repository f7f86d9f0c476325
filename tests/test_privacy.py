import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def test_shared_password_privacy_is_not_offered(client, tree, django_user_model):
    admin = django_user_model.objects.create_superuser("quan.tri", password="mat-khau-dai-2026")
    client.force_login(admin)
    response = client.get(reverse("wagtailadmin_pages:set_privacy", args=[tree.news_vi.pk]))
    assert response.status_code == 200
    body = (
        response.json()["html"]
        if response.get("Content-Type", "").startswith("application/json")
        else response.content.decode()
    )
    assert f'value="{PageViewRestriction.LOGIN}"' in body
    assert f'value="{PageViewRestriction.PASSWORD}"' not in body
    client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[tree.news_vi.pk]),
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "secret"},
    )
    assert not PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.PASSWORD
    ).exists()
