# ruff: noqa: RUF001  (typographic apostrophes in the French text)
"""Training demo data: the catalogue part.

The addiction-specific core knowledge and skills workshop the Training Expert Panel asked for,
with modules drawn from the topics attendees named in source 000's Table 3, each mapped to the
core competencies; and eleven more courses across formats, languages (some in French),
providers (the governance demo partners), LHINs, free and paid. One is left unpublished, so the
catalogue shows it is left out. Idempotent: stable slugs, update_or_create.
"""

from decimal import Decimal

from governance.models import Partner
from network.models import LHIN

from ..models import Audience, Competency, Course, CourseCompetency, CourseModule, Topic

CORE_WORKSHOP_SLUG = "addiction-peer-support-core-workshop"

TOPICS = {
    "boundaries": ("Boundaries", "Limites"),
    "concurrent-disorders": ("Concurrent disorders", "Troubles concomitants"),
    "self-care": ("Self-care", "Prendre soin de soi"),
    "trauma-informed": ("Trauma-informed practice", "Pratique tenant compte des traumatismes"),
    "stages-of-change": ("Stages of change", "Étapes du changement"),
    "scope-of-practice": ("Scope of practice", "Champ de pratique"),
    "harm-reduction": ("Harm reduction", "Réduction des méfaits"),
    "active-listening": ("Active listening", "Écoute active"),
    "self-disclosure": ("Self-disclosure", "Dévoilement de soi"),
    "triggers-cravings": ("Triggers and cravings", "Déclencheurs et envies"),
    "crisis": ("Crisis and safety", "Crise et sécurité"),
    "supervision": ("Supervision", "Supervision"),
    "community-resources": ("Community resources", "Ressources communautaires"),
    "governance": ("Governance and leadership", "Gouvernance et leadership"),
    "anti-oppression": (
        "Anti-oppression and cultural safety",
        "Anti-oppression et sécurité culturelle",
    ),
}

# (order, title, title_fr, summary, summary_fr, core competency numbers), from 000 Table 3.
CORE_MODULES = [
    (
        1,
        "Boundaries in peer support",
        "Les limites dans le soutien par les pairs",
        "Sponsor or peer mentor; boundaries for sharing lived experience.",
        "Parrain ou pair mentor; limites pour partager son vécu.",
        [2, 5],
    ),
    (
        2,
        "Concurrent disorders",
        "Troubles concomitants",
        "The impact of mental illness alongside substance use.",
        "Les effets de la maladie mentale avec la consommation de substances.",
        [3, 6],
    ),
    (
        3,
        "Self-care",
        "Prendre soin de soi",
        "Awareness of one’s own health and support to take care; compassion fatigue.",
        "Conscience de sa propre santé et soutien pour en prendre soin; usure de compassion.",
        [1, 5],
    ),
    (
        4,
        "Trauma-informed practice",
        "Pratique tenant compte des traumatismes",
        "Physical, emotional, mental and spiritual safety; do no harm.",
        "Sécurité physique, émotionnelle, mentale et spirituelle; ne pas nuire.",
        [2, 5],
    ),
    (
        5,
        "Stages of change and recovery",
        "Étapes du changement et du rétablissement",
        "Where a person “is at”, readiness to change, many pathways to recovery.",
        "Là où la personne en est, préparation au changement, multiples voies de rétablissement.",
        [3],
    ),
    (
        6,
        "Scope of practice and high-risk policies",
        "Champ de pratique et politiques à risque élevé",
        "Duty to report, violence and harassment, self-harm and suicide; working with supervision.",
        "Obligation de signaler, violence et harcèlement, automutilation et suicide; travailler "
        "avec la supervision.",
        [4, 5],
    ),
    (
        7,
        "Harm reduction",
        "Réduction des méfaits",
        "Supporting people wherever they are, without judgment.",
        "Soutenir les personnes là où elles en sont, sans jugement.",
        [3, 6],
    ),
    (
        8,
        "Active listening",
        "Écoute active",
        "Learning to listen and receive messages; engaging peers.",
        "Apprendre à écouter et à recevoir les messages; engager les pairs.",
        [2],
    ),
    (
        9,
        "Self-disclosure",
        "Dévoilement de soi",
        "Intentional sharing: when and how to share your story.",
        "Partage intentionnel : quand et comment partager son histoire.",
        [2, 5],
    ),
    (
        10,
        "Triggers and cravings",
        "Déclencheurs et envies",
        "How to support a peer, and yourself, through triggers and cravings.",
        "Comment soutenir un pair, et soi-même, face aux déclencheurs et aux envies.",
        [3, 5],
    ),
    (
        11,
        "Community resources",
        "Ressources communautaires",
        "Navigation and advocacy: provincial, regional and online resources.",
        "Navigation et défense des droits : ressources provinciales, régionales et en ligne.",
        [6],
    ),
]

# slug: fields; "competencies": {core number: depth}; "lhins": slugs; "provider": partner name.
COURSES = [
    {
        "slug": CORE_WORKSHOP_SLUG,
        "kind": Course.Kind.WORKSHOP,
        "title": "Addiction-specific core knowledge and skills workshop",
        "title_fr": "Atelier sur les connaissances et habiletés de base propres aux dépendances",
        "summary": "The network’s two-day core workshop for addictions peer support, built on "
        "the six core competencies.",
        "summary_fr": "L’atelier de base de deux jours du réseau pour le soutien par les pairs "
        "en dépendances, fondé sur les six compétences de base.",
        "description": "<p>Recommended by the Training Expert Panel and shaped by the topics "
        "peers named at the 2014 knowledge exchange: boundaries, concurrent disorders, "
        "self-care, trauma-informed practice, stages of change, scope of practice, harm "
        "reduction, active listening, self-disclosure, triggers and cravings.</p>",
        "description_fr": "<p>Recommandé par le comité d’experts en formation et façonné par "
        "les thèmes nommés par les pairs lors de l’échange de connaissances de 2014 : limites, "
        "troubles concomitants, prendre soin de soi, pratique tenant compte des traumatismes, "
        "étapes du changement, champ de pratique, réduction des méfaits, écoute active, "
        "dévoilement de soi, déclencheurs et envies.</p>",
        "format": Course.Format.IN_PERSON,
        "language": Course.Language.BILINGUAL,
        "duration_hours": Decimal("14"),
        "cost": Decimal("0"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": True,
        "lhins": [],
        "topics": [
            "boundaries",
            "concurrent-disorders",
            "self-care",
            "trauma-informed",
            "stages-of-change",
            "scope-of-practice",
            "harm-reduction",
            "active-listening",
            "self-disclosure",
            "triggers-cravings",
        ],
        "competencies": {1: 1, 2: 2, 3: 2, 4: 1, 5: 2, 6: 1},
    },
    {
        "slug": "intentional-sharing",
        "title": "Intentional sharing of lived experience",
        "title_fr": "Partager son vécu de façon intentionnelle",
        "summary": "When, why and how much of your story to share with a peer.",
        "summary_fr": "Quand, pourquoi et combien de son histoire partager avec un pair.",
        "description": "<p>Practice intentional sharing and self-disclosure in role plays, "
        "with feedback from experienced peer workers.</p>",
        "description_fr": "<p>Pratique du partage intentionnel et du dévoilement de soi par "
        "des jeux de rôle, avec la rétroaction de pairs d’expérience.</p>",
        "format": Course.Format.ONLINE_LIVE,
        "language": Course.Language.ENGLISH,
        "duration_hours": Decimal("3"),
        "cost": Decimal("0"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": True,
        "provider": "Ontario Mental Health Peer Network (demo)",
        "topics": ["self-disclosure", "active-listening"],
        "competencies": {2: 3},
    },
    {
        "slug": "limites-et-autosoins",
        "title": "Boundaries and self-care for peer workers",
        "title_fr": "Limites et soins personnels pour les pairs aidants",
        "summary": "Compassion fatigue, boundaries and personal safety (in French).",
        "summary_fr": "Usure de compassion, limites et sécurité personnelle.",
        "description": "<p>A workshop in French on boundaries and self-care.</p>",
        "description_fr": "<p>Un atelier en français sur les limites, l’usure de compassion et "
        "la sécurité personnelle des pairs aidants.</p>",
        "format": Course.Format.IN_PERSON,
        "language": Course.Language.FRENCH,
        "duration_hours": Decimal("6"),
        "cost": Decimal("45"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": False,
        "lhins": ["champlain", "north-east"],
        "topics": ["boundaries", "self-care"],
        "competencies": {5: 3, 1: 1},
    },
    {
        "slug": "harm-reduction-foundations",
        "title": "Harm reduction foundations",
        "title_fr": "Fondements de la réduction des méfaits",
        "summary": "Principles and practice of harm reduction in peer work.",
        "summary_fr": "Principes et pratique de la réduction des méfaits dans le travail de pair.",
        "description": "<p>Naloxone, safer use and meeting people where they are.</p>",
        "description_fr": "<p>Naloxone, consommation plus sécuritaire et rejoindre les "
        "personnes là où elles en sont.</p>",
        "format": Course.Format.SELF_PACED,
        "language": Course.Language.BILINGUAL,
        "duration_hours": Decimal("4"),
        "cost": Decimal("0"),
        "audiences": [Audience.PEER_WORKERS, Audience.ORGANIZATIONS],
        "addiction_specific": True,
        "provider": "HIV Peer Network of Ontario (demo)",
        "topics": ["harm-reduction"],
        "competencies": {3: 2, 6: 2},
    },
    {
        "slug": "working-with-supervision",
        "title": "Getting the most from supervision",
        "title_fr": "Tirer le meilleur parti de la supervision",
        "summary": "Working with an organization’s supervision and a sponsoring agency’s "
        "evaluations.",
        "summary_fr": "Travailler avec la supervision d’un organisme et les évaluations d’un "
        "organisme parrain.",
        "description": "<p>For peer workers and their supervisors together.</p>",
        "description_fr": "<p>Pour les pairs aidants et leurs superviseurs ensemble.</p>",
        "format": Course.Format.HYBRID,
        "language": Course.Language.ENGLISH,
        "duration_hours": Decimal("2.5"),
        "cost": Decimal("25"),
        "audiences": [Audience.PEER_WORKERS, Audience.SUPERVISORS],
        "addiction_specific": False,
        "lhins": ["toronto-central"],
        "topics": ["supervision", "scope-of-practice"],
        "competencies": {4: 3, 1: 2},
    },
    {
        "slug": "supervising-peer-workers",
        "title": "Supervising peer workers",
        "title_fr": "Superviser des pairs aidants",
        "summary": "For supervisors and organizations that employ peer workers.",
        "summary_fr": "Pour les superviseurs et les organismes qui emploient des pairs aidants.",
        "description": "<p>Peer values, role clarity and supportive supervision.</p>",
        "description_fr": "<p>Valeurs des pairs, clarté des rôles et supervision de soutien.</p>",
        "format": Course.Format.ONLINE_LIVE,
        "language": Course.Language.ENGLISH,
        "duration_hours": Decimal("6"),
        "cost": Decimal("150"),
        "audiences": [Audience.SUPERVISORS, Audience.ORGANIZATIONS],
        "addiction_specific": False,
        "provider": "Canadian Peer Support Alliance (demo)",
        "topics": ["supervision"],
        "competencies": {4: 2},
    },
    {
        "slug": "navigating-resources-north",
        "title": "Navigating resources in the North",
        "title_fr": "S’orienter parmi les ressources du Nord",
        "summary": "Regional services, crisis lines and online tools for Northern Ontario.",
        "summary_fr": "Services régionaux, lignes de crise et outils en ligne pour le Nord de "
        "l’Ontario.",
        "description": "<p>Build your own tool kit of current resources.</p>",
        "description_fr": "<p>Constituez votre propre trousse de ressources à jour.</p>",
        "format": Course.Format.IN_PERSON,
        "language": Course.Language.BILINGUAL,
        "duration_hours": Decimal("3"),
        "cost": Decimal("0"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": True,
        "provider": "Northern Wellness Coalition (demo)",
        "lhins": ["north-east", "north-west"],
        "topics": ["community-resources"],
        "competencies": {6: 3},
    },
    {
        "slug": "transitions-accompagnement",
        "title": "Supporting transitions",
        "title_fr": "Accompagner les transitions",
        "summary": "Supporting peers through discharge, housing and life changes (in French).",
        "summary_fr": "Accompagner les pairs lors des congés, des changements de logement et "
        "des transitions de vie.",
        "description": "<p>A French-language course on transitions.</p>",
        "description_fr": "<p>Un cours en français sur l’accompagnement des personnes pendant "
        "les transitions et les changements.</p>",
        "format": Course.Format.ONLINE_LIVE,
        "language": Course.Language.FRENCH,
        "duration_hours": Decimal("4"),
        "cost": Decimal("0"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": True,
        "topics": ["stages-of-change"],
        "competencies": {3: 3},
    },
    {
        "slug": "nonviolent-crisis-intervention",
        "title": "Nonviolent crisis intervention",
        "title_fr": "Intervention non violente en situation de crise",
        "summary": "Recognizing and de-escalating a crisis, keeping everyone safe.",
        "summary_fr": "Reconnaître et désamorcer une crise en gardant tout le monde en sécurité.",
        "description": "<p>Certified training in crisis prevention and de-escalation.</p>",
        "description_fr": "<p>Formation certifiée en prévention et en désamorçage de crise.</p>",
        "format": Course.Format.IN_PERSON,
        "language": Course.Language.ENGLISH,
        "duration_hours": Decimal("7"),
        "cost": Decimal("220"),
        "audiences": [Audience.PEER_WORKERS, Audience.SUPERVISORS],
        "addiction_specific": False,
        "provider_name": "Crisis Prevention Training Ontario (demo)",
        "lhins": ["toronto-central", "hamilton-niagara-haldimand-brant"],
        "topics": ["crisis"],
        "competencies": {5: 2},
    },
    {
        "slug": "governance-for-peer-volunteers",
        "title": "Governance for peer volunteers",
        "title_fr": "La gouvernance pour les pairs bénévoles",
        "summary": "Boards, committees and having your voice heard at system tables.",
        "summary_fr": "Conseils, comités et faire entendre sa voix aux tables du système.",
        "description": "<p>Leadership and governance training for members who stand for "
        "governance roles.</p>",
        "description_fr": "<p>Formation en leadership et en gouvernance pour les membres qui "
        "se présentent à des rôles de gouvernance.</p>",
        "format": Course.Format.SELF_PACED,
        "language": Course.Language.BILINGUAL,
        "duration_hours": Decimal("2"),
        "cost": Decimal("0"),
        "audiences": [Audience.GOVERNANCE],
        "addiction_specific": False,
        "provider": "Faces and Voices of Recovery",
        "topics": ["governance"],
        "competencies": {6: 1, 2: 1},
    },
    {
        "slug": "annual-self-assessment-walkthrough",
        "title": "Your annual self-assessment, step by step",
        "title_fr": "Votre auto-évaluation annuelle, étape par étape",
        "summary": "Use the six competencies to find your own areas for development.",
        "summary_fr": "Utiliser les six compétences pour cerner vos besoins de perfectionnement.",
        "description": "<p>A short guided session on rating yourself honestly and building a "
        "learning plan.</p>",
        "description_fr": "<p>Une courte séance guidée pour vous évaluer honnêtement et bâtir "
        "un plan d’apprentissage.</p>",
        "format": Course.Format.SELF_PACED,
        "language": Course.Language.BILINGUAL,
        "duration_hours": Decimal("1"),
        "cost": Decimal("0"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": False,
        "topics": ["self-care"],
        "competencies": {1: 3},
    },
    {
        "slug": "anti-oppression-in-peer-work",
        "title": "Anti-oppression in peer work (draft)",
        "title_fr": "L’anti-oppression dans le travail de pair (ébauche)",
        "summary": "Still being written: not in the catalogue yet.",
        "summary_fr": "En cours de rédaction : pas encore au catalogue.",
        "description": "<p>Bias awareness, inclusivity and cultural safety.</p>",
        "description_fr": "<p>Conscience des préjugés, inclusion et sécurité culturelle.</p>",
        "format": Course.Format.HYBRID,
        "language": Course.Language.ENGLISH,
        "duration_hours": Decimal("3"),
        "cost": Decimal("30"),
        "audiences": [Audience.PEER_WORKERS],
        "addiction_specific": False,
        "lhins": ["south-west"],
        "topics": ["anti-oppression"],
        "competencies": {2: 1},
        "is_published": False,
    },
]


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    topics = {}
    for slug, (name, name_fr) in TOPICS.items():
        topics[slug], _created = Topic.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_fr": name_fr}
        )
    core = {c.number: c for c in Competency.objects.filter(framework__slug="core")}
    lhins = {lhin.slug: lhin for lhin in LHIN.objects.all()}
    partners = {p.name: p for p in Partner.objects.all()}
    for data in COURSES:
        data = dict(data)
        slug = data.pop("slug")
        links = data.pop("competencies")
        course_lhins = data.pop("lhins", [])
        course_topics = data.pop("topics", [])
        provider = data.pop("provider", None)
        data["provider"] = partners.get(provider) if provider else None
        data.setdefault("kind", Course.Kind.COURSE)
        data.setdefault("provider_name", "")
        data.setdefault("is_published", True)
        course, _created = Course.objects.update_or_create(slug=slug, defaults=data)
        course.lhins.set([lhins[s] for s in course_lhins])
        course.topics.set([topics[s] for s in course_topics])
        for number, depth in links.items():
            CourseCompetency.objects.update_or_create(
                course=course, competency=core[number], defaults={"depth": depth}
            )
    workshop = Course.objects.get(slug=CORE_WORKSHOP_SLUG)
    for order, title, title_fr, summary, summary_fr, numbers in CORE_MODULES:
        module, _created = CourseModule.objects.update_or_create(
            course=workshop,
            order=order,
            defaults={
                "title": title,
                "title_fr": title_fr,
                "summary": summary,
                "summary_fr": summary_fr,
            },
        )
        module.competencies.set([core[n] for n in numbers])
