from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
    path("", views.member_home, name="home"),
    path("account/", views.account_settings, name="account"),
    path("apply/", views.apply, name="apply"),
    path("application/", views.application_status, name="application"),
    path("application/withdraw/", views.application_withdraw_view, name="application_withdraw"),
    path("renew/", views.renew, name="renew"),
    path("lhin/", views.change_lhin, name="change_lhin"),
]
