"""Routes of the content app: the contact part. The form itself is at /contact/, named
"contact" in network/urls.py (the footer links to it by that name)."""

from django.urls import path

from ..views import contact as views

urlpatterns: list = [
    path("contact/thanks/", views.contact_thanks, name="contact_thanks"),
]
