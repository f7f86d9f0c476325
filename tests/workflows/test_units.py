import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from tests.factories import UnitFactory
from workflows.models import UnitMembership

pytestmark = pytest.mark.django_db


def test_people_are_managed_on_the_unit_with_history(client, tree, django_user_model):
    admin = django_user_model.objects.create_superuser("quan.tri", password="mat-khau-dai-2026")
    head = django_user_model.objects.create_user("vu.truong")
    deputy = django_user_model.objects.create_user("pho.vu.truong")
    unit = UnitFactory(code="tcbc", name="Vụ Tổ chức - Biên chế")
    client.force_login(admin)
    url = reverse("wagtailsnippets_workflows_unit:edit", args=[unit.pk])
    data = nested_form_data(
        {
            "name": unit.name,
            "short_name": "Vụ TCBC",
            "code": "tcbc",
            "parent": "",
            "description": "",
            "website": "",
            "memberships": inline_formset(
                [
                    {"user": head.pk, "role": UnitMembership.HEAD},
                    {"user": deputy.pk, "role": UnitMembership.DEPUTY},
                ]
            ),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    unit.refresh_from_db()
    assert set(unit.reviewers()) == {head, deputy}
    assert Revision.objects.for_instance(unit).count() == 1
    assert ModelLogEntry.objects.filter(object_id=str(unit.pk), action="wagtail.edit").exists()


def test_english_unit_shares_the_people_of_the_vietnamese_one(tree, django_user_model):
    head = django_user_model.objects.create_user("vu.truong")
    unit = UnitFactory(code="vp", name="Văn phòng Bộ")
    english = unit.copy_for_translation(tree.en)
    english.name = "Ministry Office"
    english.save()
    UnitMembership.objects.create(unit=unit, user=head, role=UnitMembership.HEAD)
    assert english.is_reviewer(head)
    head.is_active = False
    head.save()
    assert not unit.is_reviewer(head)
