# ruff: noqa: RUF001  (typographic apostrophes in the French text)
"""Demo data of the content app: the news part (called by content.demo.seed_content_demo).

Thirteen posts over the last months, in English and French, written from the sources' words
(000: the blueprint, the speakers' bureau, the annual conference, the six core competencies;
001 to 004: the implementation tools), tagged with six topics, some with LHINs, four with a
picture drawn here with Pillow (nothing downloaded). One is for members only, one is scheduled
and one is a draft, so every state shows. Idempotent: stable slugs, update_or_create; a post
keeps the picture it already has.
"""

from datetime import timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from members.models import User
from network.models import LHIN

from ..models import Access, NewsPost, NewsTopic, Status

TOPICS = {
    "network-news": ("Network news", "Nouvelles du réseau"),
    "training": ("Training", "Formation"),
    "speakers-bureau": ("Speakers' bureau", "Bureau des conférenciers"),
    "governance": ("Governance", "Gouvernance"),
    "harm-reduction": ("Harm reduction", "Réduction des méfaits"),
    "events": ("Events", "Événements"),
}

# A picture: (background, shape colours, description, description in French).
PICTURES = {
    "circle": (
        (23, 92, 112),
        [(247, 201, 72), (239, 131, 84), (255, 255, 255), (142, 202, 230), (247, 201, 72)],
        "Five coloured circles around a blue table, like peers meeting in a circle.",
        "Cinq cercles de couleur autour d’une table bleue, comme des pairs réunis en cercle.",
    ),
    "path": (
        (244, 241, 222),
        [(61, 64, 91), (129, 178, 154), (224, 122, 95)],
        "Three steps rising from left to right on a cream background.",
        "Trois marches qui montent de gauche à droite sur un fond crème.",
    ),
    "voices": (
        (88, 44, 131),
        [(255, 209, 102), (6, 214, 160), (255, 255, 255)],
        "Speech bubbles in yellow, green and white on purple.",
        "Des bulles de parole jaune, verte et blanche sur fond violet.",
    ),
    "map": (
        (222, 235, 247),
        [(8, 81, 156), (49, 130, 189), (107, 174, 214), (198, 219, 239)],
        "Overlapping blue shapes like the regions of a map of Ontario.",
        "Des formes bleues qui se chevauchent, comme les régions d’une carte de l’Ontario.",
    ),
}

# slug: (days ago (negative: to come), topics, LHIN numbers, access, status, picture,
#        title, title_fr, summary, summary_fr, body, body_fr)
POSTS = [
    (
        "welcome-to-the-network-website",
        150,
        ["network-news"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "circle",
        "Welcome to the network’s website",
        "Bienvenue sur le site Web du réseau",
        "A peer-run home for people with lived experience of substance use, their families "
        "and allies, across Ontario.",
        "Un lieu géré par des pairs pour les personnes ayant un vécu de consommation de "
        "substances, leurs familles et leurs alliés, partout en Ontario.",
        "<p>When we looked at 31 peer network websites, the best were peer run, accessible, "
        "easy to navigate, transparent and current, and they helped members talk to one "
        "another. That is what this site sets out to be.</p>"
        "<p>Here you will find news, what’s on, training, the speakers’ bureau and a library "
        "of current information. Members will also find pages and forums of their own.</p>"
        "<h2>Safety and anonymity</h2>"
        "<p>Safety and anonymity are critical for a network, because of the stigma many "
        "participants feel. You choose what you share: nothing about you is public unless you "
        "say so.</p>",
        "<p>Parmi les 31 sites de réseaux de pairs que nous avons examinés, les meilleurs "
        "étaient gérés par des pairs, accessibles, faciles à parcourir, transparents et à "
        "jour, et ils aidaient les membres à communiquer entre eux. C’est ce que ce site veut "
        "être.</p>"
        "<p>Vous y trouverez les nouvelles, les activités, la formation, le bureau des "
        "conférenciers et une bibliothèque d’information à jour. Les membres y trouveront "
        "aussi des pages et des forums bien à eux.</p>"
        "<h2>Sécurité et anonymat</h2>"
        "<p>La sécurité et l’anonymat sont essentiels pour un réseau, à cause de la "
        "stigmatisation que vivent bien des participants. Vous choisissez ce que vous "
        "partagez : rien sur vous n’est public sans votre accord.</p>",
    ),
    (
        "core-competencies-workshop-registration-open",
        120,
        ["training"],
        [7],
        Access.PUBLIC,
        Status.PUBLISHED,
        "path",
        "Core competencies workshop: registration is open",
        "Atelier sur les compétences de base : les inscriptions sont ouvertes",
        "Two days in Toronto on the six core competencies for addictions peer support work.",
        "Deux jours à Toronto sur les six compétences de base du soutien par les pairs en "
        "dépendances.",
        "<p>The Training Expert Panel named six core competencies for addictions peer support "
        "work: self-assessment, interpersonal skills, working with changes and transitions, "
        "supervision, personal development and learning, and access to current "
        "information.</p>"
        "<p>This workshop covers all six, with time for boundaries, self-care and "
        "intentional sharing. It is free for members; travel support is available.</p>",
        "<p>Le groupe d’experts sur la formation a nommé six compétences de base pour le "
        "soutien par les pairs en dépendances : l’autoévaluation, les habiletés "
        "interpersonnelles, l’accompagnement des changements et des transitions, la "
        "supervision, le développement personnel et l’apprentissage, et l’accès à "
        "l’information à jour.</p>"
        "<p>L’atelier couvre les six, avec du temps pour les limites, le soin de soi et le "
        "partage intentionnel. Il est gratuit pour les membres; une aide aux déplacements "
        "est offerte.</p>",
    ),
    (
        "speakers-bureau-welcomes-new-speakers",
        100,
        ["speakers-bureau"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "voices",
        "The speakers’ bureau welcomes new speakers",
        "Le bureau des conférenciers accueille de nouveaux conférenciers",
        "People with lived experience can now apply to speak at policy tables, in one-to-one "
        "settings and in the media.",
        "Les personnes ayant un vécu peuvent maintenant offrir de prendre la parole aux "
        "tables de politiques, en personne et dans les médias.",
        "<p>A speakers’ bureau gives people with lived experience a safe and supported way "
        "to be heard. Speakers choose what they share: nobody is entitled to your life "
        "story.</p>"
        "<p>Every speaker is prepared and debriefed by a coordinator, and requests always "
        "come through the network, never straight to a speaker.</p>",
        "<p>Un bureau des conférenciers offre aux personnes ayant un vécu une façon sûre et "
        "soutenue de se faire entendre. Les conférenciers choisissent ce qu’ils partagent : "
        "personne n’a droit à l’histoire de votre vie.</p>"
        "<p>Chaque conférencier est préparé et accompagné après coup par une coordonnatrice "
        "ou un coordonnateur, et les demandes passent toujours par le réseau, jamais "
        "directement par un conférencier.</p>",
    ),
    (
        "harm-reduction-and-peer-support",
        85,
        ["harm-reduction"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "",
        "Harm reduction and peer support: what we heard",
        "Réduction des méfaits et soutien par les pairs : ce que nous avons entendu",
        "Peers told us harm reduction belongs in every part of support, and that people who "
        "use drugs have always led it.",
        "Les pairs nous ont dit que la réduction des méfaits a sa place dans tout le soutien, "
        "et que les personnes qui consomment l’ont toujours menée.",
        "<p>Harm reduction strategies can be integrated into all parts of support. Users’ "
        "own responses are a critical part of harm reduction history, from the early "
        "responses to HIV to peer-run groups today.</p>"
        "<p>Peers meet people where they are. Not everyone identifies with “recovery”; "
        "wellness looks different for each person.</p>",
        "<p>Les stratégies de réduction des méfaits peuvent faire partie de tout le soutien. "
        "Les réponses des personnes qui consomment elles-mêmes sont au cœur de l’histoire de "
        "la réduction des méfaits, des premières réponses au VIH aux groupes gérés par des "
        "pairs aujourd’hui.</p>"
        "<p>Les pairs rejoignent les gens là où ils en sont. Tout le monde ne se reconnaît "
        "pas dans le « rétablissement »; le mieux-être prend une forme différente pour "
        "chaque personne.</p>",
    ),
    (
        "a-new-peer-circle-in-the-north-east",
        70,
        ["network-news", "events"],
        [13],
        Access.PUBLIC,
        Status.PUBLISHED,
        "map",
        "A new peer circle in the North East",
        "Un nouveau cercle de pairs dans le Nord-Est",
        "Peers in Sudbury, North Bay and Sault Ste. Marie now meet online every second Tuesday.",
        "Des pairs de Sudbury, North Bay et Sault Ste. Marie se réunissent maintenant en "
        "ligne un mardi sur deux.",
        "<p>The network aims for at least five members in every LHIN. In the North East, "
        "distances are long, so the new circle meets online, with a phone line for people "
        "without a computer.</p>"
        "<p>Families and allies are welcome at the first meeting of each month.</p>",
        "<p>Le réseau vise au moins cinq membres dans chaque RLISS. Dans le Nord-Est, les "
        "distances sont grandes : le nouveau cercle se réunit donc en ligne, avec une ligne "
        "téléphonique pour les personnes sans ordinateur.</p>"
        "<p>Les familles et les alliés sont les bienvenus à la première rencontre de chaque "
        "mois.</p>",
    ),
    (
        "what-a-successful-peer-role-looks-like",
        60,
        ["training", "network-news"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "",
        "What a successful peer role looks like",
        "À quoi ressemble un rôle de pair réussi",
        "A new tool for organizations hiring peers: sixteen signs that a peer role is set up "
        "to succeed.",
        "Un nouvel outil pour les organismes qui embauchent des pairs : seize signes qu’un "
        "rôle de pair est bien parti.",
        "<p>Organizations asked how to know a peer role is working. The implementation "
        "guides list what a successful peer role looks like: a clear role, supervision that "
        "understands peer work, and a team that values lived experience.</p>"
        "<p>The tool is in the resource library, beside the organizational readiness "
        "checklist.</p>",
        "<p>Des organismes nous ont demandé comment savoir si un rôle de pair fonctionne. "
        "Les guides de mise en œuvre décrivent un rôle de pair réussi : un rôle clair, une "
        "supervision qui comprend le travail de pair et une équipe qui valorise le "
        "vécu.</p>"
        "<p>L’outil se trouve dans la bibliothèque de ressources, à côté de la liste de "
        "vérification de l’état de préparation des organismes.</p>",
    ),
    (
        "annual-conference-save-the-date",
        45,
        ["events", "network-news"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "circle",
        "The annual conference: save the date",
        "Le congrès annuel : réservez la date",
        "Our annual conference brings peers, families and allies together from every region.",
        "Notre congrès annuel réunit des pairs, des familles et des alliés de toutes les régions.",
        "<p>An annual conference gives the network a profile and gives members a chance to "
        "meet in person. This year’s theme is peer work in every community.</p>"
        "<p>Speakers from the bureau will open each day. Details are in What’s on.</p>",
        "<p>Un congrès annuel fait connaître le réseau et permet aux membres de se "
        "rencontrer en personne. Le thème de cette année : le travail de pair dans chaque "
        "communauté.</p>"
        "<p>Des conférenciers du bureau ouvriront chaque journée. Les détails sont dans "
        "l’agenda.</p>",
    ),
    (
        "boundaries-a-discussion-guide",
        35,
        ["training"],
        [11],
        Access.PUBLIC,
        Status.PUBLISHED,
        "",
        "Boundaries in peer work: a discussion guide",
        "Les limites dans le travail de pair : un guide de discussion",
        "Fourteen everyday situations to talk through as a team: always OK, sometimes OK, or "
        "not OK?",
        "Quatorze situations de tous les jours à discuter en équipe : toujours correct, "
        "parfois correct ou pas correct?",
        "<p>Peers in Champlain tried the boundary-setting discussion document with their "
        "teams. Each behaviour, such as sharing a phone number or giving a ride, is rated "
        "always, sometimes or not OK, and the team talks about why.</p>"
        "<p>The conversation matters more than the answers.</p>",
        "<p>Des pairs de Champlain ont essayé le document de discussion sur les limites avec "
        "leurs équipes. Chaque comportement, comme donner son numéro de téléphone ou offrir "
        "un transport, est jugé toujours, parfois ou pas correct, et l’équipe discute du "
        "pourquoi.</p>"
        "<p>La conversation compte plus que les réponses.</p>",
    ),
    (
        "families-and-allies-how-to-get-involved",
        25,
        ["network-news"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "",
        "Families and allies: how to get involved",
        "Familles et alliés : comment participer",
        "Supporting membership is open to family members, allies and organizations that "
        "support peer work.",
        "L’adhésion de soutien est ouverte aux membres de la famille, aux alliés et aux "
        "organismes qui appuient le travail de pair.",
        "<p>The network welcomes a diverse membership and includes families. Supporting "
        "members have access to resources, training and forums.</p>"
        "<p>Full membership is for people with lived or living experience of substance use, "
        "who have a voice in governance.</p>",
        "<p>Le réseau accueille des membres de tous horizons, y compris les familles. Les "
        "membres de soutien ont accès aux ressources, à la formation et aux forums.</p>"
        "<p>L’adhésion à part entière est réservée aux personnes ayant un vécu passé ou "
        "actuel de consommation de substances, qui ont voix au chapitre en gouvernance.</p>",
    ),
    (
        "organizational-readiness-in-waterloo-wellington",
        15,
        ["training"],
        [3],
        Access.PUBLIC,
        Status.PUBLISHED,
        "path",
        "Getting ready for peer work in Waterloo Wellington",
        "Se préparer au travail de pair à Waterloo Wellington",
        "Three agencies used the organizational readiness checklist before hiring their "
        "first peers.",
        "Trois organismes ont utilisé la liste de vérification de l’état de préparation "
        "avant d’embaucher leurs premiers pairs.",
        "<p>The four implementation stages are engage and explore, plan and prepare, "
        "initiate and refine, and sustain and scale. The readiness checklist helps "
        "organizations see where they stand before they start.</p>",
        "<p>Les quatre étapes de mise en œuvre sont : s’engager et explorer, planifier et se "
        "préparer, lancer et ajuster, puis maintenir et étendre. La liste de vérification "
        "aide les organismes à voir où ils en sont avant de commencer.</p>",
    ),
    (
        "members-consultation-on-the-terms-of-reference",
        8,
        ["governance"],
        [],
        Access.MEMBERS,
        Status.PUBLISHED,
        "",
        "Members: have your say on the terms of reference",
        "Membres : donnez votre avis sur le mandat",
        "The draft terms of reference are open for comment by members until the end of the month.",
        "L’ébauche du mandat est ouverte aux commentaires des membres jusqu’à la fin du mois.",
        "<p>The board has a draft of the network’s terms of reference: its purpose, guiding "
        "principles and structure. Members can read it and comment on the consultation "
        "page.</p>"
        "<p>Full members vote on the final text at the annual general meeting.</p>",
        "<p>Le conseil a préparé une ébauche du mandat du réseau : sa raison d’être, ses "
        "principes directeurs et sa structure. Les membres peuvent la lire et la commenter "
        "sur la page de consultation.</p>"
        "<p>Les membres à part entière votent sur le texte final à l’assemblée générale "
        "annuelle.</p>",
    ),
    (
        "board-election-results",
        -10,
        ["governance"],
        [],
        Access.PUBLIC,
        Status.PUBLISHED,
        "",
        "Board election results",
        "Résultats de l’élection au conseil",
        "Welcome to the members elected to the board this year.",
        "Bienvenue aux membres élus au conseil cette année.",
        "<p>Full members elected four peers to the board, from four different regions.</p>",
        "<p>Les membres à part entière ont élu quatre pairs au conseil, de quatre régions "
        "différentes.</p>",
    ),
    (
        "winter-newsletter-highlights",
        None,
        ["network-news"],
        [],
        Access.PUBLIC,
        Status.DRAFT,
        "",
        "Winter newsletter highlights",
        "Faits saillants de l’infolettre d’hiver",
        "Training dates, new speakers and a word from the board.",
        "Dates de formation, nouveaux conférenciers et un mot du conseil.",
        "<p>A draft: the editors are still writing it.</p>",
        "<p>Une ébauche : l’équipe de rédaction y travaille encore.</p>",
    ),
]


def picture(name: str) -> ContentFile:
    """A simple picture of coloured shapes, drawn here: no file comes from elsewhere."""
    background, colours, _alt, _alt_fr = PICTURES[name]
    image = Image.new("RGB", (960, 540), background)
    draw = ImageDraw.Draw(image)
    if name == "circle":
        for index, colour in enumerate(colours):
            x = 180 + index * 150
            draw.ellipse((x - 60, 210, x + 60, 330), fill=colour)
    elif name == "path":
        for index, colour in enumerate(colours):
            draw.rectangle((120 + index * 240, 400 - index * 110, 360 + index * 240, 540), colour)
    elif name == "voices":
        for index, colour in enumerate(colours):
            x, y = 150 + index * 230, 120 + (index % 2) * 140
            draw.rounded_rectangle((x, y, x + 260, y + 150), radius=40, fill=colour)
            draw.polygon([(x + 60, y + 150), (x + 110, y + 150), (x + 50, y + 210)], colour)
    else:
        for index, colour in enumerate(colours):
            draw.polygon(
                [(100 + index * 160, 80), (460 + index * 120, 140), (380 + index * 140, 460)],
                colour,
            )
    output = BytesIO()
    image.save(output, format="JPEG", quality=85)
    return ContentFile(output.getvalue(), name="picture.jpg")


def seed() -> None:
    now = timezone.now()
    topics = {
        slug: NewsTopic.objects.update_or_create(slug=slug, defaults={"name": en, "name_fr": fr})[0]
        for slug, (en, fr) in TOPICS.items()
    }
    editor = User.objects.filter(email__iexact="editor@example.org").first()
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    for (
        slug,
        days_ago,
        topic_slugs,
        lhin_numbers,
        access,
        status,
        picture_name,
        title,
        title_fr,
        summary,
        summary_fr,
        body,
        body_fr,
    ) in POSTS:
        post, _created = NewsPost.objects.update_or_create(
            slug=slug,
            defaults={
                "title": title,
                "title_fr": title_fr,
                "summary": summary,
                "summary_fr": summary_fr,
                "body": body,
                "body_fr": body_fr,
                "access": access,
                "status": status,
                "published_at": None if days_ago is None else now - timedelta(days=days_ago),
                "author": editor,
            },
        )
        if picture_name and not post.image:
            _bg, _colours, alt, alt_fr = PICTURES[picture_name]
            post.image_alt, post.image_alt_fr = alt, alt_fr
            post.image.save("picture.jpg", picture(picture_name), save=False)
            post.save(update_fields=["image", "image_alt", "image_alt_fr"])
        post.topics.set([topics[name] for name in topic_slugs])
        post.lhins.set([lhins[number] for number in lhin_numbers])
