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
    path("terms/", views.terms, name="terms"),
    path("profile/", views.profile_edit, name="profile"),
    path("profile/photo/", views.profile_photo, name="profile_photo_upload"),
    path("people/<uuid:public_id>/", views.profile_detail, name="profile_detail"),
    path("people/<uuid:public_id>/photo/", views.profile_photo_file, name="profile_photo"),
    path("directory/", views.directory, name="directory"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/download/", views.my_data_download, name="my_data_download"),
    path("close/", views.close_account, name="close_account"),
]
