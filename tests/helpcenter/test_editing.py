"""Editors build the help center without a developer: every page type edits and previews."""

import pytest
from django.contrib.auth import get_user_model

from helpcenter.models import ArticlePage, CategoryPage, FAQPage


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


def test_every_page_type_previews(home, category, section, article, faq):
    for page in [home, category, section, article, faq]:
        response = page.make_preview_request()
        assert response.status_code == 200, page
        assert page.title in response.content.decode()


def test_every_page_type_opens_in_the_editor(editor_client, home, category, article, faq):
    for page in [home, category, article, faq]:
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


@pytest.mark.parametrize(
    ("model", "parent_fixture"),
    [(CategoryPage, "home"), (ArticlePage, "section"), (FAQPage, "section")],
)
def test_editor_can_start_each_page_type_where_it_belongs(editor_client, request, model, parent_fixture):
    parent = request.getfixturevalue(parent_fixture)
    url = f"/admin/pages/add/helpcenter/{model._meta.model_name}/{parent.pk}/"
    assert editor_client.get(url).status_code == 200


def test_article_cannot_be_added_directly_under_the_home_page(editor_client, home):
    response = editor_client.get(f"/admin/pages/add/helpcenter/articlepage/{home.pk}/")
    assert response.status_code in {302, 403}
