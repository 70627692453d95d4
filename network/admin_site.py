from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class NetworkAdminSite(admin.AdminSite):
    """The admin where coordinators, editors and administrators work.

    Entry follows from roles (User.is_staff is derived from them), and sign-in goes through
    allauth (see network.urls) so staff get the same rate limits and MFA as everyone.
    """

    site_header = _("Ontario Peer Support Network: administration")
    site_title = _("Network administration")
    index_title = _("Administration")
    enable_nav_sidebar = True

    def admin_view(self, view, cacheable=False):
        # Django's admin widgets (the two-list selector, collapsible fieldsets) set inline
        # styles; allow those here only. Scripts stay 'self' only, as on every page.
        return csp_update({"style-src": [UNSAFE_INLINE]})(super().admin_view(view, cacheable))
