from django.urls import path

from . import views

app_name = "helpcenter"

urlpatterns = [
    path("help/articles/<int:article_id>/feedback/", views.feedback, name="feedback"),
]
