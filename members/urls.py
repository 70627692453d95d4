from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
    path("account/", views.account_settings, name="account"),
]
