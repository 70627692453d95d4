"""Forums demo data: the threads part (called by content.forums.demo.seed_forums_demo).

Five categories (one peer-only, one for a LHIN, one for governance members), the demo moderator
granted on each, threads in English and French (one of 120 posts), content warnings, reactions
and a newcomer's first post waiting for a moderator. Idempotent: found by slug and title.
River (full.member@example.org) has not accepted the guidelines yet, so the guidelines step can
be seen; Sam Ally has.
"""

from django.db import transaction
from django.utils import timezone
from guardian.shortcuts import assign_perm

from members.models import User
from network.models import LHIN

from .. import markdown
from ..models import Category, ForumProfile, Post, Reaction, Rule, Thread

CATEGORIES = (
    {
        "slug": "general",
        "name": "General peer support",
        "name_fr": "Soutien par les pairs",
        "description": "Questions, good news and hard days: talk with peers across Ontario.",
        "description_fr": "Questions, bonnes nouvelles et jours difficiles : parlez avec des "
        "pairs de tout l'Ontario.",
        "read_rule": Rule.MEMBERS,
        "write_rule": Rule.MEMBERS,
    },
    {
        "slug": "peer-only",
        "name": "Peer-only space",
        "name_fr": "Espace entre pairs",
        "description": "For full members: people with lived and living experience only.",
        "description_fr": "Pour les membres à part entière : personnes ayant une expérience "
        "vécue seulement.",
        "read_rule": Rule.FULL_MEMBERS,
        "write_rule": Rule.FULL_MEMBERS,
    },
    {
        "slug": "toronto-central",
        "name": "Toronto Central members",
        "name_fr": "Membres de Toronto-Centre",
        "description": "Local groups, events and resources in central Toronto.",
        "description_fr": "Groupes, activités et ressources du centre de Toronto.",
        "read_rule": Rule.LHIN_MEMBERS,
        "write_rule": Rule.LHIN_MEMBERS,
        "lhin": 7,
    },
    {
        "slug": "governance",
        "name": "Governance members",
        "name_fr": "Membres de la gouvernance",
        "description": "Terms of reference, policies and meetings of the network's governance.",
        "description_fr": "Mandat, politiques et réunions de la gouvernance du réseau.",
        "read_rule": Rule.GOVERNANCE,
        "write_rule": Rule.GOVERNANCE,
    },
    {
        "slug": "families-allies",
        "name": "Families and allies",
        "name_fr": "Familles et alliés",
        "description": "For families, friends and allies of people who use substances.",
        "description_fr": "Pour les familles, les proches et les alliés des personnes qui "
        "consomment.",
        "read_rule": Rule.MEMBERS,
        "write_rule": Rule.MEMBERS,
    },
)

# (category, title, [(author email, body, content warning)], pinned)
THREADS = (
    (
        "general",
        "What helps you on hard days?",
        [
            (
                "speaker@example.org",
                "Some days are heavier than others. What helps you get "
                "through? For me it is a walk and a call to someone who *gets it*.",
                "",
            ),
            (
                "full.member@example.org",
                "I had a slip last month. Calling my peer worker the "
                "next morning instead of hiding it was the turning point.",
                "relapse",
            ),
            (
                "supporting.member@example.org",
                "Thank you both for sharing. Music, and writing things down before bed.",
                "",
            ),
        ],
        False,
    ),
    (
        "general",
        "Bonjour de Sudbury",
        [
            (
                "moderator@example.org",
                "Bonjour à toutes et à tous ! Je suis pair aidant à "
                "Sudbury. N'hésitez pas à écrire en français ici.",
                "",
            ),
            ("speaker@example.org", "Bienvenue ! Ça fait du bien de lire du français.", ""),
        ],
        False,
    ),
    (
        "peer-only",
        "Telling my story at a policy table",
        [
            (
                "speaker@example.org",
                "I was asked to speak at a regional planning table. How "
                "much do you share? Remember: **nobody is entitled to your story**.",
                "",
            ),
            (
                "full.member@example.org",
                "I prepare three things I am willing to say and stop "
                "there. Bring someone with you if you can.",
                "",
            ),
        ],
        False,
    ),
    (
        "peer-only",
        "Un an de rétablissement",
        [
            (
                "moderator@example.org",
                "Un an aujourd'hui. Les premiers mois, je consommais "
                "encore chaque soir ; je l'écris pour celles et ceux qui commencent.",
                "substance_use",
            ),
        ],
        False,
    ),
    (
        "toronto-central",
        "Peer support groups in Toronto this month",
        [
            (
                "supporting.member@example.org",
                "Does anyone know a family group that meets in the evening near Bloor?",
                "",
            ),
            (
                "full.member@example.org",
                "There is one on Tuesdays; see the [What's on]"
                "(https://example.org/events/) page for the listing.",
                "",
            ),
        ],
        False,
    ),
    (
        "governance",
        "Terms of reference: comments on the draft",
        [
            (
                "governance@example.org",
                "The draft terms of reference are in the governance "
                "documents. Please add your comments here before the next meeting.",
                "",
            ),
        ],
        True,
    ),
    (
        "families-allies",
        "Supporting my son without losing myself",
        [
            (
                "supporting.member@example.org",
                "My son is using again. I want to be there "
                "without burning out. How do other families set boundaries?",
                "substance_use",
            ),
            (
                "moderator@example.org",
                "Boundaries are care too. The family group on Thursdays talks about exactly this.",
                "",
            ),
        ],
        False,
    ),
    (
        "families-allies",
        "Deuil d'un proche",
        [
            (
                "moderator@example.org",
                "J'ai perdu mon frère l'an dernier. Si vous traversez "
                "un deuil, vous n'êtes pas seul·e ici.",
                "grief",
            ),
        ],
        False,
    ),
)

LONG_THREAD = "Welcome! Introduce yourself"
LONG_LINES = (
    "Hi everyone, glad to be here. I have been in recovery for two years.",
    "Welcome! This is a kind place. Take your time.",
    "Bonjour ! Je suis une mère et une alliée. Merci de m'accueillir.",
    "Peer worker from Thunder Bay here. Happy to share what our group does.",
    "Thanks for the welcome. Reading more than writing for now, and that is okay.",
    "Harm reduction saved my life. I am here to give back.",
    "Bienvenue à tous les nouveaux membres !",
    "First post. A bit nervous, but the guidelines made me feel safe.",
)


def _people() -> list[User]:
    named = list(
        User.objects.filter(
            email__in=[
                "full.member@example.org",
                "supporting.member@example.org",
                "speaker@example.org",
                "moderator@example.org",
            ]
        )
    )
    peers = list(User.objects.filter(email__startswith="member.7-").order_by("email")[:6])
    return named + peers


def _add(thread: Thread, author: User, body: str, warning: str = "", **fields) -> Post:
    post = Post.objects.create(
        thread=thread,
        number=thread.last_number + 1,
        author=author,
        body=body,
        body_html=markdown.render(body),
        content_warning=warning,
        **fields,
    )
    thread.last_number = post.number
    if post.status == Post.Status.VISIBLE:
        thread.post_count += 1
        thread.last_post_at = post.created_at
    return post


@transaction.atomic
def seed() -> None:
    by_email = {
        person.email: person for person in User.objects.filter(email__endswith="@example.org")
    }
    if "full.member@example.org" not in by_email:
        return  # the demo people come first (network.demo)
    categories = {}
    for order, fields in enumerate(CATEGORIES, start=1):
        fields = dict(fields)
        lhin = fields.pop("lhin", None)
        if lhin:
            fields["lhin"] = LHIN.objects.get(number=lhin)
        slug = fields.pop("slug")
        categories[slug], _created = Category.objects.update_or_create(
            slug=slug, defaults={**fields, "order": order}
        )
    moderator = by_email.get("moderator@example.org")
    if moderator:
        for category in categories.values():
            assign_perm("forums.moderate_category", moderator, category)

    for slug, title, posts, pinned in THREADS:
        category = categories[slug]
        if Thread.objects.filter(category=category, title=title).exists():
            continue
        first_author = by_email.get(posts[0][0])
        thread = Thread.objects.create(
            category=category, title=title, author=first_author, is_pinned=pinned
        )
        for email, body, warning in posts:
            _add(thread, by_email.get(email), body, warning)
        thread.save(update_fields=["last_number", "post_count", "last_post_at"])

    general = categories["general"]
    if not Thread.objects.filter(category=general, title=LONG_THREAD).exists():
        people = _people()
        thread = Thread.objects.create(
            category=general, title=LONG_THREAD, author=people[0], is_pinned=True
        )
        for index in range(120):
            _add(thread, people[index % len(people)], LONG_LINES[index % len(LONG_LINES)])
        thread.save(update_fields=["last_number", "post_count", "last_post_at"])
        kinds = Reaction.Kind.values
        for post in thread.posts.filter(number__lte=12):
            for offset, person in enumerate(people[:3]):
                if person.pk != post.author_id:
                    Reaction.objects.get_or_create(
                        post=post, person=person, kind=kinds[(post.number + offset) % len(kinds)]
                    )

    # A newcomer's first post, waiting for a moderator.
    newcomer = User.objects.filter(email="member.7-6@example.org").first() or by_email.get(
        "speaker@example.org"
    )
    held_title = "Is it okay to just read for a while?"
    if newcomer and not Thread.objects.filter(category=general, title=held_title).exists():
        thread = Thread.objects.create(
            category=general, title=held_title, author=newcomer, is_hidden=True
        )
        _add(
            thread,
            newcomer,
            "I am new and not ready to share much. Is it okay to just read for a while?",
            status=Post.Status.HELD,
        )
        thread.last_post_at = timezone.now()
        thread.save(update_fields=["last_number", "post_count", "last_post_at"])

    # Everyone who wrote is approved; all but River have accepted the guidelines.
    authors = set(Post.objects.filter(status=Post.Status.VISIBLE).values_list("author", flat=True))
    for person in by_email.values():
        if person.pk not in authors and person.email != "supporting.member@example.org":
            continue
        profile, _created = ForumProfile.objects.get_or_create(person=person)
        profile.approved_posts = max(profile.approved_posts, 1)
        if person.email != "full.member@example.org" and profile.guidelines_accepted_at is None:
            profile.guidelines_accepted_at = timezone.now()
        profile.save(update_fields=["approved_posts", "guidelines_accepted_at"])
