"""Wagtail's admin views that read request data without checking it answer crafted values with
a 400 and a message in the reader's language (or a form error), never a 500.

Each case was a 500 under the fuzz test (tests/security/test_fuzz.py): the workflow editor's
page number (``int()`` of ``p``), the task chooser's ``create_model`` (a model looked up by a
name from the query string) and the external-link chooser posted without its URL field."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow, WorkflowPage

from tests.workflows.conftest import as_user

pytestmark = pytest.mark.django_db

NOT_A_PAGE_NUMBER = "p phải là một số nguyên từ 0 đến 2147483647."


@pytest.fixture
def administrator(client, django_user_model):
    admin = django_user_model.objects.create_superuser("quan-tri", "qt@example.org", "x")
    return as_user(client, admin)


@pytest.mark.parametrize("value", ["abc", "1" * 25, "-1", '"'])
def test_workflow_editor_refuses_a_page_number_that_is_not_one(administrator, value):
    workflow = Workflow.objects.create(name="Duyệt tin")
    url = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])

    response = administrator.get(url, {"p": value})

    assert response.status_code == 400
    assert NOT_A_PAGE_NUMBER in response.content.decode()
    assert administrator.get(url, {"p": "1"}).status_code == 200
    workflow.refresh_from_db()
    assert (workflow.name, workflow.active) == ("Duyệt tin", True)


def test_workflow_editor_page_past_the_last_is_a_400(administrator, tree):
    workflow = Workflow.objects.create(name="Duyệt tin")
    WorkflowPage.objects.create(workflow=workflow, page=tree.news_vi)
    url = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])

    response = administrator.get(url, {"p": "2"})

    assert response.status_code == 400
    assert "Một phần dữ liệu gửi kèm yêu cầu này không hợp lệ." in response.content.decode()
    assert WorkflowPage.objects.get(page=tree.news_vi).workflow == workflow


@pytest.mark.parametrize("value", ["", "nope", "a.b.c", "wagtailcore.nope", "\u202eabc", "1" * 25])
def test_task_chooser_refuses_a_model_name_that_names_no_model(administrator, value):
    for name in ("task_chooser", "task_chooser_create"):
        url = reverse(f"wagtailadmin_workflows:{name}")

        response = administrator.get(url, {"create_model": value})

        assert response.status_code == 400, name
        assert (
            "create_model không phải tên của một loại nội dung trên cổng."
            in response.content.decode()
        )


def test_task_chooser_still_opens_with_a_task_type(administrator):
    url = reverse("wagtailadmin_workflows:task_chooser")
    response = administrator.get(url, {"create_model": "wagtailcore.groupapprovaltask"})
    assert response.status_code == 200


def test_external_link_chooser_posted_without_its_url_is_a_form_error(client, chain):
    as_user(client, chain.people.journalist_a)
    url = reverse("wagtailadmin_choose_page_external_link")

    response = client.post(url, {})

    assert response.status_code == 200
    body = response.json()
    assert body["step"] == "external_link"
    assert "Trường này là bắt buộc." in body["html"]

    response = client.post(url, {"external-link-chooser-url": "/tin-tuc/"})
    assert response.json()["step"] == "external_link_chosen"
