from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from content.sitemaps import SITEMAPS
from content.views import contact as contact_views
from content.views import pages as content_pages
from content.views.home import home as home_page
from members import views as members_views

from . import views

# Staff sign in through allauth, so the admin has the same rate limits and MFA as everyone.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("", home_page, name="home"),
    path("support-now/", views.support_now, name="support_now"),
    # The statements are pages of the content tree, at the addresses every footer links to.
    path("privacy/", content_pages.page, {"path": "privacy"}, name="privacy"),
    path("disclaimer/", content_pages.page, {"path": "disclaimer"}, name="disclaimer"),
    path("contact/", contact_views.contact, name="contact"),
    path("accessibility/", content_pages.page, {"path": "accessibility"}, name="accessibility"),
    path("health/", views.health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("editor/upload/", views.editor_image_upload, name="editor_image_upload"),
    path("editor/images/<str:name>", views.editor_image, name="editor_image"),
    # Before allauth's own route of the same name: the same page without a query per session.
    path("accounts/sessions/", members_views.user_sessions, name="usersessions_list"),
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    path("governance/", include("governance.urls")),
    path("training/", include("training.urls")),
    path("speakers/", include("speakers.urls")),
    path("forums/", include("content.forums.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # Last: content's routes end with the page tree's catch-all.
    path("", include("content.urls")),
]

handler500 = "network.views.server_error"
