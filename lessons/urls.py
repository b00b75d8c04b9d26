from django.urls import path

from lessons import meeting_views, views

app_name = "lessons"

urlpatterns = [
    path("lessen/", views.lesson_list, name="list"),
    path("lessen/<slug:slug>/", views.lesson_detail, name="detail"),
    path("voorlopers/", views.pioneer_list, name="pioneers"),
    path("voorlopers/<slug:slug>/", views.pioneer_detail, name="pioneer"),
    path("bronnen/", views.source_list, name="sources"),
    path("bronnen/<slug:slug>/", views.source_detail, name="source"),
    path("bijeenkomsten/", meeting_views.meeting_list, name="meetings"),
    path("bijeenkomsten/<slug:slug>/", meeting_views.meeting_detail, name="meeting"),
    path("bijeenkomsten/<slug:slug>/live/", meeting_views.meeting_live, name="meeting-live"),
    path(
        "bijeenkomsten/<slug:slug>/stellingen/<int:statement_id>/positie/",
        meeting_views.vote,
        name="vote",
    ),
]
