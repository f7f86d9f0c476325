"""Images and documents that live pages use change only through the people with the final say
over those pages (home/media.py); every change is logged and purges those pages."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from news.models import NewsPage
from page_cache.cache import page_dependency, read_versions
from security.models import AuditEvent
from tests.factories import NewsPageFactory
from tests.workflows.conftest import as_user

pytestmark = pytest.mark.django_db

REFUSED_VI = "chỉ Ban Biên tập được thay tệp này"


@pytest.fixture
def photo(chain):
    """A photo uploaded by a journalist of unit A, shown by a live news item."""
    image = get_image_model().objects.create(
        title="Ảnh hội nghị",
        file=get_test_image_file(filename="hoi-nghi.png", colour="white"),
        uploaded_by_user=chain.people.journalist_a,
    )
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        lead_unit=chain.unit_a,
        main_image=image,
        main_image_alt="Đại biểu dự hội nghị",
        owner=chain.people.journalist_a,
    )
    page.save_revision().publish()
    image.page = page
    return image


@pytest.fixture
def report(chain):
    """A document uploaded by a journalist of unit A, linked from a live news item."""
    document = get_document_model().objects.create(
        title="Báo cáo tổng kết",
        file=ContentFile(b"Noi dung bao cao goc", name="bao-cao.txt"),
        uploaded_by_user=chain.people.journalist_a,
    )
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        lead_unit=chain.unit_a,
        body=[("document", {"document": document, "title": ""})],
        owner=chain.people.journalist_a,
    )
    page.save_revision().publish()
    document.page = page
    return document


def image_form(image, **changes):
    data = {
        "title": image.title,
        "description": image.description,
        "collection": str(Collection.get_first_root_node().pk),
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }
    data.update(changes)
    return data


def new_png():
    return SimpleUploadedFile(
        "anh-khac.png",
        get_test_image_file(filename="anh-khac.png", colour="red").file.getvalue(),
        content_type="image/png",
    )


def stored_bytes(field_file):
    with field_file.storage.open(field_file.name) as handle:
        return handle.read()


def test_the_uploader_cannot_replace_the_file_of_an_image_a_live_page_shows(client, chain, photo):
    before_name, before_bytes = photo.file.name, stored_bytes(photo.file)
    as_user(client, chain.people.journalist_a)
    response = client.post(
        reverse("wagtailimages:edit", args=[photo.pk]), image_form(photo, file=new_png())
    )
    assert response.status_code == 200
    assert REFUSED_VI in response.content.decode()
    photo.refresh_from_db()
    assert photo.file.name == before_name
    assert stored_bytes(photo.file) == before_bytes
    assert not AuditEvent.objects.filter(action=AuditEvent.MEDIA_CHANGED).exists()


def test_the_uploader_cannot_replace_the_file_of_a_document_a_live_page_links(
    client, chain, report
):
    as_user(client, chain.people.journalist_a)
    response = client.post(
        reverse("wagtaildocs:edit", args=[report.pk]),
        {
            "title": report.title,
            "collection": str(Collection.get_first_root_node().pk),
            "tags": "",
            "file": SimpleUploadedFile("bao-cao-moi.txt", b"Noi dung da bi thay"),
        },
    )
    assert response.status_code == 200
    assert REFUSED_VI in response.content.decode()
    report.refresh_from_db()
    assert report.file.name.endswith("bao-cao.txt")
    assert stored_bytes(report.file) == b"Noi dung bao cao goc"


def test_the_board_replaces_the_file_logged_and_purged(client, chain, photo):
    board = chain.people.board
    versions = read_versions([page_dependency(photo.page.pk)])
    as_user(client, board)
    response = client.post(
        reverse("wagtailimages:edit", args=[photo.pk]), image_form(photo, file=new_png())
    )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert "anh-khac" in photo.file.name
    event = AuditEvent.objects.get(action=AuditEvent.MEDIA_CHANGED)
    assert event.actor == board
    assert event.detail["pages"] == [photo.page.pk]
    assert set(event.detail["changes"]) == {"file"}
    assert read_versions([page_dependency(photo.page.pk)]) != versions


def test_alt_text_and_focal_point_stay_the_uploaders_but_are_logged(client, chain, photo):
    versions = read_versions([page_dependency(photo.page.pk)])
    as_user(client, chain.people.journalist_a)
    response = client.post(
        reverse("wagtailimages:edit", args=[photo.pk]),
        image_form(
            photo,
            description="Toàn cảnh hội nghị",
            focal_point_x="100",
            focal_point_y="100",
            focal_point_width="50",
            focal_point_height="50",
        ),
    )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.description == "Toàn cảnh hội nghị"
    event = AuditEvent.objects.get(action=AuditEvent.MEDIA_CHANGED)
    assert event.actor == chain.people.journalist_a
    assert event.detail["changes"]["description"] == ["", "Toàn cảnh hội nghị"]
    assert "focal_point_x" in event.detail["changes"]
    assert read_versions([page_dependency(photo.page.pk)]) != versions


def test_uploads_stay_easy_for_journalists(client, chain, photo):
    """A new image, and a change to an image no live page uses, need nobody's approval."""
    as_user(client, chain.people.journalist_a)
    response = client.post(
        reverse("wagtailimages:add"), image_form(photo, title="Ảnh mới", file=new_png())
    )
    assert response.status_code == 302
    fresh = get_image_model().objects.get(title="Ảnh mới")
    assert fresh.uploaded_by_user == chain.people.journalist_a
    response = client.post(
        reverse("wagtailimages:edit", args=[fresh.pk]),
        image_form(fresh, file=get_test_image_upload()),
    )
    assert response.status_code == 302
    fresh.refresh_from_db()
    assert "anh-thay" in fresh.file.name
    assert not AuditEvent.objects.filter(action=AuditEvent.MEDIA_CHANGED).exists()


def get_test_image_upload():
    return SimpleUploadedFile(
        "anh-thay.png",
        get_test_image_file(filename="anh-thay.png", colour="blue").file.getvalue(),
        content_type="image/png",
    )


def test_the_uploader_cannot_delete_an_image_a_live_page_shows(client, chain, photo):
    as_user(client, chain.people.journalist_a)
    response = client.post(reverse("wagtailimages:delete", args=[photo.pk]))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert get_image_model().objects.filter(pk=photo.pk).exists()
    assert NewsPage.objects.get(pk=photo.page.pk).main_image_id == photo.pk
    # An image no page uses stays the uploader's to delete.
    spare = get_image_model().objects.create(
        title="Ảnh thừa", file=get_test_image_file(), uploaded_by_user=chain.people.journalist_a
    )
    response = client.post(reverse("wagtailimages:delete", args=[spare.pk]))
    assert response.status_code == 302
    assert not get_image_model().objects.filter(pk=spare.pk).exists()


def test_the_uploader_cannot_delete_a_document_a_live_page_links(client, chain, report):
    as_user(client, chain.people.journalist_a)
    response = client.post(reverse("wagtaildocs:delete", args=[report.pk]))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert get_document_model().objects.filter(pk=report.pk).exists()
