from django.urls import path

from . import views

app_name = "helpcenter_widget"

urlpatterns = [
    path("embed.js", views.loader, name="loader"),
    path("panel/", views.panel, name="panel"),
    path("search", views.search, name="search"),
    path("articles/<int:article_id>/", views.article, name="article"),
    path("articles/<int:article_id>/feedback", views.feedback, name="feedback"),
    path("searches/<str:search_id>/click", views.click, name="click"),
    path("searches/<str:search_id>/contact", views.contact, name="contact"),
]
