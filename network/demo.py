"""Demo data for a local platform: one account per role, and the two best-known crisis lines.

Idempotent: running it again updates the same rows. Never for production (the command refuses).
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from members.models import User

from . import roles, services
from .models import LHIN, CrisisLine
from .roles import Role

DEMO_PASSWORD = "peer-support-demo"  # noqa: S105 (published demo credential, DEBUG only)


@dataclass(frozen=True)
class DemoPerson:
    email: str
    display_name: str
    roles: tuple[Role, ...] = ()
    coordinates_lhin: int | None = None
    superuser: bool = False
    membership: tuple[str, int] | None = None  # (type, LHIN number) of an active membership


DEMO_PEOPLE = (
    DemoPerson(
        "admin@example.org", "Network Admin", (roles.NETWORK_ADMINISTRATOR,), superuser=True
    ),
    DemoPerson("coordinator@example.org", "Toronto Coordinator", coordinates_lhin=7),
    DemoPerson("coordinator.north@example.org", "North East Coordinator", coordinates_lhin=13),
    DemoPerson("full.member@example.org", "River", membership=("full", 7)),
    DemoPerson("supporting.member@example.org", "Sam Ally", membership=("supporting", 7)),
    DemoPerson("speaker@example.org", "Morgan Speaks", membership=("full", 11)),
    DemoPerson(
        "moderator@example.org",
        "Kind Moderator",
        (roles.FORUM_MODERATOR,),
        membership=("full", 13),
    ),
    DemoPerson("editor@example.org", "Page Editor", (roles.CONTENT_EDITOR,)),
    DemoPerson(
        "governance@example.org",
        "Board Chair",
        (roles.GOVERNANCE_MEMBER,),
        membership=("full", 3),
    ),
    DemoPerson("complaints@example.org", "Complaints Officer", (roles.COMPLAINTS_OFFICER,)),
    DemoPerson("treasurer@example.org", "Network Treasurer", (roles.TREASURER,)),
    DemoPerson("reviewer@example.org", "Speakers Reviewer", (roles.SPEAKERS_REVIEWER,)),
)

DEMO_CRISIS_LINES = (
    {
        "name": "9-8-8 Suicide Crisis Helpline",
        "name_fr": "9-8-8 Ligne d'aide en cas de crise de suicide",
        "description": "For anyone thinking about suicide, or worried about someone. "
        "Call or text, in English or French.",
        "description_fr": "Pour toute personne qui pense au suicide ou qui s'inquiète pour "
        "quelqu'un. Par téléphone ou texto, en français ou en anglais.",
        "phone": "9-8-8",
        "text_number": "9-8-8",
        "website": "https://988.ca/",
        "hours": "24 hours a day, 7 days a week",
        "hours_fr": "24 heures sur 24, 7 jours sur 7",
        "is_crisis_line": True,
        "order": 1,
    },
    {
        "name": "ConnexOntario",
        "name_fr": "ConnexOntario",
        "description": "Free and confidential information about services for alcohol and "
        "drug use, mental health and gambling in Ontario.",
        "description_fr": "Information gratuite et confidentielle sur les services en matière "
        "d'alcool et de drogues, de santé mentale et de jeu en Ontario.",
        "phone": "1-866-531-2600",
        "text_number": "",
        "website": "https://www.connexontario.ca/",
        "hours": "24 hours a day, 7 days a week",
        "hours_fr": "24 heures sur 24, 7 jours sur 7",
        "is_crisis_line": True,
        "order": 2,
    },
)


def demo_person(demo: DemoPerson) -> User:
    user = User.objects.filter(email__iexact=demo.email).first()
    if user is None:
        user = User.objects.create_user(
            email=demo.email, password=DEMO_PASSWORD, display_name=demo.display_name
        )
    else:
        user.set_password(DEMO_PASSWORD)
        user.is_active = True
        user.save(update_fields=["password", "is_active"])
    if user.is_superuser != demo.superuser:
        user.is_superuser = demo.superuser
        user.save(update_fields=["is_superuser"])
    EmailAddress.objects.update_or_create(
        user=user, email=demo.email, defaults={"verified": True, "primary": True}
    )
    for role in demo.roles:
        services.role_grant(user=user, role=role)
    if demo.coordinates_lhin is not None:
        lhin = LHIN.objects.get(number=demo.coordinates_lhin)
        services.lhin_coordinator_grant(lhin=lhin, user=user)
    if demo.membership is not None:
        _membership(user, *demo.membership)
    return user


def _membership(user: User, membership_type: str, lhin_number: int) -> None:
    """An active membership, as if approved today; its role follows it."""
    from members.models import Membership
    from members.services import MEMBERSHIP_TERM, ROLE_OF_TYPE

    Membership.objects.update_or_create(
        person=user,
        defaults={
            "membership_type": membership_type,
            "lhin": LHIN.objects.get(number=lhin_number),
            "status": Membership.Status.ACTIVE,
            "expires_at": timezone.now() + MEMBERSHIP_TERM,
        },
    )
    services.role_grant(user=user, role=ROLE_OF_TYPE[membership_type])


@transaction.atomic
def seed_demo() -> list[User]:
    roles.sync_roles()
    for line in DEMO_CRISIS_LINES:
        CrisisLine.objects.update_or_create(name=line["name"], defaults=line)
    people = [demo_person(demo) for demo in DEMO_PEOPLE]
    from members.demo import seed_membership_demo  # members builds on this module

    seed_membership_demo()
    from governance.demo import seed_governance_demo  # governance builds on members

    seed_governance_demo()
    from training.demo import seed_training_demo  # training builds on governance's partners

    seed_training_demo()
    from speakers.demo import seed_speakers_demo  # speakers build on training and honoraria

    seed_speakers_demo()
    from content.demo import seed_content_demo  # content lists training sessions and speakers

    seed_content_demo()
    from content.forums.demo import seed_forums_demo  # the forums' demo members are members'

    seed_forums_demo()
    return people
