from django.urls import path

from cases import views

app_name = "cases"

urlpatterns = [
    path("praktijkcases/", views.case_list, name="list"),
    path("praktijkcases/indienen/", views.submit, name="submit"),
    path("praktijkcases/ingediend/<token:token>/", views.submitted, name="submitted"),
    path("praktijkcases/status/<token:token>/", views.status, name="status"),
    path("praktijkcases/<slug:slug>/", views.case_detail, name="detail"),
]
