"""Permission-matrix rows of governance's honoraria part (see tests/matrix/__init__.py).

The record is the full member's, approved, in Toronto Central: its coordinator, the treasurer
and the network administrator see it; other staff get 404 for it (a payment record is nobody
else's business), or 403 where they may see it but the step is not theirs.
"""

from .base import row

A = "/admin/governance/honorarium"
R = "/admin/governance/honorariumrate"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "governance/honoraria/": ("/governance/honoraria/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/honoraria/mine/": ("/governance/honoraria/mine/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    # POST only; someone else's record is 404 on POST (tested in governance/tests).
    "governance/honoraria/mine/<int:pk>/decline/": ("/governance/honoraria/mine/{governance/honorarium}/decline/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    # Rates: kept by the network administrator; governance members and the treasurer read them.
    "admin/governance/honorariumrate/": (f"{R}/", row("302 302 302 302 403 403 302 302 200 403 200 200")),
    "admin/governance/honorariumrate/add/": (f"{R}/add/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/governance/honorariumrate/<path:object_id>/history/": (f"{R}/{{governance/honorariumrate}}/history/", row("302 302 302 302 403 403 302 302 200 403 200 200")),
    "admin/governance/honorariumrate/<path:object_id>/delete/": (f"{R}/{{governance/honorariumrate}}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 200")),
    "admin/governance/honorariumrate/<path:object_id>/change/": (f"{R}/{{governance/honorariumrate}}/change/", row("302 302 302 302 403 403 302 302 200 403 200 200")),
    "admin/governance/honorariumrate/<path:object_id>/": (f"{R}/{{governance/honorariumrate}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Records: never deleted (403 for everyone); the export is the treasurer's.
    "admin/governance/honorarium/export.csv": (f"{A}/export.csv", row("302 302 302 302 403 403 302 302 403 403 200 200")),
    "admin/governance/honorarium/<int:pk>/approve/": (f"{A}/{{governance/honorarium}}/approve/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/governance/honorarium/<int:pk>/pay/": (f"{A}/{{governance/honorarium}}/pay/", row("302 302 302 302 403 404 302 302 404 404 200 200")),
    "admin/governance/honorarium/<int:pk>/cancel/": (f"{A}/{{governance/honorarium}}/cancel/", row("302 302 302 302 200 404 302 302 404 404 403 200")),
    "admin/governance/honorarium/": (f"{A}/", row("302 302 302 302 200 403 302 302 403 403 200 200")),
    "admin/governance/honorarium/add/": (f"{A}/add/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/governance/honorarium/<path:object_id>/history/": (f"{A}/{{governance/honorarium}}/history/", row("302 302 302 302 200 403 302 302 403 403 200 200")),
    "admin/governance/honorarium/<path:object_id>/delete/": (f"{A}/{{governance/honorarium}}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/honorarium/<path:object_id>/change/": (f"{A}/{{governance/honorarium}}/change/", row("302 302 302 302 200 403 302 302 403 403 200 200")),
    "admin/governance/honorarium/<path:object_id>/": (f"{A}/{{governance/honorarium}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from governance.tests.factories_honoraria import HonorariumFactory, HonorariumRateFactory

    full_member = request.getfixturevalue("full_member")
    rate = HonorariumRateFactory()
    honorarium = HonorariumFactory(person=full_member, rate=rate, approved=True)
    return {"governance/honorarium": honorarium.pk, "governance/honorariumrate": rate.pk}
