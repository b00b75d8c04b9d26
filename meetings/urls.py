from django.urls import path

from meetings import views

app_name = "meetings"

urlpatterns = [
    path("bijeenkomsten/", views.meeting_list, name="list"),
    path("bijeenkomsten/<slug:slug>/", views.meeting_detail, name="detail"),
    path("bijeenkomsten/<slug:slug>/live/", views.meeting_live, name="live"),
    path(
        "bijeenkomsten/<slug:slug>/stellingen/<int:statement_id>/positie/",
        views.vote,
        name="vote",
    ),
]
