"""Demo data of the content app: the pages part (called by content.demo.seed_content_demo).

The tree the source report found on almost every peer network's site (000, "Peer Networks'
Websites"): who we are and our purpose, guiding principles and structure, staffing, position
statements, how to get involved, projects, publications and FAQs; written from the Network
Blueprint's words. Also a members-only handbook with a page under it (members-only by
inheritance, though set public), a full-members-only page, a draft and a scheduled page, and the
three statements (`content.statements`) if they are missing.

Idempotent: a second run changes nothing that is already as written here (so it records no new
revision); the scheduled page keeps its date while it is still to come.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from members.models import User
from network.richtext import sanitize_html

from ..models import Access, Page, PageRevision, Status
from ..services.pages import page_save
from ..statements import load_statement_pages

DEMO_EDITOR = "editor@example.org"

# (parent slug or None, slug, fields). Parents come before their children.
PAGES: tuple[tuple[str | None, str, dict], ...] = (
    (
        None,
        "who-we-are",
        {
            "order": 0,
            "title": "Who we are and our purpose",
            "title_fr": "Qui nous sommes et notre raison d'être",
            "summary": (
                "A peer-run network of people with lived experience of substance use, their "
                "families and allies, in every LHIN of Ontario."
            ),
            "summary_fr": (
                "Un réseau dirigé par des pairs, formé de personnes ayant une expérience vécue de "
                "la consommation de substances, de leurs familles et de leurs alliés, dans chaque "
                "RLISS de l'Ontario."
            ),
            "body": """
<p>The Ontario Peer Support Network brings together people with lived and living experience of
substance use, their families and allies, and the organizations that support peer work.</p>
<h2>Our purpose</h2>
<p>We have two reasons to exist. First, to coordinate, support and enable people with lived
experience to lead in system planning and in peer support. Second, to be an effective voice for
people with lived experience at the tables where services and policies are planned.</p>
<h2>What we do</h2>
<ul>
<li>Training organized by the six core competencies of addictions peer support work.</li>
<li>Access to information: a tool kit of current provincial, regional and online resources.</li>
<li>Support for peers, and a way for members to talk with one another.</li>
<li>A speakers' bureau of people trained to share their experience and expertise.</li>
<li>An annual gathering that gives the network its profile.</li>
</ul>
<h2>Safety and anonymity</h2>
<p>Many of us face stigma. Safety and anonymity come first: members choose a display name, share
their story only if they want to, and decide who sees each part of their profile.</p>
""",
            "body_fr": """
<p>Le Réseau ontarien de soutien par les pairs réunit des personnes ayant une expérience vécue
ou actuelle de la consommation de substances, leurs familles et leurs alliés, ainsi que les
organismes qui soutiennent le travail des pairs.</p>
<h2>Notre raison d'être</h2>
<p>Nous existons pour deux raisons. D'abord, coordonner, soutenir et habiliter les personnes
ayant une expérience vécue afin qu'elles exercent un leadership dans la planification du système
et le soutien par les pairs. Ensuite, porter efficacement la voix des personnes ayant une
expérience vécue aux tables où se planifient les services et les politiques.</p>
<h2>Ce que nous faisons</h2>
<ul>
<li>De la formation organisée selon les six compétences de base du travail de soutien par les
pairs en dépendances.</li>
<li>L'accès à l'information : une trousse de ressources provinciales, régionales et en ligne à
jour.</li>
<li>Du soutien pour les pairs, et un moyen pour les membres de se parler.</li>
<li>Un bureau des conférenciers formés pour partager leur expérience et leur expertise.</li>
<li>Un rassemblement annuel qui fait connaître le réseau.</li>
</ul>
<h2>Sécurité et anonymat</h2>
<p>Beaucoup d'entre nous font face à la stigmatisation. La sécurité et l'anonymat passent en
premier : les membres choisissent un nom affiché, racontent leur histoire seulement s'ils le
veulent et décident qui voit chaque partie de leur profil.</p>
""",
        },
    ),
    (
        "who-we-are",
        "guiding-principles",
        {
            "order": 0,
            "title": "Guiding principles and structure",
            "title_fr": "Principes directeurs et structure",
            "summary": (
                "Governance, training and communication: the three principles the network is built"
                " on, and a structure that is not top-down."
            ),
            "summary_fr": (
                "Gouvernance, formation et communication : les trois principes sur lesquels repose"
                " le réseau, et une structure qui ne vient pas d'en haut."
            ),
            "body": """
<p>Three principles, identified by the steering committee, guide how the network is built:</p>
<ol>
<li><strong>Governance</strong>: a well-defined governance structure creates a shared sense of
purpose.</li>
<li><strong>Training</strong>: appropriate training for governance volunteers and for everyone
engaged in peer support work.</li>
<li><strong>Communication</strong>: a way for people in peer support, and the existing peer
support networks, to talk with one another.</li>
</ol>
<h2>How we govern</h2>
<ul>
<li>Clear boundaries between those receiving services and those providing governance.</li>
<li>Inclusive: open to everyone who wishes to lead.</li>
<li>Advocacy on addictions and policy.</li>
<li>Collaboration with the other networks of the province.</li>
<li>Accountability to our members and partners.</li>
</ul>
<h2>Our structure</h2>
<p>Imposing a structure on grassroots groups does not work, so the network is not top-down. Full
members, people with lived or living experience, have a voice in governance and may stand for
its roles. LHIN coordinators welcome members in each of the 14 LHINs, with a target of at least
five members in each.</p>
""",
            "body_fr": """
<p>Trois principes, définis par le comité directeur, guident la construction du réseau :</p>
<ol>
<li><strong>La gouvernance</strong> : une structure de gouvernance bien définie crée un
sentiment commun de raison d'être.</li>
<li><strong>La formation</strong> : une formation adaptée pour les bénévoles de la gouvernance
et pour toutes les personnes engagées dans le soutien par les pairs.</li>
<li><strong>La communication</strong> : un moyen pour les personnes engagées dans le soutien par
les pairs, et pour les réseaux existants, de se parler.</li>
</ol>
<h2>Notre gouvernance</h2>
<ul>
<li>Des limites claires entre les personnes qui reçoivent des services et celles qui assurent la
gouvernance.</li>
<li>Inclusive : ouverte à toutes les personnes qui souhaitent exercer un leadership.</li>
<li>La défense des droits en matière de dépendances et de politiques.</li>
<li>La collaboration avec les autres réseaux de la province.</li>
<li>La responsabilité envers nos membres et nos partenaires.</li>
</ul>
<h2>Notre structure</h2>
<p>Imposer une structure aux groupes de la base ne fonctionne pas : le réseau ne vient donc pas
d'en haut. Les membres à part entière, personnes ayant une expérience vécue ou actuelle, ont
voix au chapitre dans la gouvernance et peuvent en occuper les rôles. Dans chacun des 14 RLISS,
des coordonnatrices et coordonnateurs accueillent les membres, avec une cible d'au moins cinq
membres par RLISS.</p>
""",
        },
    ),
    (
        "who-we-are",
        "staffing",
        {
            "order": 1,
            "title": "Staffing",
            "title_fr": "Notre équipe",
            "summary": (
                "Who keeps the network running: LHIN coordinators, content editors and volunteers,"
                " most of them peers."
            ),
            "summary_fr": (
                "Les personnes qui font vivre le réseau : coordonnateurs des RLISS, responsables "
                "du contenu et bénévoles, pour la plupart des pairs."
            ),
            "body": """
<p>The network is peer run. Most of the people who keep it going have lived experience
themselves.</p>
<h2>LHIN coordinators</h2>
<p>Each LHIN has a coordinator, staff or volunteer, who reviews membership applications,
welcomes new members, keeps track of engagement in the region and matches speakers with
requests.</p>
<h2>Content editors</h2>
<p>Editors keep the site current: the pages, news, events and the resource library. Every
resource is reviewed at least once a year.</p>
<h2>Moderators</h2>
<p>Moderators look after the members' forums and respond to people in distress.</p>
<h2>Volunteers</h2>
<p>Members sit on governance bodies, review speakers' bureau applications and help at events.
Volunteers are offered honoraria and their expenses are covered.</p>
""",
            "body_fr": """
<p>Le réseau est dirigé par des pairs. La plupart des personnes qui le font vivre ont
elles-mêmes une expérience vécue.</p>
<h2>Coordonnatrices et coordonnateurs des RLISS</h2>
<p>Chaque RLISS a une coordonnatrice ou un coordonnateur, salarié ou bénévole, qui examine les
demandes d'adhésion, accueille les nouveaux membres, suit la participation dans la région et
jumelle les conférenciers aux demandes.</p>
<h2>Responsables du contenu</h2>
<p>Les responsables du contenu tiennent le site à jour : les pages, les nouvelles, les
événements et la bibliothèque de ressources. Chaque ressource est revue au moins une fois par
année.</p>
<h2>Modératrices et modérateurs</h2>
<p>Les modératrices et modérateurs veillent sur les forums des membres et répondent aux
personnes en détresse.</p>
<h2>Bénévoles</h2>
<p>Des membres siègent aux instances de gouvernance, examinent les demandes au bureau des
conférenciers et aident lors des événements. Des honoraires sont offerts aux bénévoles et leurs
dépenses sont remboursées.</p>
""",
        },
    ),
    (
        "who-we-are",
        "position-statements",
        {
            "order": 2,
            "title": "Position statements",
            "title_fr": "Prises de position",
            "summary": (
                "Where the network stands: lived experience at every table, many paths of recovery"
                " and wellness, and an end to stigma."
            ),
            "summary_fr": (
                "La position du réseau : l'expérience vécue à chaque table, de multiples parcours "
                "de rétablissement et de mieux-être, et la fin de la stigmatisation."
            ),
            "body": """
<h2>Lived experience at every table</h2>
<p>People with lived experience of substance use, and their families, are essential partners in
designing systems, making policy and providing services. Engagement must never be tokenism.</p>
<h2>Many paths</h2>
<p>There are many paths of recovery and wellness, and harm reduction is one of them. Not
everyone identifies with the word “recovery”; peers support people wherever they are, without
judgment.</p>
<h2>Ending stigma</h2>
<p>We use people-first language: a person who uses drugs, never “addict” or “abuser”. Requiring
a set time in recovery before someone may take part is a form of structural stigma, and we do
not do it.</p>
<h2>Peer work is work</h2>
<p>Peer roles need a clear scope of practice, supervision, training and fair pay. Volunteers are
offered honoraria and their expenses are covered.</p>
""",
            "body_fr": """
<h2>L'expérience vécue à chaque table</h2>
<p>Les personnes ayant une expérience vécue de la consommation de substances, et leurs familles,
sont des partenaires essentiels dans la conception des systèmes, l'élaboration des politiques et
la prestation des services. Leur participation ne doit jamais être symbolique.</p>
<h2>De multiples parcours</h2>
<p>Il existe de multiples parcours de rétablissement et de mieux-être, et la réduction des
méfaits en fait partie. Tout le monde ne se reconnaît pas dans le mot « rétablissement »; les
pairs soutiennent les personnes là où elles en sont, sans jugement.</p>
<h2>Mettre fin à la stigmatisation</h2>
<p>Nous employons un langage axé sur la personne : une personne qui consomme des drogues, jamais
« toxicomane » ni « drogué ». Exiger une durée de rétablissement avant de pouvoir participer est
une forme de stigmatisation structurelle, et nous ne le faisons pas.</p>
<h2>Le travail de pair est un travail</h2>
<p>Les rôles de pairs exigent un champ de pratique clair, de la supervision, de la formation et
une juste rémunération. Des honoraires sont offerts aux bénévoles et leurs dépenses sont
remboursées.</p>
""",
        },
    ),
    (
        None,
        "get-involved",
        {
            "order": 1,
            "title": "How to get involved",
            "title_fr": "Comment participer",
            "summary": (
                "Join as a full or supporting member, take training, speak with the bureau, or "
                "volunteer in your LHIN."
            ),
            "summary_fr": (
                "Devenez membre à part entière ou membre de soutien, suivez une formation, prenez "
                "la parole avec le bureau ou faites du bénévolat dans votre RLISS."
            ),
            "body": """
<h2>Become a member</h2>
<ul>
<li><strong>Full members</strong> are people with lived or living experience of substance use.
You say so yourself: no proof and no story are asked. Full members may vote and stand for
governance roles.</li>
<li><strong>Supporting members</strong> are family members, allies, professionals and
organizations that support peer work. They take part in training, resources and forums, without
a vote.</li>
</ul>
<p>Every member belongs to one LHIN. A coordinator of your LHIN reviews your application, and
membership is renewed every year.</p>
<h2>Other ways to take part</h2>
<ul>
<li>Take training organized by the six core competencies, and assess yourself against them.</li>
<li>Apply to the speakers' bureau and share your experience at policy tables, one to one or in
the media.</li>
<li>Volunteer on a governance body, at an event or as a technology mentor.</li>
<li>Tell us what the network should do better: every suggestion and complaint is read.</li>
</ul>
""",
            "body_fr": """
<h2>Devenir membre</h2>
<ul>
<li>Les <strong>membres à part entière</strong> sont des personnes ayant une expérience vécue ou
actuelle de la consommation de substances. Vous le déclarez vous-même : aucune preuve ni aucun
récit n'est demandé. Les membres à part entière peuvent voter et occuper des rôles de
gouvernance.</li>
<li>Les <strong>membres de soutien</strong> sont des membres de la famille, des alliés, des
professionnels et des organismes qui soutiennent le travail des pairs. Ils participent aux
formations, aux ressources et aux forums, sans droit de vote.</li>
</ul>
<p>Chaque membre appartient à un RLISS. Une coordonnatrice ou un coordonnateur de votre RLISS
examine votre demande, et l'adhésion se renouvelle chaque année.</p>
<h2>D'autres façons de participer</h2>
<ul>
<li>Suivre des formations organisées selon les six compétences de base, et vous autoévaluer.</li>
<li>Présenter une demande au bureau des conférenciers et partager votre expérience aux tables de
politiques, en personne ou dans les médias.</li>
<li>Faire du bénévolat dans une instance de gouvernance, lors d'un événement ou comme mentor en
technologie.</li>
<li>Nous dire ce que le réseau devrait améliorer : chaque suggestion et chaque plainte est
lue.</li>
</ul>
""",
        },
    ),
    (
        None,
        "projects",
        {
            "order": 2,
            "title": "Projects",
            "title_fr": "Projets",
            "summary": (
                "What the network is building: regional peer support dialogues, a core knowledge "
                "and skills workshop, and guidelines for engaging lived experience."
            ),
            "summary_fr": (
                "Ce que le réseau construit : des dialogues régionaux sur le soutien par les "
                "pairs, un atelier de connaissances et de compétences de base, et des lignes "
                "directrices pour mobiliser l'expérience vécue."
            ),
            "body": """
<h2>Regional peer support dialogues</h2>
<p>An engagement strategy unique to each LHIN, to welcome people from across the addictions
continuum, with a target of at least five members in each.</p>
<h2>A core knowledge and skills workshop</h2>
<p>An addiction-specific workshop built on the six core competencies, developed with other peer
networks (HIV, diabetes, mental health).</p>
<h2>Lived experience at system tables</h2>
<p>Guidelines for engaging lived experience voices at the system level: matching people with
tables, the skills and experience asked, and reimbursement and honoraria.</p>
""",
            "body_fr": """
<h2>Dialogues régionaux sur le soutien par les pairs</h2>
<p>Une stratégie de mobilisation propre à chaque RLISS, pour accueillir des personnes de tout le
continuum des dépendances, avec une cible d'au moins cinq membres par RLISS.</p>
<h2>Un atelier de connaissances et de compétences de base</h2>
<p>Un atelier propre aux dépendances, fondé sur les six compétences de base et élaboré avec
d'autres réseaux de pairs (VIH, diabète, santé mentale).</p>
<h2>L'expérience vécue aux tables du système</h2>
<p>Des lignes directrices pour mobiliser la voix de l'expérience vécue à l'échelle du système :
le jumelage des personnes aux tables, les compétences et l'expérience demandées, le
remboursement et les honoraires.</p>
""",
        },
    ),
    (
        "projects",
        "annual-conference",
        {
            "order": 0,
            "status": Status.PUBLISHED,
            "scheduled_in_days": 30,
            "title": "Annual conference: call for presenters",
            "title_fr": "Congrès annuel : appel de présentations",
            "summary": (
                "Peers, families and allies are invited to propose a workshop, a panel or a story "
                "for the network's annual conference."
            ),
            "summary_fr": (
                "Les pairs, les familles et les alliés sont invités à proposer un atelier, un "
                "panel ou un témoignage pour le congrès annuel du réseau."
            ),
            "body": """
<p>The annual conference gives the network its profile and brings members from every LHIN
together. We invite proposals led by people with lived experience.</p>
<ul>
<li>Workshops on the six core competencies.</li>
<li>Panels on peer roles and their scope of practice.</li>
<li>Stories of many paths of recovery and wellness, shared by choice.</li>
</ul>
""",
            "body_fr": """
<p>Le congrès annuel fait connaître le réseau et réunit des membres de tous les RLISS. Nous
invitons les propositions menées par des personnes ayant une expérience vécue.</p>
<ul>
<li>Des ateliers sur les six compétences de base.</li>
<li>Des panels sur les rôles de pairs et leur champ de pratique.</li>
<li>Des témoignages sur les multiples parcours de rétablissement et de mieux-être, partagés par
choix.</li>
</ul>
""",
        },
    ),
    (
        None,
        "publications",
        {
            "order": 3,
            "title": "Publications",
            "title_fr": "Publications",
            "summary": (
                "Reports and guides from the network and the Best Practices in Peer Support "
                "project."
            ),
            "summary_fr": (
                "Rapports et guides du réseau et du projet Pratiques exemplaires en soutien par "
                "les pairs."
            ),
            "body": """
<ul>
<li><strong>Best Practices in Peer Support: final report</strong>. The literature review, the
review of 31 peer network websites, the network blueprint and the recommendations of the
governance, communications and training expert panels.</li>
<li><strong>The six core competencies for addictions peer support work</strong>, from the
Training Expert Panel.</li>
<li><strong>Implementation tools</strong> for organizations: organizational readiness, what a
successful peer role looks like, expectation statements and a boundaries discussion document, in
the resource library.</li>
</ul>
""",
            "body_fr": """
<ul>
<li><strong>Pratiques exemplaires en soutien par les pairs : rapport final</strong>. La
recension des écrits, l'analyse de 31 sites Web de réseaux de pairs, le plan directeur du réseau
et les recommandations des groupes d'experts sur la gouvernance, les communications et la
formation.</li>
<li><strong>Les six compétences de base du travail de soutien par les pairs en
dépendances</strong>, du groupe d'experts sur la formation.</li>
<li><strong>Des outils de mise en œuvre</strong> pour les organismes : l'état de préparation
organisationnelle, ce à quoi ressemble un rôle de pair réussi, des énoncés d'attentes et un
document de discussion sur les limites, dans la bibliothèque de ressources.</li>
</ul>
""",
        },
    ),
    (
        "publications",
        "annual-report",
        {
            "order": 0,
            "status": Status.DRAFT,
            "title": "Annual report",
            "title_fr": "Rapport annuel",
            "summary": (
                "The year in the network: members in each LHIN, training, the speakers' bureau and"
                " what members told us."
            ),
            "summary_fr": (
                "L'année du réseau : les membres dans chaque RLISS, la formation, le bureau des "
                "conférenciers et ce que les membres nous ont dit."
            ),
            "body": (
                "<p>Draft: figures to be checked by the governance body before publication.</p>"
            ),
            "body_fr": (
                "<p>Ébauche : chiffres à vérifier par l'instance de gouvernance avant la "
                "publication.</p>"
            ),
        },
    ),
    (
        None,
        "faq",
        {
            "order": 4,
            "title": "Frequently asked questions",
            "title_fr": "Foire aux questions",
            "summary": "Membership, privacy, training and what peer support is.",
            "summary_fr": (
                "L'adhésion, la confidentialité, la formation et ce qu'est le soutien par les "
                "pairs."
            ),
            "body": """
<h2>What is peer support?</h2>
<p>People who share a common experience meet as equals, sharing skills, strengths and hope, and
learn ways of coping from each other.</p>
<h2>Do I have to tell my story to join?</h2>
<p>No. Full members say they have lived or living experience; nobody asks for proof or for your
story. Disclosure is always your choice.</p>
<h2>Do I need a certain time in recovery?</h2>
<p>No. There is no minimum time in recovery for anything the network offers.</p>
<h2>Who sees my information?</h2>
<p>Other members see only your display name, which can be a pseudonym. You choose who sees each
part of your profile.</p>
<h2>Is peer support the same as counselling?</h2>
<p>No. Peer support is not medical, legal or clinical advice. In an emergency, call 911.</p>
""",
            "body_fr": """
<h2>Qu'est-ce que le soutien par les pairs?</h2>
<p>Des personnes qui partagent une expérience commune se rencontrent d'égal à égal, partagent
leurs compétences, leurs forces et leur espoir, et apprennent les unes des autres des façons de
composer avec les difficultés.</p>
<h2>Dois-je raconter mon histoire pour devenir membre?</h2>
<p>Non. Les membres à part entière déclarent avoir une expérience vécue ou actuelle; personne ne
demande de preuve ni votre histoire. La divulgation est toujours votre choix.</p>
<h2>Faut-il une certaine durée de rétablissement?</h2>
<p>Non. Aucune durée minimale de rétablissement n'est exigée pour quoi que ce soit au réseau.</p>
<h2>Qui voit mes renseignements?</h2>
<p>Les autres membres ne voient que votre nom affiché, qui peut être un pseudonyme. Vous
choisissez qui voit chaque partie de votre profil.</p>
<h2>Le soutien par les pairs, est-ce de la consultation?</h2>
<p>Non. Le soutien par les pairs n'est pas un avis médical, juridique ou clinique. En cas
d'urgence, composez le 911.</p>
""",
        },
    ),
    (
        None,
        "member-handbook",
        {
            "order": 5,
            "access": Access.MEMBERS,
            "title": "Member handbook",
            "title_fr": "Guide des membres",
            "summary": (
                "For members: how the network works day to day, from the forums to honoraria."
            ),
            "summary_fr": (
                "Pour les membres : le fonctionnement quotidien du réseau, des forums aux "
                "honoraires."
            ),
            "body": """
<p>Welcome. This handbook is for members only: it explains how to take part safely and how the
network looks after you.</p>
<h2>In the forums</h2>
<ul>
<li>Share only what you choose to share. Nobody is entitled to your story.</li>
<li>Moderators are there for anyone in distress. If you are worried about someone, tell a
moderator.</li>
</ul>
<h2>Your LHIN</h2>
<p>Your coordinator is your first contact for anything about your membership and the events in
your region.</p>
""",
            "body_fr": """
<p>Bienvenue. Ce guide est réservé aux membres : il explique comment participer en toute
sécurité et comment le réseau prend soin de vous.</p>
<h2>Dans les forums</h2>
<ul>
<li>Ne partagez que ce que vous choisissez de partager. Personne n'a droit à votre histoire.</li>
<li>Les modératrices et modérateurs sont là pour toute personne en détresse. Si vous vous
inquiétez pour quelqu'un, dites-le à une modératrice ou un modérateur.</li>
</ul>
<h2>Votre RLISS</h2>
<p>Votre coordonnatrice ou coordonnateur est votre premier contact pour tout ce qui touche votre
adhésion et les événements de votre région.</p>
""",
        },
    ),
    (
        "member-handbook",
        "honoraria-and-expenses",
        {
            "order": 0,
            # Set public on purpose: under the handbook it is members-only all the same.
            "access": Access.PUBLIC,
            "title": "Honoraria and expenses",
            "title_fr": "Honoraires et dépenses",
            "summary": (
                "What the network pays when you volunteer, speak or sit on a body, and how to "
                "claim it."
            ),
            "summary_fr": (
                "Ce que le réseau paie quand vous faites du bénévolat, prenez la parole ou siégez "
                "à une instance, et comment le réclamer."
            ),
            "body": """
<p>Lived experience is expertise. When you take part in the network's work, you are offered an
honorarium and your travel and expenses are covered.</p>
<ul>
<li>Claim within 60 days, with receipts where you have them.</li>
<li>You may decline an honorarium, for example if it affects your income support.</li>
<li>The treasurer pays approved claims promptly.</li>
</ul>
""",
            "body_fr": """
<p>L'expérience vécue est une expertise. Quand vous participez aux travaux du réseau, des
honoraires vous sont offerts et vos déplacements et dépenses sont remboursés.</p>
<ul>
<li>Présentez votre demande dans les 60 jours, avec les reçus si vous les avez.</li>
<li>Vous pouvez refuser des honoraires, par exemple s'ils touchent votre soutien du revenu.</li>
<li>La trésorière ou le trésorier paie rapidement les demandes approuvées.</li>
</ul>
""",
        },
    ),
    (
        None,
        "peer-space-guidelines",
        {
            "order": 6,
            "access": Access.FULL_MEMBERS,
            "title": "Peer-only space guidelines",
            "title_fr": "Lignes directrices de l'espace entre pairs",
            "summary": (
                "For full members: how we keep the peer-only spaces safe, anonymous and free of "
                "judgment."
            ),
            "summary_fr": (
                "Pour les membres à part entière : comment garder les espaces entre pairs sûrs, "
                "anonymes et sans jugement."
            ),
            "body": """
<p>Peer-only spaces are for people with lived or living experience. What is said there stays
there.</p>
<ul>
<li>Speak from your own experience, not about other people's.</li>
<li>No judgment about paths of recovery and wellness, or about using.</li>
<li>No screenshots, no names, no details that could identify someone.</li>
<li>Look after yourself: you can step away at any time, and a moderator is there if you need
one.</li>
</ul>
""",
            "body_fr": """
<p>Les espaces entre pairs sont réservés aux personnes ayant une expérience vécue ou actuelle.
Ce qui s'y dit y reste.</p>
<ul>
<li>Parlez de votre propre expérience, pas de celle des autres.</li>
<li>Aucun jugement sur les parcours de rétablissement et de mieux-être, ni sur la
consommation.</li>
<li>Aucune capture d'écran, aucun nom, aucun détail qui permettrait d'identifier quelqu'un.</li>
<li>Prenez soin de vous : vous pouvez vous retirer à tout moment, et une modératrice ou un
modérateur est là au besoin.</li>
</ul>
""",
        },
    ),
)


def seed() -> None:
    load_statement_pages(Page, PageRevision, contact_email=settings.NETWORK_CONTACT_EMAIL)
    editor = User.objects.filter(email__iexact=DEMO_EDITOR).first()
    by_slug: dict[str, Page] = {}
    for parent_slug, slug, spec in PAGES:
        parent = by_slug[parent_slug] if parent_slug else None
        fields = {"access": Access.PUBLIC, "status": Status.PUBLISHED, **spec}
        days = fields.pop("scheduled_in_days", None)
        # One line per text: the history's comparison reads a line break in the HTML as a new line.
        fields = {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in fields.items()}
        # Compared as they are stored (cleaned by nh3), so an unchanged page is not saved again.
        fields["body"], fields["body_fr"] = (sanitize_html(fields[k]) for k in ("body", "body_fr"))
        page = Page.objects.filter(parent=parent, slug=slug).first() or Page(
            parent=parent, slug=slug
        )
        if days is not None:
            # Keep the date while it is still to come, so a second run changes nothing.
            still_to_come = page.publish_at and page.publish_at > timezone.now()
            fields["publish_at"] = (
                page.publish_at if still_to_come else timezone.now() + timedelta(days=days)
            )
        if page.pk is None or any(getattr(page, k) != v for k, v in fields.items()):
            for name, value in fields.items():
                setattr(page, name, value)
            page_save(page=page, actor=editor, note="demo data")
        by_slug[slug] = page
