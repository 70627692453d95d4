"""Permission-matrix rows of governance's bodies part (see tests/matrix/__init__.py).

The body and meeting are members-only, so the rows show who may see them: the full member
(an active membership) does; signed-out people are asked to sign in; everyone else without an
active membership gets 404, as for a body that does not exist. Governance members and network
administrators run bodies and meetings in the admin.
"""

from .base import row

_ADMIN_ONLY = row("302 302 302 302 403 403 302 302 200 403 403 200")
_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")
_AUTOCOMPLETE = "app_label=governance&model_name=seat&field_name=holder&term=Ri"


def _admin_rows(model: str) -> dict[str, tuple[str, dict[str, int]]]:
    base = f"admin/governance/{model}/"
    path = f"/{base}{{governance/{model}}}/"
    return {
        base: (f"/{base}", _ADMIN_ONLY),
        f"{base}add/": (f"/{base}add/", _ADMIN_ONLY),
        f"{base}<path:object_id>/history/": (f"{path}history/", _ADMIN_ONLY),
        f"{base}<path:object_id>/delete/": (f"{path}delete/", _ADMIN_ONLY),
        f"{base}<path:object_id>/change/": (f"{path}change/", _ADMIN_ONLY),
        f"{base}<path:object_id>/": (path, _REDIRECT),
    }


# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "governance/bodies/": ("/governance/bodies/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/bodies/<slug:slug>/": ("/governance/bodies/{body}/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "governance/bodies/<slug:slug>/meetings/<int:pk>/": ("/governance/bodies/{meeting_body}/meetings/{meeting}/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    # Seat holders and attendees are picked by display name, for those who run bodies only.
    "admin/governance/body/people-autocomplete/": (f"/admin/governance/body/people-autocomplete/?{_AUTOCOMPLETE}", _ADMIN_ONLY),
    **_admin_rows("body"),
    **_admin_rows("meeting"),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """A members-only body, and a members-only meeting of a public one."""
    from governance.models import BodyVisibility
    from governance.tests.factories_bodies import BodyFactory, MeetingFactory

    private = BodyFactory(visibility=BodyVisibility.MEMBERS)
    meeting = MeetingFactory(visibility=BodyVisibility.MEMBERS)
    return {
        "body": private.slug,
        "meeting_body": meeting.body.slug,
        "meeting": meeting.pk,
        "governance/body": private.pk,
        "governance/meeting": meeting.pk,
    }
