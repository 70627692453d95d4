"""Permission-matrix rows of the speakers' bureau's applications part (see tests/matrix/__init__.py).

Every page is the signed-in person's own: no address carries an id. The full member is an
approved, active speaker with a safety plan; everyone else has no application. Anyone signed in
may apply (so the steps answer everyone); the safety plan, pausing and withdrawing answer 404 to
anyone without an application of their own, whatever their role.
"""

from .base import row

SIGNED_IN = row("302 200 200 200 200 200 200 200 200 200 200 200")
ONLY_THE_SPEAKER = row("302 404 200 404 404 404 404 404 404 404 404 404")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    # Start or continue: sent on to the right step.
    "speakers/apply/": ("/speakers/apply/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    # A new application for everyone; the full member's live profile for them.
    "speakers/apply/<slug:step>/": ("/speakers/apply/about/", SIGNED_IN),
    "speakers/me/": ("/speakers/me/", SIGNED_IN),
    # An approved speaker has no application to withdraw: sent back to their page.
    "speakers/me/withdraw/": ("/speakers/me/withdraw/", row("302 404 302 404 404 404 404 404 404 404 404 404")),
    "speakers/me/pause/": ("/speakers/me/pause/", ONLY_THE_SPEAKER),
    # POST only.
    "speakers/me/resume/": ("/speakers/me/resume/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "speakers/me/safety-plan/": ("/speakers/me/safety-plan/", ONLY_THE_SPEAKER),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """The full member's Speaker row (approved, active, with a safety plan). Speaker is one row
    per person: other parts' objects reuse it (`Speaker.objects.get(person=full_member)`)
    rather than make another for the full member. The paths above name no ids."""
    from speakers.tests.factories import SafetyPlanFactory, SpeakerFactory

    full_member = request.getfixturevalue("full_member")
    speaker = SpeakerFactory(person=full_member, approved=True)
    SafetyPlanFactory(speaker=speaker)
    return {"speakers/applications/speaker": speaker.public_id}
