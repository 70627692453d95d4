"""Permission-matrix rows of governance's complaints part (see tests/matrix/__init__.py).

The form and the tracking page are for anyone (the tracking link is the key). Cases in the
admin are for complaints officers only; the counts are for governance members, complaints
officers and network administrators.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "governance/feedback/": ("/governance/feedback/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    # Nothing was just sent, so back to the form.
    "governance/feedback/sent/": ("/governance/feedback/sent/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "governance/feedback/track/<str:token>/": ("/governance/feedback/track/{complaints/token}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "admin/governance/case/": ("/admin/governance/case/", row("302 302 302 302 403 403 302 302 403 200 403 403")),
    "admin/governance/case/add/": ("/admin/governance/case/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/case/<path:object_id>/history/": ("/admin/governance/case/{governance/case}/history/", row("302 302 302 302 403 403 302 302 403 200 403 403")),
    "admin/governance/case/<path:object_id>/delete/": ("/admin/governance/case/{governance/case}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/case/<path:object_id>/change/": ("/admin/governance/case/{governance/case}/change/", row("302 302 302 302 403 403 302 302 403 200 403 403")),
    "admin/governance/case/<path:object_id>/": ("/admin/governance/case/{governance/case}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/governance/case/<int:pk>/step/<slug:step>/": ("/admin/governance/case/{governance/case}/step/resolve/", row("302 302 302 302 403 403 302 302 403 200 403 403")),
    "admin/governance/casereport/": ("/admin/governance/casereport/", row("302 302 302 302 403 403 302 302 200 200 403 200")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from governance.services.complaints import case_submit

    case, token = case_submit(
        kind="complaint", category="website", what_happened="The form lost my text."
    )
    return {"governance/case": case.pk, "complaints/token": token}
