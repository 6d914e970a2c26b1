from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path("s/<str:token>/", views.survey, name="survey"),
    path("embed.js", views.embed_script, name="embed_script"),
]
