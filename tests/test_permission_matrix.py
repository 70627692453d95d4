"""Every route of the URLconf, for every role: the status that role gets (pretix's matrix).

A new route fails `test_every_route_is_in_the_matrix` until it is given a row here, so no
page escapes the review of who may see it. Objects are those of the full member: other people
get 404 for them, never 403, so their existence is not revealed.
"""

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from network.models import LHIN, AuditEntry
from tests.matrix import PARTS, ROLES, row
from tests.plugin import sign_in


def routes(patterns=None, prefix: str = ""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


# fmt: off
MATRIX: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    # Public pages.
    "": ("/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/": ("/governance/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "support-now/": ("/support-now/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "privacy/": ("/privacy/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "disclaimer/": ("/disclaimer/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "contact/": ("/contact/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accessibility/": ("/accessibility/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    # Public; 503 here because no worker runs in this test (test_health covers 200).
    "health/": ("/health/", row("503 503 503 503 503 503 503 503 503 503 503 503")),
    # CKEditor 5's picture upload (staff, POST only) and the pictures it placed (public).
    "editor/upload/": ("/editor/upload/", row("405 405 405 405 405 405 405 405 405 405 405 405")),
    "editor/images/<str:name>": ("/editor/images/{editor_image}", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "i18n/setlang/": ("/i18n/setlang/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Accounts (django-allauth). Signed-in people are sent on from the sign-in pages.
    "accounts/login/": ("/accounts/login/", row("200 302 302 302 302 302 302 302 302 302 302 302")),
    "accounts/logout/": ("/accounts/logout/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/inactive/": ("/accounts/inactive/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/signup/": ("/accounts/signup/", row("200 302 302 302 302 302 302 302 302 302 302 302")),
    "accounts/reauthenticate/": ("/accounts/reauthenticate/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/email/": ("/accounts/email/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/confirm-email/": ("/accounts/confirm-email/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/password/change/": ("/accounts/password/change/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/password/set/": ("/accounts/password/set/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "accounts/password/reset/": ("/accounts/password/reset/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/login/code/confirm/": ("/accounts/login/code/confirm/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": ("/accounts/confirm-email/bad-key/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/password/reset/key/done/": ("/accounts/password/reset/key/done/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": ("/accounts/password/reset/key/1-bad-key/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/password/reset/done/": ("/accounts/password/reset/done/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    # Two-factor: other people's authenticators and keys are 404, never 403.
    "accounts/2fa/": ("/accounts/2fa/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/2fa/authenticate/": ("/accounts/2fa/authenticate/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "accounts/2fa/reauthenticate/": ("/accounts/2fa/reauthenticate/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "accounts/2fa/totp/activate/": ("/accounts/2fa/totp/activate/", row("302 200 302 200 200 200 200 200 200 200 200 200")),
    "accounts/2fa/totp/deactivate/": ("/accounts/2fa/totp/deactivate/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "accounts/2fa/recovery-codes/": ("/accounts/2fa/recovery-codes/", row("302 404 404 404 404 404 404 404 404 404 404 404")),
    "accounts/2fa/recovery-codes/generate/": ("/accounts/2fa/recovery-codes/generate/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/2fa/recovery-codes/download/": ("/accounts/2fa/recovery-codes/download/", row("302 404 404 404 404 404 404 404 404 404 404 404")),
    "accounts/2fa/webauthn/": ("/accounts/2fa/webauthn/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/2fa/webauthn/add/": ("/accounts/2fa/webauthn/add/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "accounts/2fa/webauthn/reauthenticate/": ("/accounts/2fa/webauthn/reauthenticate/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "accounts/2fa/webauthn/keys/<int:pk>/remove/": ("/accounts/2fa/webauthn/keys/{webauthn}/remove/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "accounts/2fa/webauthn/keys/<int:pk>/edit/": ("/accounts/2fa/webauthn/keys/{webauthn}/edit/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "accounts/2fa/webauthn/login/": ("/accounts/2fa/webauthn/login/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "accounts/sessions/": ("/accounts/sessions/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "members/account/": ("/members/account/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    # The admin: people without an admin role are sent to sign in (302), staff without the
    # model permission get 403; the demo objects belong to the full member.
    "admin/": ("/admin/", row("302 302 302 302 200 200 302 302 200 200 200 200")),
    "admin/login/": ("/admin/login/", row("302 403 403 403 302 302 403 403 302 302 302 302")),
    "admin/logout/": ("/admin/logout/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/password_change/": ("/admin/password_change/", row("302 302 302 302 200 200 302 302 200 200 200 200")),
    "admin/password_change/done/": ("/admin/password_change/done/", row("302 302 302 302 200 200 302 302 200 200 200 200")),
    "admin/autocomplete/": ("/admin/autocomplete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/jsi18n/": ("/admin/jsi18n/", row("302 302 302 302 200 200 302 302 200 200 200 200")),
    "admin/r/<path:content_type_id>/<path:object_id>/": ("/admin/r/{content_type}/1/", row("302 302 302 302 404 404 302 302 404 404 404 404")),
    "admin/auth/group/": ("/admin/auth/group/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/auth/group/add/": ("/admin/auth/group/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/auth/group/<path:object_id>/history/": ("/admin/auth/group/{auth/group}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/auth/group/<path:object_id>/delete/": ("/admin/auth/group/{auth/group}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/auth/group/<path:object_id>/change/": ("/admin/auth/group/{auth/group}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/auth/group/<path:object_id>/": ("/admin/auth/group/{auth/group}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/account/emailaddress/": ("/admin/account/emailaddress/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/account/emailaddress/add/": ("/admin/account/emailaddress/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/account/emailaddress/<path:object_id>/history/": ("/admin/account/emailaddress/{account/emailaddress}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/account/emailaddress/<path:object_id>/delete/": ("/admin/account/emailaddress/{account/emailaddress}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/account/emailaddress/<path:object_id>/change/": ("/admin/account/emailaddress/{account/emailaddress}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/account/emailaddress/<path:object_id>/": ("/admin/account/emailaddress/{account/emailaddress}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/mfa/authenticator/": ("/admin/mfa/authenticator/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/mfa/authenticator/add/": ("/admin/mfa/authenticator/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/mfa/authenticator/<path:object_id>/history/": ("/admin/mfa/authenticator/{mfa/authenticator}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/mfa/authenticator/<path:object_id>/delete/": ("/admin/mfa/authenticator/{mfa/authenticator}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/mfa/authenticator/<path:object_id>/change/": ("/admin/mfa/authenticator/{mfa/authenticator}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/mfa/authenticator/<path:object_id>/": ("/admin/mfa/authenticator/{mfa/authenticator}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/usersessions/usersession/": ("/admin/usersessions/usersession/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/usersessions/usersession/add/": ("/admin/usersessions/usersession/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/usersessions/usersession/<path:object_id>/history/": ("/admin/usersessions/usersession/{usersessions/usersession}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/usersessions/usersession/<path:object_id>/delete/": ("/admin/usersessions/usersession/{usersessions/usersession}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/usersessions/usersession/<path:object_id>/change/": ("/admin/usersessions/usersession/{usersessions/usersession}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/usersessions/usersession/<path:object_id>/": ("/admin/usersessions/usersession/{usersessions/usersession}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/network/lhin/": ("/admin/network/lhin/", row("302 302 302 302 200 200 302 302 403 403 403 200")),
    "admin/network/lhin/add/": ("/admin/network/lhin/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/network/lhin/<path:object_id>/history/": ("/admin/network/lhin/{network/lhin}/history/", row("302 302 302 302 200 200 302 302 403 403 403 200")),
    "admin/network/lhin/<path:object_id>/delete/": ("/admin/network/lhin/{network/lhin}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/network/lhin/<path:object_id>/change/": ("/admin/network/lhin/{network/lhin}/change/", row("302 302 302 302 200 200 302 302 403 403 403 200")),
    "admin/network/lhin/<path:object_id>/": ("/admin/network/lhin/{network/lhin}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/network/crisisline/": ("/admin/network/crisisline/", row("302 302 302 302 200 200 302 302 403 403 403 200")),
    "admin/network/crisisline/add/": ("/admin/network/crisisline/add/", row("302 302 302 302 403 200 302 302 403 403 403 200")),
    "admin/network/crisisline/<path:object_id>/history/": ("/admin/network/crisisline/{network/crisisline}/history/", row("302 302 302 302 200 200 302 302 403 403 403 200")),
    "admin/network/crisisline/<path:object_id>/delete/": ("/admin/network/crisisline/{network/crisisline}/delete/", row("302 302 302 302 403 200 302 302 403 403 403 200")),
    "admin/network/crisisline/<path:object_id>/change/": ("/admin/network/crisisline/{network/crisisline}/change/", row("302 302 302 302 200 200 302 302 403 403 403 200")),
    "admin/network/crisisline/<path:object_id>/": ("/admin/network/crisisline/{network/crisisline}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/network/outboundemail/": ("/admin/network/outboundemail/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/network/outboundemail/add/": ("/admin/network/outboundemail/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/network/outboundemail/<path:object_id>/history/": ("/admin/network/outboundemail/{network/outboundemail}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/network/outboundemail/<path:object_id>/delete/": ("/admin/network/outboundemail/{network/outboundemail}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/network/outboundemail/<path:object_id>/change/": ("/admin/network/outboundemail/{network/outboundemail}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/network/outboundemail/<path:object_id>/": ("/admin/network/outboundemail/{network/outboundemail}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/network/auditentry/": ("/admin/network/auditentry/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/network/auditentry/add/": ("/admin/network/auditentry/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/network/auditentry/<path:object_id>/history/": ("/admin/network/auditentry/{network/auditentry}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/network/auditentry/<path:object_id>/delete/": ("/admin/network/auditentry/{network/auditentry}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/network/auditentry/<path:object_id>/change/": ("/admin/network/auditentry/{network/auditentry}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/network/auditentry/<path:object_id>/": ("/admin/network/auditentry/{network/auditentry}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/members/user/<id>/password/": ("/admin/members/user/{members/user}/password/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/members/user/": ("/admin/members/user/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/members/user/add/": ("/admin/members/user/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/members/user/<path:object_id>/history/": ("/admin/members/user/{members/user}/history/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/members/user/<path:object_id>/delete/": ("/admin/members/user/{members/user}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/members/user/<path:object_id>/change/": ("/admin/members/user/{members/user}/change/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/members/user/<path:object_id>/": ("/admin/members/user/{members/user}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/^(?P<app_label>auth|account|mfa|usersessions|network|members|governance|training|speakers|content|forums)/$": ("/admin/network/", row("302 302 302 302 200 200 302 302 404 404 404 200")),
    "admin/(?P<url>.*)$": ("/admin/does-not-exist/", row("302 302 302 302 404 404 302 302 404 404 404 404")),
    # Membership: the matrix's full member has an active membership; other roles have none.
    'members/': ('/members/', row("302 302 200 302 302 302 302 302 302 302 302 302")),
    'members/apply/': ('/members/apply/', row("302 200 302 200 200 200 200 200 200 200 200 200")),
    'members/application/': ('/members/application/', row("302 200 200 200 200 200 200 200 200 200 200 200")),
    'members/application/withdraw/': ('/members/application/withdraw/', row("302 405 405 405 405 405 405 405 405 405 405 405")),
    'members/renew/': ('/members/renew/', row("302 302 200 302 302 302 302 302 302 302 302 302")),
    'members/lhin/': ('/members/lhin/', row("302 302 200 302 302 302 302 302 302 302 302 302")),
    'members/terms/': ('/members/terms/', row("200 200 200 200 200 200 200 200 200 200 200 200")),
    # Profiles: the full member shows theirs to the coordinators of their LHIN only, so everyone
    # else gets 404, as for a profile that does not exist.
    'members/profile/': ('/members/profile/', row("302 302 200 302 302 302 302 302 302 302 302 302")),
    'members/profile/photo/': ('/members/profile/photo/', row("302 405 405 405 405 405 405 405 405 405 405 405")),
    'members/people/<uuid:public_id>/': ('/members/people/{profile}/', row("404 404 200 404 200 404 404 404 404 404 404 404")),
    'members/people/<uuid:public_id>/photo/': ('/members/people/{profile}/photo/', row("404 404 200 404 200 404 404 404 404 404 404 404")),
    'members/directory/': ('/members/directory/', row("302 302 200 302 302 302 302 302 302 302 302 302")),
    # Everyone signed in has data, and may close their account (after confirming it is them).
    'members/my-data/': ('/members/my-data/', row("302 200 200 200 200 200 200 200 200 200 200 200")),
    'members/my-data/download/': ('/members/my-data/download/', row("302 200 200 200 200 200 200 200 200 200 200 200")),
    'members/close/': ('/members/close/', row("302 200 200 200 200 200 200 200 200 200 200 200")),
    # Membership in the admin: coordinators see their LHIN's rows only (Toronto here).
    'admin/members/membershipapplication/<int:pk>/approve/': ('/admin/members/membershipapplication/{members/membershipapplication}/approve/', row("302 302 302 302 405 405 302 302 405 405 405 405")),
    'admin/members/membershipapplication/<int:pk>/decline/': ('/admin/members/membershipapplication/{members/membershipapplication}/decline/', row("302 302 302 302 200 404 302 302 404 404 404 200")),
    'admin/members/membershipapplication/<int:pk>/request-info/': ('/admin/members/membershipapplication/{members/membershipapplication}/request-info/', row("302 302 302 302 200 404 302 302 404 404 404 200")),
    'admin/members/membershipapplication/': ('/admin/members/membershipapplication/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/membershipapplication/add/': ('/admin/members/membershipapplication/add/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/membershipapplication/<path:object_id>/history/': ('/admin/members/membershipapplication/{members/membershipapplication}/history/', row("302 302 302 302 200 302 302 302 302 302 302 200")),
    'admin/members/membershipapplication/<path:object_id>/delete/': ('/admin/members/membershipapplication/{members/membershipapplication}/delete/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/membershipapplication/<path:object_id>/change/': ('/admin/members/membershipapplication/{members/membershipapplication}/change/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/membershipapplication/<path:object_id>/': ('/admin/members/membershipapplication/{members/membershipapplication}/', row("302 302 302 302 302 302 302 302 302 302 302 302")),
    'admin/members/membership/': ('/admin/members/membership/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/membership/add/': ('/admin/members/membership/add/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/membership/<path:object_id>/history/': ('/admin/members/membership/{members/membership}/history/', row("302 302 302 302 200 302 302 302 302 302 302 200")),
    'admin/members/membership/<path:object_id>/delete/': ('/admin/members/membership/{members/membership}/delete/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/membership/<path:object_id>/change/': ('/admin/members/membership/{members/membership}/change/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/membership/<path:object_id>/': ('/admin/members/membership/{members/membership}/', row("302 302 302 302 302 302 302 302 302 302 302 302")),
    'admin/members/consentrecord/': ('/admin/members/consentrecord/', row("302 302 302 302 403 403 302 302 403 403 403 200")),
    'admin/members/consentrecord/add/': ('/admin/members/consentrecord/add/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/consentrecord/<path:object_id>/history/': ('/admin/members/consentrecord/{members/consentrecord}/history/', row("302 302 302 302 403 403 302 302 403 403 403 200")),
    'admin/members/consentrecord/<path:object_id>/delete/': ('/admin/members/consentrecord/{members/consentrecord}/delete/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/consentrecord/<path:object_id>/change/': ('/admin/members/consentrecord/{members/consentrecord}/change/', row("302 302 302 302 403 403 302 302 403 403 403 200")),
    'admin/members/consentrecord/<path:object_id>/': ('/admin/members/consentrecord/{members/consentrecord}/', row("302 302 302 302 302 302 302 302 302 302 302 302")),
    'admin/members/lhintarget/dashboard/': ('/admin/members/lhintarget/dashboard/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/lhintarget/dashboard.csv': ('/admin/members/lhintarget/dashboard.csv', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/lhintarget/': ('/admin/members/lhintarget/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/lhintarget/add/': ('/admin/members/lhintarget/add/', row("302 302 302 302 403 403 302 302 403 403 403 200")),
    'admin/members/lhintarget/<path:object_id>/history/': ('/admin/members/lhintarget/{members/lhintarget}/history/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/lhintarget/<path:object_id>/delete/': ('/admin/members/lhintarget/{members/lhintarget}/delete/', row("302 302 302 302 403 403 302 302 403 403 403 403")),
    'admin/members/lhintarget/<path:object_id>/change/': ('/admin/members/lhintarget/{members/lhintarget}/change/', row("302 302 302 302 200 403 302 302 403 403 403 200")),
    'admin/members/lhintarget/<path:object_id>/': ('/admin/members/lhintarget/{members/lhintarget}/', row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on
# Each feature's rows live beside its tests' objects in tests/matrix/<part>.py.
for _part in PARTS:
    assert not set(_part.ROWS) & set(MATRIX), f"{_part.__name__} repeats routes"
    MATRIX.update(_part.ROWS)


@pytest.fixture
def objects(request, full_member, django_user_model) -> dict[str, object]:
    """One object per kind the URLs address, owned by the full member where owned at all."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from allauth.mfa.webauthn.internal.auth import WebAuthn

    from members.models import ConsentRecord, LHINTarget, Visibility
    from tests.factories import (
        PASSWORD,
        CrisisLineFactory,
        MembershipApplicationFactory,
        MembershipFactory,
        OutboundEmailFactory,
        ProfileFactory,
        picture_file,
        webauthn_registration,
    )

    # A session of the full member's on another device, recorded by a real sign-in.
    other_device = Client(HTTP_USER_AGENT="Other device")
    other_device.post("/accounts/login/", {"login": full_member.email, "password": PASSWORD})
    session = UserSession.objects.get(user=full_member)
    totp = TOTP.activate(full_member, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").instance
    webauthn = WebAuthn.add(full_member, "Laptop key", webauthn_registration()).instance
    toronto = LHIN.objects.get(number=7)
    application = MembershipApplicationFactory(lhin=toronto)
    profile = ProfileFactory(
        person=full_member,
        display_name_visibility=Visibility.COORDINATORS,
        photo_visibility=Visibility.COORDINATORS,
        photo=picture_file(),
    )
    from django.core.files.storage import default_storage

    from tests.factories import picture_bytes

    editor_image = default_storage.save(
        "editor/0123456789abcdef0123456789abcdef.jpg", ContentFile(picture_bytes())
    )
    by_part: dict[str, object] = {}
    for part in PARTS:
        by_part.update(part.objects(request))
    return by_part | {
        "editor_image": editor_image.rsplit("/", 1)[-1],
        "members/user": full_member.pk,
        "members/membershipapplication": application.pk,
        # The full member is a member: member pages answer them, not the others.
        "members/membership": MembershipFactory(person=full_member, lhin=toronto).pk,
        "members/consentrecord": ConsentRecord.objects.create(
            person=application.applicant, document="terms", version="2026-11"
        ).pk,
        "members/lhintarget": LHINTarget.objects.create(lhin=toronto, year=2025).pk,
        "auth/group": Group.objects.get(name="Full member").pk,
        "account/emailaddress": EmailAddress.objects.get(user=full_member).pk,
        "mfa/authenticator": totp.pk,
        "webauthn": webauthn.pk,
        "usersessions/usersession": session.pk,
        "network/lhin": LHIN.objects.get(number=7).pk,
        "network/crisisline": CrisisLineFactory().pk,
        "network/outboundemail": OutboundEmailFactory().pk,
        "network/auditentry": AuditEntry.objects.create(action="test").pk,
        "profile": profile.public_id,
        "content_type": 1,
    }


def test_every_route_is_in_the_matrix():
    missing = [route for route in routes() if route not in MATRIX]
    stale = [route for route in MATRIX if route not in set(routes())]

    assert not missing, "Routes without an entry in the permission matrix:\n" + "\n".join(missing)
    assert not stale, "Matrix entries for routes that no longer exist:\n" + "\n".join(stale)


@pytest.mark.parametrize("route", sorted(MATRIX))
def test_each_role_gets_the_expected_status(route, request, objects, client):
    path, expected = MATRIX[route]
    url = path.format(**objects)
    people = {role: request.getfixturevalue(role) for role in ROLES}

    actual = {role: sign_in(client, user).get(url).status_code for role, user in people.items()}

    assert actual == expected, f"{url}: " + ", ".join(
        f"{role} got {actual[role]} (expected {expected[role]})"
        for role in ROLES
        if actual[role] != expected[role]
    )
