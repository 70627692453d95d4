"""Permission-matrix rows of training's records part (see tests/matrix/__init__.py).

Every page is the signed-in person's own record: anyone signed in reaches their own pages
(a lapsed member still needs their certificates); the objects below belong to the full member,
so every other role gets 404. External training and hours are not in the admin at all.
"""

from .base import row

OWNER_ONLY = row("302 404 200 404 404 404 404 404 404 404 404 404")
SIGNED_IN = row("302 200 200 200 200 200 200 200 200 200 200 200")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "training/my-training/": ("/training/my-training/", SIGNED_IN),
    "training/my-training/external/add/": ("/training/my-training/external/add/", SIGNED_IN),
    "training/my-training/external/<int:pk>/edit/": ("/training/my-training/external/{records/external}/edit/", OWNER_ONLY),
    "training/my-training/external/<int:pk>/delete/": ("/training/my-training/external/{records/external}/delete/", OWNER_ONLY),
    "training/my-training/external/<int:pk>/evidence/": ("/training/my-training/external/{records/external}/evidence/", OWNER_ONLY),
    "training/my-training/hours/add/": ("/training/my-training/hours/add/", SIGNED_IN),
    "training/my-training/hours/<int:pk>/edit/": ("/training/my-training/hours/{records/hours}/edit/", OWNER_ONLY),
    "training/my-training/hours/<int:pk>/delete/": ("/training/my-training/hours/{records/hours}/delete/", OWNER_ONLY),
    "training/my-training/certificates/<int:registration_pk>/": ("/training/my-training/certificates/{records/registration}/", OWNER_ONLY),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from training.services.records import evidence_check
    from training.tests.factories_records import (
        ExternalTrainingFactory,
        PeerSupportHoursFactory,
        RegistrationFactory,
    )

    owner = request.getfixturevalue("full_member")
    training = ExternalTrainingFactory(person=owner)
    evidence = evidence_check(SimpleUploadedFile("e.pdf", b"%PDF-1.4", "application/pdf"))
    training.evidence_type = evidence.content_type
    training.evidence.save(evidence.content.name, evidence.content)
    return {
        "records/external": training.pk,
        "records/hours": PeerSupportHoursFactory(person=owner).pk,
        "records/registration": RegistrationFactory(person=owner, attended=True).pk,
    }
