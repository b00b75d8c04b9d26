from django.urls import path

from lessons import views

app_name = "lessons"

urlpatterns = [
    path("lessen/", views.lesson_list, name="list"),
    path("lessen/<slug:slug>/", views.lesson_detail, name="detail"),
    path("voorlopers/", views.pioneer_list, name="pioneers"),
    path("voorlopers/<slug:slug>/", views.pioneer_detail, name="pioneer"),
    path("bronnen/", views.source_list, name="sources"),
    path("bronnen/<slug:slug>/", views.source_detail, name="source"),
]
