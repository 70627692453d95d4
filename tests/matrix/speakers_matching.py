"""Permission-matrix rows of the speakers' bureau's matching part (see tests/matrix/__init__.py).

The engagements are the full member's (an active speaker): theirs alone, 404 for everyone else.
The request is being matched in Toronto Central: its coordinator and the network administrator
see it and take its steps; other staff get 403 on the model's pages (no permission) and 404 on a
request's step pages (it is not among theirs); the steps taken by a button are POST only.
"""

from .base import row

A = "/admin/speakers/speakingrequest"
E = "/speakers/me/engagements"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/me/engagements/": (f"{E}/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/me/engagements/<int:pk>/": (f"{E}/{{speakers/offer}}/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "speakers/me/engagements/<int:pk>/accept/": (f"{E}/{{speakers/offer}}/accept/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "speakers/me/engagements/<int:pk>/decline/": (f"{E}/{{speakers/offer}}/decline/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "speakers/me/engagements/<int:pk>/withdraw/": (f"{E}/{{speakers/offer_accepted}}/withdraw/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "speakers/me/engagements/<int:pk>/debrief/": (f"{E}/{{speakers/offer_past}}/debrief/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    # Requests in the admin: never added here (they come from the public form), never deleted.
    "admin/speakers/speakingrequest/overview/": (f"{A}/overview/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speakingrequest/<int:pk>/start-matching/": (f"{A}/{{speakers/speakingrequest}}/start-matching/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/speakers/speakingrequest/<int:pk>/offer/": (f"{A}/{{speakers/speakingrequest}}/offer/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speakingrequest/<int:pk>/offers/<int:offer_pk>/cancel/": (f"{A}/{{speakers/speakingrequest}}/offers/{{speakers/offer}}/cancel/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speakingrequest/<int:pk>/confirm/": (f"{A}/{{speakers/speakingrequest}}/confirm/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/speakers/speakingrequest/<int:pk>/complete/": (f"{A}/{{speakers/speakingrequest}}/complete/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/speakers/speakingrequest/<int:pk>/cancel/": (f"{A}/{{speakers/speakingrequest}}/cancel/", row("302 302 302 302 200 404 302 302 404 404 404 200")),
    "admin/speakers/speakingrequest/": (f"{A}/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speakingrequest/add/": (f"{A}/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/speakers/speakingrequest/<path:object_id>/history/": (f"{A}/{{speakers/speakingrequest}}/history/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speakingrequest/<path:object_id>/delete/": (f"{A}/{{speakers/speakingrequest}}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/speakers/speakingrequest/<path:object_id>/change/": (f"{A}/{{speakers/speakingrequest}}/change/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/speakingrequest/<path:object_id>/": (f"{A}/{{speakers/speakingrequest}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from datetime import timedelta

    from django.utils import timezone

    from speakers.models import Speaker
    from speakers.tests.factories import (
        DebriefFactory,
        OfferFactory,
        SpeakerFactory,
        SpeakingRequestFactory,
    )

    full_member = request.getfixturevalue("full_member")
    # Another part's rows may already have made the full member a speaker.
    speaker = Speaker.objects.filter(person=full_member).first() or SpeakerFactory(
        person=full_member, approved=True
    )
    matching = SpeakingRequestFactory(status="matching")
    offer = OfferFactory(request=matching, speaker=speaker)
    accepted = OfferFactory(
        speaker=speaker, status="accepted", request=SpeakingRequestFactory(status="confirmed")
    )
    past = OfferFactory(
        speaker=speaker,
        status="accepted",
        request=SpeakingRequestFactory(
            status="completed", starts_at=timezone.now() - timedelta(days=3)
        ),
    )
    DebriefFactory(offer=past)
    return {
        "speakers/speakingrequest": matching.pk,
        "speakers/offer": offer.pk,
        "speakers/offer_accepted": accepted.pk,
        "speakers/offer_past": past.pk,
    }
