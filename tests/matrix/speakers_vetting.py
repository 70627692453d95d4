"""Permission-matrix rows of the speakers' bureau's vetting part (see tests/matrix/__init__.py).

The application is in review in Toronto Central, with the reviewer fixture assigned to it and one
criterion it assessed. Its coordinator and the network administrator see it in the admin; other
staff get 403 (no permission on applications) or 404 on its step pages (not theirs to see). The
reviewers' pages answer the assigned reviewer only: everyone else signed in gets 404, the
coordinator and the administrator included (they read it in the admin).
"""

from .base import row

S = "/admin/speakers/speaker"
C = "/admin/speakers/criterion"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/review/": ("/speakers/review/", row("302 404 404 404 404 404 404 200 404 404 404 404")),
    "speakers/review/<uuid:public_id>/": ("/speakers/review/{vetting/review}/", row("302 404 404 404 404 404 404 200 404 404 404 404")),
    # Criteria: kept by coordinators and network administrators; one already assessed is
    # retired, never deleted (403 for everyone).
    "admin/speakers/criterion/": (f"{C}/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/criterion/add/": (f"{C}/add/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/criterion/<path:object_id>/history/": (f"{C}/{{vetting/criterion}}/history/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/criterion/<path:object_id>/delete/": (f"{C}/{{vetting/criterion}}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/speakers/criterion/<path:object_id>/change/": (f"{C}/{{vetting/criterion}}/change/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/criterion/<path:object_id>/": (f"{C}/{{vetting/criterion}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # Applications: never added or deleted in the admin; steps on their own pages.
    "admin/speakers/speaker/<int:pk>/start-review/": (f"{S}/{{vetting/application}}/start-review/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/speakers/speaker/<int:pk>/assign-reviewer/": (f"{S}/{{vetting/application}}/assign-reviewer/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speaker/<int:pk>/remove-reviewer/": (f"{S}/{{vetting/application}}/remove-reviewer/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speaker/<int:pk>/schedule-conversation/": (f"{S}/{{vetting/application}}/schedule-conversation/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speaker/<int:pk>/approve/": (f"{S}/{{vetting/application}}/approve/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/speakers/speaker/<int:pk>/decline/": (f"{S}/{{vetting/application}}/decline/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speaker/": (f"{S}/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speaker/add/": (f"{S}/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/speakers/speaker/<path:object_id>/history/": (f"{S}/{{vetting/application}}/history/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speaker/<path:object_id>/delete/": (f"{S}/{{vetting/application}}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/speakers/speaker/<path:object_id>/change/": (f"{S}/{{vetting/application}}/change/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speaker/<path:object_id>/": (f"{S}/{{vetting/application}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from guardian.shortcuts import assign_perm

    from speakers.models import Assessment
    from speakers.tests.factories import CriterionFactory, SafetyPlanFactory, SpeakerFactory

    reviewer = request.getfixturevalue("speakers_reviewer")
    # A person of its own applies: the full member's account is left to the other parts' rows.
    application = SpeakerFactory(submitted=True, status="in_review")
    SafetyPlanFactory(speaker=application)
    assign_perm("speakers.review_speaker", reviewer, application)
    criterion = CriterionFactory()
    Assessment.objects.create(
        speaker=application, criterion=criterion, reviewer=reviewer, outcome="meets"
    )
    return {
        "vetting/application": application.pk,
        "vetting/review": application.public_id,
        "vetting/criterion": criterion.pk,
    }
