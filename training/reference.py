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
    """Create or update the core framework and its six competencies. Takes the models so a
    migration can pass its historic ones."""
    framework, _created = framework_model.objects.update_or_create(
        slug=CORE_FRAMEWORK["slug"],
        defaults={key: value for key, value in CORE_FRAMEWORK.items() if key != "slug"},
    )
    for number, name, name_fr, description, description_fr in CORE_COMPETENCIES:
        competency_model.objects.update_or_create(
            framework=framework,
            number=number,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "description": description,
                "description_fr": description_fr,
            },
        )
