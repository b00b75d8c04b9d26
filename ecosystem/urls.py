from django.urls import path

from ecosystem import editor, views

app_name = "ecosystem"

urlpatterns = [
    path("ecosystemen/", views.ecosystem_list, name="list"),
    path("ecosystemen/nieuw/", editor.new, name="new"),
    path("ecosystemen/bewerken/<token:token>/", editor.edit, name="edit"),
    path(
        "ecosystemen/bewerken/<token:token>/<str:segment>/<int:pk>/",
        editor.edit_item,
        name="edit-item",
    ),
    path(
        "ecosystemen/bewerken/<token:token>/<str:segment>/<int:pk>/verwijderen/",
        editor.delete_item,
        name="delete-item",
    ),
    path("ecosystemen/<slug:slug>/", views.ecosystem_detail, name="detail"),
    path("ecosystemen/<slug:slug>/export.csv", views.export_csv, name="export-csv"),
    path("ecosystemen/<slug:slug>/export.json", views.export_json, name="export-json"),
    path("ecosystemen/<slug:slug>/kaart.svg", views.export_svg, name="export-svg"),
]
