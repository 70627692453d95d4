# ruff: noqa: RUF001  (typographic apostrophes: the text is shown to people, in French and English)
"""Reference data: the six core competencies for addictions peer support work.

Identified by the Training Expert Panel (source 000; DOMAIN.md, "The six core competencies"),
which recommends organizing all training by them. Loaded by training's migration 0002; the
names are the panel's own.
"""

CORE_FRAMEWORK = {
    "slug": "core",
    "name": "Core competencies for peer support work in addictions",
    "name_fr": "Compétences de base pour le soutien par les pairs en dépendances",
    "source": "Training Expert Panel, Ontario addictions peer support knowledge exchange (2014)",
}

# (number, name, name_fr, description, description_fr)
CORE_COMPETENCIES = [
    (
        1,
        "Self-Assessment/Self-Evaluation",
        "Auto-évaluation",
        "Complete a self-assessment and/or annual self-evaluation using the competencies, to "
        "identify areas for training and development.",
        "Remplir une auto-évaluation ou une évaluation annuelle de soi, ou les deux, à l’aide "
        "des compétences, afin de cerner les besoins de formation et de perfectionnement.",
    ),
    (
        2,
        "Interpersonal skills",
        "Habiletés interpersonnelles",
        "Intentional listening, engaging peers, intentional sharing, encouraging others to take "
        "the next steps.",
        "Écoute intentionnelle, engagement des pairs, partage intentionnel, encouragement des "
        "autres à franchir les prochaines étapes.",
    ),
    (
        3,
        "Working with changes and transitions",
        "Accompagner les changements et les transitions",
        "Supporting transitions and supporting people to overcome them.",
        "Soutenir les transitions et aider les personnes à les surmonter.",
    ),
    (
        4,
        "Supervision",
        "Supervision",
        "Working with supervision provided by an organization and/or evaluations by a "
        "sponsoring agency.",
        "Travailler avec la supervision offerte par un organisme ou les évaluations d’un "
        "organisme parrain, ou les deux.",
    ),
    (
        5,
        "Personal Development and Learning",
        "Développement personnel et apprentissage",
        "Skills for personal development, including compassion fatigue, boundary training, "
        "confidentiality, role definition, objectivity, personal safety, nonviolent crisis "
        "intervention.",
        "Habiletés de développement personnel, notamment l’usure de compassion, la formation "
        "sur les limites, la confidentialité, la définition du rôle, l’objectivité, la sécurité "
        "personnelle et l’intervention non violente en situation de crise.",
    ),
    (
        6,
        "Access to information tool kit with current information",
        "Trousse d’accès à l’information à jour",
        "Accessing and using provincial, regional and online resources.",
        "Trouver et utiliser les ressources provinciales, régionales et en ligne.",
    ),
]


def load_core_competencies(framework_model, competency_model) -> None:
    """Create or update the core framework and its six competencies (migration 0002, before
    the scale existed). Takes the models so a migration can pass its historic ones."""
    _load_framework(framework_model, competency_model, None, CORE_FRAMEWORK, CORE_COMPETENCIES, [])


# The core framework's rating scale. A person reads what each level looks like in peer work and
# picks the one that fits; the numbers only order them. Four levels with no middle, so nobody
# settles on "average" (the self-assessment's purpose is to find areas for development).
# (value, label, label_fr, descriptor, descriptor_fr)
CORE_SCALE = [
    (
        1,
        "Not yet",
        "Pas encore",
        "I have not yet had the chance to learn or practise this in my peer work, or I am not "
        "sure what it looks like.",
        "Je n’ai pas encore eu l’occasion d’apprendre ou de pratiquer cela dans mon travail de "
        "pair, ou je ne sais pas bien à quoi cela ressemble.",
    ),
    (
        2,
        "Beginning",
        "En apprentissage",
        "I know what it involves and have tried it with support, for example with a supervisor "
        "or an experienced peer beside me.",
        "Je sais ce que cela demande et je l’ai essayé avec du soutien, par exemple avec une "
        "personne superviseure ou un pair d’expérience à mes côtés.",
    ),
    (
        3,
        "Developing",
        "En développement",
        "I do it in my day-to-day peer work, and still look for feedback or support in harder "
        "situations.",
        "Je le fais dans mon travail de pair au quotidien et je cherche encore de la rétroaction "
        "ou du soutien dans les situations plus difficiles.",
    ),
    (
        4,
        "Confident",
        "À l’aise",
        "I do it well in most situations, including hard ones, and could help another peer "
        "learn it.",
        "Je le fais bien dans la plupart des situations, y compris les plus difficiles, et je "
        "pourrais aider un autre pair à l’apprendre.",
    ),
]

# A second framework, to show frameworks are data: Peer Support Canada's competencies for
# certified peer workers, as listed in source 004 ("What makes a peer worker?"). The names are
# PSC's; the one-line descriptions are ours (PSC's full text is on its website).
PSC_FRAMEWORK = {
    "slug": "peer-support-canada",
    "name": "Peer Support Canada competencies",
    "name_fr": "Compétences de Peer Support Canada",
    "source": "Peer Support Canada, listed in source 004 (http://peersupportcanada.ca/)",
}

PSC_COMPETENCIES = [
    (
        1,
        "Hope",
        "Espoir",
        "Conveys that recovery and wellness are possible, through their own story and attitude.",
        "Transmet que le rétablissement et le mieux-être sont possibles, par son propre "
        "parcours et son attitude.",
    ),
    (
        2,
        "Demeanor",
        "Comportement",
        "Is respectful, warm and non-judgmental with the people they support.",
        "Fait preuve de respect, de chaleur et d’absence de jugement envers les personnes "
        "soutenues.",
    ),
    (
        3,
        "Interpersonal Relations",
        "Relations interpersonnelles",
        "Builds mutual, trusting relationships with clear boundaries.",
        "Établit des relations mutuelles et de confiance, avec des limites claires.",
    ),
    (
        4,
        "Communication",
        "Communication",
        "Listens actively and shares lived experience with intention.",
        "Écoute activement et partage son vécu de façon intentionnelle.",
    ),
    (
        5,
        "Self-Management & Resiliency",
        "Autogestion et résilience",
        "Looks after their own wellness and recovers from setbacks.",
        "Prend soin de son propre mieux-être et se remet des revers.",
    ),
    (
        6,
        "Flexibility & Adaptability",
        "Souplesse et adaptabilité",
        "Adapts to each person, setting and change.",
        "S’adapte à chaque personne, à chaque milieu et aux changements.",
    ),
    (
        7,
        "Self-Awareness & Confidence",
        "Conscience de soi et confiance",
        "Knows their strengths, limits and biases, and acts with confidence.",
        "Connaît ses forces, ses limites et ses préjugés, et agit avec confiance.",
    ),
    (
        8,
        "Initiative & Commitment",
        "Initiative et engagement",
        "Takes the initiative and follows through on commitments.",
        "Prend des initiatives et respecte ses engagements.",
    ),
    (
        9,
        "Critical Thinking",
        "Pensée critique",
        "Weighs situations and options before acting, including in a crisis.",
        "Évalue les situations et les options avant d’agir, y compris en situation de crise.",
    ),
    (
        10,
        "Teamwork",
        "Travail d’équipe",
        "Works with colleagues, supervisors and other services.",
        "Travaille avec ses collègues, ses superviseurs et les autres services.",
    ),
    (
        11,
        "Continuous Learning & Development",
        "Apprentissage et perfectionnement continus",
        "Keeps learning and seeks out training and feedback.",
        "Continue d’apprendre et recherche la formation et la rétroaction.",
    ),
]

PSC_SCALE = [
    (
        1,
        "Emerging",
        "Émergente",
        "I am learning what this competency asks of a peer supporter.",
        "J’apprends ce que cette compétence demande à une personne qui offre du soutien par "
        "les pairs.",
    ),
    (
        2,
        "Demonstrated",
        "Démontrée",
        "I show it consistently in my peer support work.",
        "Je la démontre de façon constante dans mon travail de soutien par les pairs.",
    ),
    (
        3,
        "Mentoring",
        "Mentorat",
        "I show it in complex situations and help other peers develop it.",
        "Je la démontre dans des situations complexes et j’aide d’autres pairs à la développer.",
    ),
]


def _load_framework(
    framework_model, competency_model, level_model, framework: dict, competencies, levels
) -> None:
    instance, _created = framework_model.objects.update_or_create(
        slug=framework["slug"],
        defaults={key: value for key, value in framework.items() if key != "slug"},
    )
    for number, name, name_fr, description, description_fr in competencies:
        competency_model.objects.update_or_create(
            framework=instance,
            number=number,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "description": description,
                "description_fr": description_fr,
            },
        )
    for value, label, label_fr, descriptor, descriptor_fr in levels or ():
        level_model.objects.update_or_create(
            framework=instance,
            value=value,
            defaults={
                "label": label,
                "label_fr": label_fr,
                "descriptor": descriptor,
                "descriptor_fr": descriptor_fr,
            },
        )


def load_frameworks(framework_model, competency_model, level_model) -> None:
    """Create or update every framework, its competencies and its scale: the core one (with
    its six) and Peer Support Canada's. Takes the models so a migration can pass its historic
    ones; nothing else assumes how many frameworks or competencies there are."""
    _load_framework(
        framework_model,
        competency_model,
        level_model,
        CORE_FRAMEWORK,
        CORE_COMPETENCIES,
        CORE_SCALE,
    )
    _load_framework(
        framework_model,
        competency_model,
        level_model,
        PSC_FRAMEWORK,
        PSC_COMPETENCIES,
        PSC_SCALE,
    )
