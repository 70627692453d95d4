"""Demo members for the LHIN engagement dashboard: some LHINs over target, some under, some at zero.

Pseudonymous people ("Peer 7-3", member.7-3@example.org) with memberships spread over the past
eighteen months, a few lapsed, and some applications waiting for review. Idempotent: running it
again creates nothing new; it moves the same memberships' dates along with today, so the demo
keeps its shape, and leaves applications alone once made (a coordinator may have decided them).
Called by `network.demo.seed_demo`'s command; never for production.
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from network import roles
from network.demo import DEMO_PASSWORD
from network.models import LHIN
from network.services import role_grant, role_revoke

from .engagement import current_year
from .models import (
    LHINTarget,
    Membership,
    MembershipApplication,
    MembershipType,
    Profile,
    User,
    Visibility,
)

# LHIN number: (active members, lapsed members, applications waiting). network.demo adds a few
# members of its own (two in Toronto Central, one each in Champlain and North East).
DEMO_MEMBERS: dict[int, tuple[int, int, int]] = {
    1: (4, 0, 0),  # Erie St. Clair: just under five
    2: (5, 0, 0),  # South West: at target
    3: (2, 0, 0),
    4: (7, 0, 0),  # Hamilton Niagara Haldimand Brant: over
    5: (0, 1, 1),  # Central West: none active, one lapsed, one applying
    6: (3, 0, 0),
    7: (9, 1, 2),  # Toronto Central: over, with a higher target (below)
    8: (5, 0, 0),
    9: (1, 0, 1),
    10: (0, 0, 1),  # South East: none at all yet
    11: (6, 0, 0),  # Champlain: over
    12: (2, 0, 0),
    13: (3, 1, 1),  # North East: under
    14: (1, 1, 0),  # North West: under its lower target (below)
}
# Targets other than the default five for the current year, as a network administrator might set.
DEMO_TARGETS = {7: 8, 14: 3}

# The named demo people's profiles (network.demo makes the people): one listed and open, one
# listed showing little, one private, so each visibility can be seen at work.
MEMBERS, PUBLIC = Visibility.MEMBERS, Visibility.PUBLIC
DEMO_PROFILES = {
    "full.member@example.org": {
        "pronouns": "she/her",
        "pronouns_visibility": MEMBERS,
        "bio": "Peer support worker in Toronto. I co-facilitate a Thursday evening group and "
        "love a good walk by the lake.",
        "bio_visibility": MEMBERS,
        "languages": ["en", "fr"],
        "languages_visibility": MEMBERS,
        "interests": ["support_worker", "group_facilitator"],
        "interests_visibility": MEMBERS,
        "lhin_visibility": MEMBERS,
        "display_name_visibility": MEMBERS,
        "in_directory": True,
    },
    "supporting.member@example.org": {
        "languages": ["en"],
        "languages_visibility": MEMBERS,
        "display_name_visibility": MEMBERS,
        "in_directory": True,
    },
    "speaker@example.org": {
        "pronouns": "they/them",
        "pronouns_visibility": PUBLIC,
        "bio": "I speak at policy tables about harm reduction and peer work.",
        "bio_visibility": PUBLIC,
        "interests": ["advocate", "educator"],
        "interests_visibility": PUBLIC,
        "lhin_visibility": PUBLIC,
        "display_name_visibility": PUBLIC,
        "in_directory": True,
    },
    # moderator@example.org keeps the default: private in every field, not listed.
}
LANGUAGE_MIX = (["en"], ["en", "fr"], ["fr"], ["en", "oj"], ["en", "pa"])
INTEREST_MIX = (["support_worker"], ["navigator", "advocate"], ["educator"], ["researcher"], [])


def _demo_profile(user: User, index: int) -> None:
    """Most demo members are listed in the directory, showing their region, languages and
    interests to members; every fourth keeps everything private."""
    listed = index % 4 != 0
    shown = MEMBERS if listed else Visibility.ONLY_ME
    Profile.objects.get_or_create(
        person=user,
        defaults={
            "display_name_visibility": shown,
            "lhin_visibility": shown,
            "languages": LANGUAGE_MIX[index % len(LANGUAGE_MIX)],
            "languages_visibility": shown,
            "interests": INTEREST_MIX[index % len(INTEREST_MIX)],
            "interests_visibility": shown,
            "in_directory": listed,
        },
    )


def _demo_user(email: str, display_name: str, password_hash: str) -> tuple[User, bool]:
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User.objects.create_user(email=email, password=None, display_name=display_name)
        user.password = password_hash  # one hash for everyone: hashing is slow on purpose
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user, created


def _membership(user: User, *, lhin: LHIN, membership_type: str, active: bool, days_ago: int):
    now = timezone.now()
    joined_at = now - timedelta(days=days_ago)
    if active:
        # Joined over a year ago: renewed once, so still active.
        term = timedelta(days=730 if days_ago >= 360 else 365)
        status = Membership.Status.ACTIVE
    else:
        term = timedelta(days=365)
        status = Membership.Status.LAPSED
    Membership.objects.update_or_create(
        person=user,
        defaults={
            "membership_type": membership_type,
            "lhin": lhin,
            "status": status,
            "joined_at": joined_at,
            "expires_at": joined_at + term,
        },
    )
    for kind, role in (
        (MembershipType.FULL, roles.FULL_MEMBER),
        (MembershipType.SUPPORTING, roles.SUPPORTING_MEMBER),
    ):
        if active and membership_type == kind:
            role_grant(user=user, role=role)
        else:
            role_revoke(user=user, role=role)


@transaction.atomic
def seed_membership_demo() -> int:
    """Create (or refresh) the demo members, applications and targets; return how many people
    were created."""
    password_hash = make_password(DEMO_PASSWORD)
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    created = 0
    for number, (active, lapsed, applying) in DEMO_MEMBERS.items():
        lhin = lhins[number]
        for index in range(1, active + lapsed + 1):
            user, new = _demo_user(
                f"member.{number}-{index}@example.org", f"Peer {number}-{index}", password_hash
            )
            created += new
            is_active = index <= active
            _demo_profile(user, number + index)
            _membership(
                user,
                lhin=lhin,
                membership_type=MembershipType.SUPPORTING
                if index % 3 == 0
                else MembershipType.FULL,
                active=is_active,
                # Spread over the past eighteen months; lapsed ones expired a month or more ago.
                days_ago=(number * 37 + index * 53) % 539 + 1 if is_active else 400 + 5 * number,
            )
        for index in range(1, applying + 1):
            user, new = _demo_user(
                f"applicant.{number}-{index}@example.org",
                f"Applicant {number}-{index}",
                password_hash,
            )
            created += new
            if not MembershipApplication.objects.filter(applicant=user).exists():
                full = index % 2 == 1
                MembershipApplication.objects.create(
                    applicant=user,
                    status=MembershipApplication.Status.SUBMITTED
                    if index == 1
                    else MembershipApplication.Status.INFO_REQUESTED,
                    membership_type=MembershipType.FULL if full else MembershipType.SUPPORTING,
                    lived_experience_attested=full,
                    lhin=lhin,
                    submitted_at=timezone.now() - timedelta(days=3 * number),
                )
    for email, values in DEMO_PROFILES.items():
        person = User.objects.filter(email__iexact=email).first()
        if person is not None:
            Profile.objects.get_or_create(person=person, defaults=values)
    year = current_year()
    for number, target in DEMO_TARGETS.items():
        LHINTarget.objects.get_or_create(lhin=lhins[number], year=year, defaults={"target": target})
    return created
