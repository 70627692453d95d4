"""Permission-matrix rows of governance's registry part (see tests/matrix/__init__.py).

The peer roles and partners are public; governance members keep them in the admin (partners
with the network administrator). The LHIN engagement rows are Toronto Central's: its
coordinator (the matrix's coordinator) keeps them, governance members read them, the network
administrator keeps every LHIN's. Competencies are read-only reference data.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "governance/peer-roles/": ("/governance/peer-roles/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/peer-roles/<slug:slug>/": ("/governance/peer-roles/peer-navigator/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/partners/": ("/governance/partners/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    # Peer roles: governance members edit them; the network administrator reads them.
    "admin/governance/peerrole/": ("/admin/governance/peerrole/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/peerrole/add/": ("/admin/governance/peerrole/add/", row("302 302 302 302 403 403 302 302 200 403 403 403")),
    "admin/governance/peerrole/<path:object_id>/history/": ("/admin/governance/peerrole/{governance/peerrole}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/peerrole/<path:object_id>/delete/": ("/admin/governance/peerrole/{governance/peerrole}/delete/", row("302 302 302 302 403 403 302 302 200 403 403 403")),
    "admin/governance/peerrole/<path:object_id>/change/": ("/admin/governance/peerrole/{governance/peerrole}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/peerrole/<path:object_id>/": ("/admin/governance/peerrole/{governance/peerrole}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Partners: governance members and the network administrator; the contact is private here.
    "admin/governance/partner/": ("/admin/governance/partner/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/partner/add/": ("/admin/governance/partner/add/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/partner/<path:object_id>/history/": ("/admin/governance/partner/{governance/partner}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/partner/<path:object_id>/delete/": ("/admin/governance/partner/{governance/partner}/delete/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/partner/<path:object_id>/change/": ("/admin/governance/partner/{governance/partner}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/partner/<path:object_id>/": ("/admin/governance/partner/{governance/partner}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Toronto Central's strategy: its coordinator writes it (no deleting), governance reads it.
    "admin/governance/lhinengagementstrategy/": ("/admin/governance/lhinengagementstrategy/", row("302 302 302 302 200 403 302 302 200 403 403 200")),
    "admin/governance/lhinengagementstrategy/add/": ("/admin/governance/lhinengagementstrategy/add/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/governance/lhinengagementstrategy/<path:object_id>/history/": ("/admin/governance/lhinengagementstrategy/{governance/lhinengagementstrategy}/history/", row("302 302 302 302 200 403 302 302 200 403 403 200")),
    "admin/governance/lhinengagementstrategy/<path:object_id>/delete/": ("/admin/governance/lhinengagementstrategy/{governance/lhinengagementstrategy}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/governance/lhinengagementstrategy/<path:object_id>/change/": ("/admin/governance/lhinengagementstrategy/{governance/lhinengagementstrategy}/change/", row("302 302 302 302 200 403 302 302 200 403 403 200")),
    "admin/governance/lhinengagementstrategy/<path:object_id>/": ("/admin/governance/lhinengagementstrategy/{governance/lhinengagementstrategy}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Toronto Central's log: its coordinator keeps it, governance reads it.
    "admin/governance/engagementactivity/": ("/admin/governance/engagementactivity/", row("302 302 302 302 200 403 302 302 200 403 403 200")),
    "admin/governance/engagementactivity/add/": ("/admin/governance/engagementactivity/add/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/governance/engagementactivity/<path:object_id>/history/": ("/admin/governance/engagementactivity/{governance/engagementactivity}/history/", row("302 302 302 302 200 403 302 302 200 403 403 200")),
    "admin/governance/engagementactivity/<path:object_id>/delete/": ("/admin/governance/engagementactivity/{governance/engagementactivity}/delete/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/governance/engagementactivity/<path:object_id>/change/": ("/admin/governance/engagementactivity/{governance/engagementactivity}/change/", row("302 302 302 302 200 403 302 302 200 403 403 200")),
    "admin/governance/engagementactivity/<path:object_id>/": ("/admin/governance/engagementactivity/{governance/engagementactivity}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Competencies (training): reference data from a migration, read only for everyone.
    "admin/training/framework/": ("/admin/training/framework/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/training/framework/add/": ("/admin/training/framework/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/training/framework/<path:object_id>/history/": ("/admin/training/framework/{training/framework}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/training/framework/<path:object_id>/delete/": ("/admin/training/framework/{training/framework}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/training/framework/<path:object_id>/change/": ("/admin/training/framework/{training/framework}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/training/framework/<path:object_id>/": ("/admin/training/framework/{training/framework}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/training/competency/": ("/admin/training/competency/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/training/competency/add/": ("/admin/training/competency/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/training/competency/<path:object_id>/history/": ("/admin/training/competency/{training/competency}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/training/competency/<path:object_id>/delete/": ("/admin/training/competency/{training/competency}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/training/competency/<path:object_id>/change/": ("/admin/training/competency/{training/competency}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/training/competency/<path:object_id>/": ("/admin/training/competency/{training/competency}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from governance.models import PeerRole
    from governance.tests.factories_registry import (
        EngagementActivityFactory,
        LHINEngagementStrategyFactory,
        PartnerFactory,
        lhin,
    )
    from training.models import Competency, Framework

    toronto = lhin(7)
    return {
        "governance/peerrole": PeerRole.objects.get(slug="peer-navigator").pk,
        "governance/partner": PartnerFactory(lhins=[toronto]).pk,
        "governance/lhinengagementstrategy": LHINEngagementStrategyFactory(lhin=toronto).pk,
        "governance/engagementactivity": EngagementActivityFactory(lhin=toronto).pk,
        "training/framework": Framework.objects.get(slug="core").pk,
        "training/competency": Competency.objects.get(framework__slug="core", number=1).pk,
    }
