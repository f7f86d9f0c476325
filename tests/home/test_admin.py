import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def test_admin_login_page_renders_in_vietnamese(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == "vi"
    assert html.h1.get_text(strip=True) == "Đăng nhập Cổng thông tin ASEAN"
    assert html.title.get_text(strip=True).startswith("Đăng nhập")
    assert (
        html.find("label", attrs={"for": "id_username"})
        .get_text(strip=True)
        .startswith("Tên đăng nhập")
    )
    assert (
        html.find("label", attrs={"for": "id_password"}).get_text(strip=True).startswith("Mật khẩu")
    )


def test_admin_login_stays_vietnamese_for_an_english_browser(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == "vi"


def test_demo_admin_signs_in(client, demo_site):
    response = client.post(
        "/admin/login/", {"username": "admin", "password": "changeme"}, follow=True
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.username == "admin"
    # An administrator's first sign-in continues with setting up two-step sign-in.
    assert response.redirect_chain[-1][0].startswith("/admin/two-step/setup/")


@pytest.fixture
def admin_user(tree, django_user_model):
    return django_user_model.objects.create_superuser("admin", password="changeme")


def test_wrong_password_is_refused_with_a_vietnamese_message(client, admin_user):
    response = client.post("/admin/login/", {"username": "admin", "password": "sai-mat-khau"})
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()


def test_admin_uses_the_users_preferred_language(client, admin_user):
    user = get_user_model().objects.get(username="admin")
    client.force_login(user)
    html = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    assert html.html["lang"] == "vi"

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    html = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    assert html.html["lang"] == "en"
    assert "Dashboard" in html.title.get_text()
