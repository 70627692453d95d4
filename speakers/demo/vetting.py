"""The speakers' bureau's demo data: the vetting part.

Seven selection criteria in English and French, written so that none is a stigma: no minimum time
in recovery or abstinence, no proof of experience, references optional. The demo reviewer is
assigned to the demo applications in review and with a conversation scheduled (made by the
applications part's demo, which runs first; none, nothing to assign), with assessments.
Idempotent: criteria are found by their English title, assessments by application, criterion and
reviewer.
"""

from __future__ import annotations

from guardian.shortcuts import assign_perm

from members.models import User

from ..models import Assessment, Criterion, Speaker
from ..services.vetting import REVIEW_PERMISSION

REVIEWER_EMAIL = "reviewer@example.org"

CRITERIA = (
    {
        "title": "Lived or living experience of substance use",
        "title_fr": "Expérience vécue ou actuelle de la consommation de substances",
        "guidance": (
            "Self-identified: the applicant says so, and that is enough. No minimum time in "
            "recovery or abstinence is required, recovery itself is not required, and nobody is "
            "asked for proof or for their story."
        ),
        "guidance_fr": (
            "Autodéclarée : la personne le dit, et cela suffit. Aucune durée minimale de "
            "rétablissement ou d'abstinence n'est exigée, le rétablissement lui-même ne l'est pas, "
            "et personne n'a à fournir de preuve ni à raconter son histoire."
        ),
    },
    {
        "title": "Storytelling or speaker training, done or welcome",
        "title_fr": "Formation à la prise de parole, suivie ou bienvenue",
        "guidance": (
            "Has done storytelling, media or speaker training (here or elsewhere), or is willing "
            "to take it. Not having done it yet is fine: the network offers it."
        ),
        "guidance_fr": (
            "A suivi une formation à la prise de parole, aux médias ou au récit (ici ou "
            "ailleurs), ou est prête à la suivre. Ne pas l'avoir encore suivie n'est pas un "
            "problème : le réseau l'offre."
        ),
    },
    {
        "title": "Shares safely and chooses what not to share",
        "title_fr": "Partage en sécurité et choisit ce qu'elle ne partage pas",
        "guidance": (
            "Can speak about parts of their experience in a way that feels safe to them, and "
            "knows they may keep any part private, in any talk, with any audience."
        ),
        "guidance_fr": (
            "Peut parler de certaines parties de son expérience d'une manière qui lui semble "
            "sûre, et sait qu'elle peut garder n'importe quelle partie pour elle, à chaque "
            "intervention, devant tout public."
        ),
    },
    {
        "title": "Has thought about self-care and support",
        "title_fr": "A réfléchi à prendre soin de soi et au soutien",
        "guidance": (
            "Has thought about what helps before and after speaking, and who they can turn to. "
            "They do not have to share the details: whether they wrote a safety plan is all "
            "reviewers see, and having one is not required."
        ),
        "guidance_fr": (
            "A réfléchi à ce qui l'aide avant et après une intervention, et aux personnes vers "
            "qui se tourner. Pas besoin d'en donner les détails : les évaluateurs voient "
            "seulement s'il existe un plan de sécurité, et il n'est pas obligatoire."
        ),
    },
    {
        "title": "Respects peer values and confidentiality",
        "title_fr": "Respecte les valeurs du soutien par les pairs et la confidentialité",
        "guidance": (
            "Understands and respects peer values (mutuality, choice, hope, dignity) and never "
            "names or identifies other people in their story without their consent."
        ),
        "guidance_fr": (
            "Comprend et respecte les valeurs du soutien par les pairs (réciprocité, choix, "
            "espoir, dignité) et ne nomme ni n'identifie jamais d'autres personnes dans son "
            "récit sans leur consentement."
        ),
    },
    {
        "title": "Available at least occasionally",
        "title_fr": "Disponible au moins de temps en temps",
        "guidance": (
            "Can take an engagement now and then. Speakers set their own monthly limit and may "
            "pause at any time; a busy or changing life is not a reason to decline."
        ),
        "guidance_fr": (
            "Peut accepter une intervention de temps à autre. Les conférenciers fixent leur "
            "propre limite mensuelle et peuvent faire une pause à tout moment; une vie chargée "
            "ou changeante n'est pas une raison de refuser."
        ),
    },
    {
        "title": "References, if they can give them",
        "title_fr": "Références, si la personne peut en donner",
        "guidance": (
            "One or two people who know their work or volunteering. Optional: many people cannot "
            "give references, for good reasons. Never decline an application for lacking them."
        ),
        "guidance_fr": (
            "Une ou deux personnes qui connaissent son travail ou son bénévolat. Facultatif : "
            "bien des gens ne peuvent pas en donner, pour de bonnes raisons. Ne jamais refuser "
            "une candidature parce qu'il en manque."
        ),
    },
)

# The demo reviewer's assessments: all of them once a conversation is scheduled, the first four
# while the application is in review (so the reviewer's progress shows work left to do).
OUTCOMES = (
    ("meets", "Says so in their own words; nothing more needed."),
    ("unsure", "No training yet; ask in the conversation whether the spring workshop suits."),
    ("meets", "Clear about what they keep private. Good."),
    ("meets", "Has a safety plan and a support person in mind."),
    ("meets", "Speaks warmly about mutuality and others' privacy."),
    ("meets", "One engagement a month, weekday evenings."),
    ("not_yet", "No references given, which is fine: this criterion is optional."),
)


def seed() -> None:
    criteria = []
    for order, fields in enumerate(CRITERIA, start=1):
        criterion, _created = Criterion.objects.update_or_create(
            title=fields["title"], defaults={**fields, "order": order * 10, "active": True}
        )
        criteria.append(criterion)
    reviewer = User.objects.filter(email=REVIEWER_EMAIL).first()
    if reviewer is None:
        return
    waiting = Speaker.objects.filter(
        status__in=[Speaker.Status.IN_REVIEW, Speaker.Status.CONVERSATION]
    ).exclude(person=reviewer)
    for speaker in waiting:
        assign_perm(REVIEW_PERMISSION, reviewer, speaker)  # a grant held already is kept as is
        done = len(OUTCOMES) if speaker.status == Speaker.Status.CONVERSATION else 4
        for criterion, (outcome, notes) in zip(criteria[:done], OUTCOMES, strict=False):
            Assessment.objects.update_or_create(
                speaker=speaker,
                criterion=criterion,
                reviewer=reviewer,
                defaults={"outcome": outcome, "notes": notes},
            )
