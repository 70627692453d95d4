"""Permission-matrix rows of governance's consultations part (see tests/matrix/__init__.py).

Members with an active membership (here the full member only) read consultations; everyone else
signed in is sent to apply from the list, and gets 404 for a consultation. Comment and vote take
POST only. In the admin, governance members and the network administrator manage consultations
and moderate comments; the open consultation cannot be deleted (403 for everyone); votes have no
admin at all.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "governance/consultations/": ("/governance/consultations/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "governance/consultations/<int:pk>/": ("/governance/consultations/{consultation}/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "governance/consultations/<int:pk>/comment/": ("/governance/consultations/{consultation}/comment/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "governance/consultations/<int:pk>/vote/": ("/governance/consultations/{consultation}/vote/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "admin/governance/consultation/<int:pk>/results/": ("/admin/governance/consultation/{governance/consultation}/results/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultation/": ("/admin/governance/consultation/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultation/add/": ("/admin/governance/consultation/add/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultation/<path:object_id>/history/": ("/admin/governance/consultation/{governance/consultation}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultation/<path:object_id>/delete/": ("/admin/governance/consultation/{governance/consultation}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/consultation/<path:object_id>/change/": ("/admin/governance/consultation/{governance/consultation}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultation/<path:object_id>/": ("/admin/governance/consultation/{governance/consultation}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/governance/consultationcomment/": ("/admin/governance/consultationcomment/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultationcomment/add/": ("/admin/governance/consultationcomment/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/consultationcomment/<path:object_id>/history/": ("/admin/governance/consultationcomment/{governance/consultationcomment}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultationcomment/<path:object_id>/delete/": ("/admin/governance/consultationcomment/{governance/consultationcomment}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/consultationcomment/<path:object_id>/change/": ("/admin/governance/consultationcomment/{governance/consultationcomment}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/consultationcomment/<path:object_id>/": ("/admin/governance/consultationcomment/{governance/consultationcomment}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """An open consultation (on a proposal) with a comment by the full member."""
    from governance.tests.factories_consultations import CommentFactory, ConsultationFactory

    consultation = ConsultationFactory()
    comment = CommentFactory(
        consultation=consultation, author=request.getfixturevalue("full_member")
    )
    return {
        "consultation": consultation.pk,
        "governance/consultation": consultation.pk,
        "governance/consultationcomment": comment.pk,
    }
