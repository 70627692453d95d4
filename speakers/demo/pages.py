"""The speakers' bureau's demo data: the pages part.

The bureau's six pages in English and French, drawn from the communications panel's words (a
network of people with lived experience "trained to share their experience and expertise" at
policy roundtables, one to one and in the media) and the 2014 exchange's asks: selection
criteria, guidelines, media guidelines, rules of engagement, preparing both sides, at least two
people at events, the speaker's safety and self-care. And the speaking topics the applications
and requests parts offer. Idempotent: a second run updates the same rows.
"""

from ..models import BureauPage, Topic

Kind = BureauPage.Kind

PAGES: tuple[dict, ...] = (
    {
        "kind": Kind.ABOUT,
        "order": 0,
        "title": "About the speakers' bureau",
        "title_fr": "À propos du bureau des conférenciers",
        "summary": (
            "A network of people with lived experience of substance use, trained to share their "
            "experience and expertise at policy roundtables, one to one and in the media."
        ),
        "summary_fr": (
            "Un réseau de personnes ayant une expérience vécue de la consommation de substances, "
            "formées pour partager leur expérience et leur expertise aux tables de politiques, "
            "en personne et dans les médias."
        ),
        "body": """
<p>Policies, services and news stories about substance use are better when the people they
are about are in the room. The speakers' bureau brings the voices of people with lived and
living experience to the places where decisions are made and opinions are formed.</p>
<h2>Where our speakers speak</h2>
<ul>
<li><strong>Policy roundtables</strong>: ministries, Ontario Health regions, municipalities and
boards planning services.</li>
<li><strong>One to one</strong>: a conversation with a decision maker, a team lead or a
researcher.</li>
<li><strong>The media</strong>: interviews with journalists, prepared and supported.</li>
<li>Panels and conferences, classrooms and staff training, community events.</li>
</ul>
<h2>How we look after speakers</h2>
<ul>
<li>Speakers choose what they share, and may say no to any request or question without giving
a reason.</li>
<li>Both the speaker and the host are prepared before every event, and at least two people from
the network attend.</li>
<li>Speakers are offered an honorarium and their travel is covered.</li>
<li>After each talk, a coordinator checks in with the speaker privately.</li>
</ul>
""",
        "body_fr": """
<p>Les politiques, les services et les reportages sur la consommation de substances sont
meilleurs lorsque les personnes concernées sont présentes. Le bureau des conférenciers porte la
voix des personnes ayant une expérience vécue ou actuelle là où se prennent les décisions et se
forment les opinions.</p>
<h2>Où nos conférenciers prennent la parole</h2>
<ul>
<li><strong>Tables rondes sur les politiques</strong> : ministères, régions de Santé Ontario,
municipalités et conseils qui planifient les services.</li>
<li><strong>En personne</strong> : une conversation avec une personne qui prend des décisions,
une cheffe d'équipe ou un chercheur.</li>
<li><strong>Les médias</strong> : des entrevues avec des journalistes, préparées et
accompagnées.</li>
<li>Panels et congrès, salles de classe et formation du personnel, événements
communautaires.</li>
</ul>
<h2>Comment nous prenons soin des conférenciers</h2>
<ul>
<li>Les conférenciers choisissent ce qu'ils partagent et peuvent refuser toute demande ou
question sans donner de raison.</li>
<li>Le conférencier et l'hôte sont préparés avant chaque événement, et au moins deux personnes
du réseau y assistent.</li>
<li>Des honoraires sont offerts aux conférenciers et leurs déplacements sont payés.</li>
<li>Après chaque présentation, une coordonnatrice ou un coordonnateur prend des nouvelles du
conférencier, en privé.</li>
</ul>
""",
    },
    {
        "kind": Kind.CRITERIA,
        "order": 1,
        "title": "Selection criteria",
        "title_fr": "Critères de sélection",
        "summary": (
            "Who can apply and what reviewers look at. No minimum time in recovery is required."
        ),
        "summary_fr": (
            "Qui peut présenter une demande et ce que les personnes qui l'examinent regardent. "
            "Aucune durée minimale de rétablissement n'est exigée."
        ),
        "body": """
<h2>Who can apply</h2>
<p>Anyone with lived or living experience of substance use who wants to share what they know
to change how people and systems respond. Lived experience is self-identified: we never ask
for proof, a diagnosis or your story in the application.</p>
<h2>What we do not ask</h2>
<ul>
<li><strong>No minimum time in recovery.</strong> Requiring a certain period of time in
recovery is a form of structural stigma, and recovery is not required at all: some of our
speakers do not use that word for their path.</li>
<li>No disclosure of any specific part of your experience. Nobody is entitled to your story.</li>
</ul>
<h2>What reviewers look at</h2>
<p>The criteria are set by the bureau's coordinators and each one is assessed by the
reviewers assigned to your application. Today they are:</p>
<ul>
<li>You want to share your experience so that others learn from it.</li>
<li>You can speak about it in a way that is safe for you, and you have thought about what helps
you after a talk.</li>
<li>You respect other people's paths, and the privacy of the people in your story.</li>
<li>You have done, or are willing to do, the network's storytelling or media training.</li>
</ul>
<h2>How it works</h2>
<ol>
<li>Apply online. Your application is saved as a draft until you send it.</li>
<li>Reviewers look at it against the criteria.</li>
<li>A coordinator invites you to a conversation.</li>
<li>You hear the decision by email. You can withdraw at any time.</li>
</ol>
""",
        "body_fr": """
<h2>Qui peut présenter une demande</h2>
<p>Toute personne ayant une expérience vécue ou actuelle de la consommation de substances qui
souhaite partager ce qu'elle sait pour changer la façon dont les gens et les systèmes
réagissent. L'expérience vécue est déclarée par la personne : nous ne demandons jamais de
preuve, de diagnostic ni votre histoire dans la demande.</p>
<h2>Ce que nous ne demandons pas</h2>
<ul>
<li><strong>Aucune durée minimale de rétablissement.</strong> Exiger une certaine période de
rétablissement est une forme de stigmatisation structurelle, et le rétablissement n'est pas
exigé du tout : certains de nos conférenciers n'emploient pas ce mot pour leur parcours.</li>
<li>Aucune divulgation d'une partie précise de votre expérience. Personne n'a droit à votre
histoire.</li>
</ul>
<h2>Ce que regardent les personnes qui examinent les demandes</h2>
<p>Les critères sont fixés par les coordonnateurs du bureau et chacun est évalué par les
personnes chargées d'examiner votre demande. Ce sont aujourd'hui :</p>
<ul>
<li>Vous voulez partager votre expérience pour que d'autres en tirent des leçons.</li>
<li>Vous pouvez en parler d'une façon sécuritaire pour vous, et vous avez réfléchi à ce qui
vous aide après une présentation.</li>
<li>Vous respectez le parcours des autres et la vie privée des personnes de votre histoire.</li>
<li>Vous avez suivi, ou êtes prêt à suivre, la formation du réseau sur le récit ou sur les
médias.</li>
</ul>
<h2>Comment ça fonctionne</h2>
<ol>
<li>Présentez votre demande en ligne. Elle est enregistrée comme brouillon jusqu'à ce que vous
l'envoyiez.</li>
<li>Des personnes l'examinent selon les critères.</li>
<li>Une coordonnatrice ou un coordonnateur vous invite à une conversation.</li>
<li>Vous recevez la décision par courriel. Vous pouvez retirer votre demande à tout moment.</li>
</ol>
""",
    },
    {
        "kind": Kind.GUIDELINES,
        "order": 2,
        "title": "Speaker guidelines",
        "title_fr": "Lignes directrices pour les conférenciers",
        "summary": (
            "Telling your journey and teaching, reading an audience, choosing what to share and "
            "looking after yourself."
        ),
        "summary_fr": (
            "Raconter son parcours et enseigner, lire un auditoire, choisir ce que l'on partage "
            "et prendre soin de soi."
        ),
        "body": """
<h2>You choose what to share</h2>
<p>Your experience is yours. You decide what you tell, and you can change your mind, even on
the day. You may decline any question, with no reason given: “I don't talk about that part”
is a complete answer.</p>
<h2>Telling your journey, and teaching</h2>
<p>Telling your journey is sharing what happened and what it meant to you. Teaching is using
it so that the audience can act: what helped, what got in the way, what a service or a policy
could do differently. A strong talk does both. Details of substance use (what, how much, how)
rarely help an audience learn, and can put you at risk: keep the focus on what changed and on
what helps.</p>
<h2>Reading an audience</h2>
<ul>
<li>Ask beforehand who will be there and why: policy makers, front-line staff, students and
families each need something different.</li>
<li>Watch the room and adjust: slow down, give an example, leave time for questions.</li>
<li>If a question is unkind or too personal, you can decline it, and the person with you can
step in.</li>
</ul>
<h2>Looking after yourself</h2>
<ul>
<li>Keep your safety plan up to date: what you will and won't speak about, your support person,
what helps after a talk. Only you can see it.</li>
<li>At least two people from the network attend every event: you are never on your own.</li>
<li>After a talk, a coordinator checks in with you privately.</li>
<li>Say no to any request, and pause at any time: no reason is asked.</li>
</ul>
""",
        "body_fr": """
<h2>Vous choisissez ce que vous partagez</h2>
<p>Votre expérience vous appartient. Vous décidez de ce que vous racontez, et vous pouvez
changer d'avis, même le jour même. Vous pouvez refuser toute question, sans donner de raison :
« Je ne parle pas de cette partie » est une réponse complète.</p>
<h2>Raconter son parcours, et enseigner</h2>
<p>Raconter son parcours, c'est partager ce qui s'est passé et ce que cela a signifié pour
vous. Enseigner, c'est s'en servir pour que l'auditoire puisse agir : ce qui a aidé, ce qui a
nui, ce qu'un service ou une politique pourrait faire autrement. Une bonne présentation fait
les deux. Les détails de la consommation (quoi, combien, comment) aident rarement un auditoire
à apprendre et peuvent vous mettre à risque : restez centré sur ce qui a changé et sur ce qui
aide.</p>
<h2>Lire un auditoire</h2>
<ul>
<li>Demandez à l'avance qui sera présent et pourquoi : les décideurs, le personnel de première
ligne, les étudiants et les familles ont chacun des besoins différents.</li>
<li>Observez la salle et ajustez-vous : ralentissez, donnez un exemple, laissez du temps pour
les questions.</li>
<li>Si une question est blessante ou trop personnelle, vous pouvez la refuser, et la personne
qui vous accompagne peut intervenir.</li>
</ul>
<h2>Prendre soin de soi</h2>
<ul>
<li>Gardez votre plan de sécurité à jour : ce dont vous parlerez ou non, votre personne de
soutien, ce qui vous aide après une présentation. Vous seul pouvez le voir.</li>
<li>Au moins deux personnes du réseau assistent à chaque événement : vous n'êtes jamais
seul.</li>
<li>Après une présentation, une coordonnatrice ou un coordonnateur prend de vos nouvelles, en
privé.</li>
<li>Refusez toute demande et faites une pause à tout moment : aucune raison n'est
demandée.</li>
</ul>
""",
    },
    {
        "kind": Kind.MEDIA,
        "order": 3,
        "title": "Media guidelines",
        "title_fr": "Lignes directrices pour les médias",
        "summary": (
            "Speaking with journalists safely: you decide what is said, how you are named and "
            "whether you are pictured."
        ),
        "summary_fr": (
            "Parler aux journalistes en sécurité : vous décidez de ce qui est dit, de la façon "
            "dont vous êtes nommé et de votre image."
        ),
        "body": """
<h2>Before the interview</h2>
<ul>
<li>A coordinator checks the request with the outlet: what the story is about, who else is
interviewed, whether it is live or recorded, and the deadline.</li>
<li>You decide whether to take part. Saying no is always fine.</li>
</ul>
<h2>Your name and your image</h2>
<ul>
<li>You do not have to give your full name. A first name or a pseudonym is enough, unless you
choose otherwise.</li>
<li>You decide whether your face, your voice or your photo is used.</li>
</ul>
<h2>During the interview</h2>
<ul>
<li>You may decline any question, and you may stop the interview.</li>
<li>A coordinator can be present, in the room or on the call.</li>
<li>Assume everything you say is on the record, and may stay online for years.</li>
</ul>
<h2>After the interview</h2>
<ul>
<li>Ask to review your quotes before publication where possible: not every outlet agrees, so
ask at the start.</li>
<li>A coordinator checks in with you afterwards, privately.</li>
</ul>
<h2>For journalists</h2>
<p>Please use people-first language (“a person who uses drugs”, never “addict” or “abuser”),
and avoid pictures of drugs or needles: they add stigma and tell no story.</p>
""",
        "body_fr": """
<h2>Avant l'entrevue</h2>
<ul>
<li>Une coordonnatrice ou un coordonnateur vérifie la demande auprès du média : le sujet du
reportage, les autres personnes interviewées, s'il s'agit d'un direct ou d'un enregistrement,
et l'échéance.</li>
<li>Vous décidez d'y participer ou non. Dire non est toujours correct.</li>
</ul>
<h2>Votre nom et votre image</h2>
<ul>
<li>Vous n'avez pas à donner votre nom complet. Un prénom ou un pseudonyme suffit, à moins que
vous n'en décidiez autrement.</li>
<li>Vous décidez si votre visage, votre voix ou votre photo sont utilisés.</li>
</ul>
<h2>Pendant l'entrevue</h2>
<ul>
<li>Vous pouvez refuser toute question et mettre fin à l'entrevue.</li>
<li>Une coordonnatrice ou un coordonnateur peut être présent, dans la pièce ou en ligne.</li>
<li>Considérez que tout ce que vous dites est officiel et peut rester en ligne pendant des
années.</li>
</ul>
<h2>Après l'entrevue</h2>
<ul>
<li>Demandez à relire vos citations avant la publication lorsque c'est possible : tous les
médias n'acceptent pas, alors demandez-le dès le début.</li>
<li>Une coordonnatrice ou un coordonnateur prend de vos nouvelles ensuite, en privé.</li>
</ul>
<h2>Pour les journalistes</h2>
<p>Veuillez employer un langage axé sur la personne (« une personne qui consomme des drogues »,
jamais « toxicomane » ni « drogué ») et éviter les images de drogues ou de seringues : elles
ajoutent à la stigmatisation et ne racontent rien.</p>
""",
    },
    {
        "kind": Kind.REQUESTING,
        "order": 4,
        "title": "How to request a speaker",
        "title_fr": "Comment demander un conférencier",
        "summary": (
            "Book at least four weeks ahead. We recommend two speakers. Hosts offer an "
            "honorarium and cover travel."
        ),
        "summary_fr": (
            "Réservez au moins quatre semaines à l'avance. Nous recommandons deux conférenciers. "
            "Les hôtes offrent des honoraires et paient les déplacements."
        ),
        "body": """
<p>Organizations, agencies, schools, governments and media can request a speaker. You do not
need an account: fill in the request form and we email you a private link to follow it.</p>
<h2>Before you ask</h2>
<ul>
<li><strong>Book at least four weeks ahead.</strong> Coordinators need time to find speakers
who fit, and speakers need time to prepare.</li>
<li><strong>Ask for two speakers.</strong> We recommend at least two: they support each other,
the audience hears more than one path, and either can step back from a question.</li>
<li><strong>Offer an honorarium and cover travel.</strong> Lived experience is expertise. Say
what you offer per speaker; speakers may decline it.</li>
<li>Tell us whether media will be present, and what the room and the audience need for
accessibility.</li>
</ul>
<h2>What happens next</h2>
<ol>
<li>A coordinator reads your request and offers it to speakers who fit.</li>
<li>Each speaker accepts or declines; no reason is needed.</li>
<li>Once confirmed, you receive the rules of engagement and the media guidelines, then a
reminder before the event.</li>
<li>Afterwards, we ask you for brief feedback.</li>
</ol>
""",
        "body_fr": """
<p>Les organismes, les agences, les écoles, les gouvernements et les médias peuvent demander
un conférencier. Aucun compte n'est nécessaire : remplissez le formulaire de demande et nous
vous envoyons par courriel un lien privé pour en suivre l'évolution.</p>
<h2>Avant de faire une demande</h2>
<ul>
<li><strong>Réservez au moins quatre semaines à l'avance.</strong> Les coordonnateurs ont
besoin de temps pour trouver des conférenciers qui conviennent, et les conférenciers, pour se
préparer.</li>
<li><strong>Demandez deux conférenciers.</strong> Nous en recommandons au moins deux : ils se
soutiennent, l'auditoire entend plus d'un parcours, et l'un ou l'autre peut laisser passer une
question.</li>
<li><strong>Offrez des honoraires et payez les déplacements.</strong> L'expérience vécue est
une expertise. Indiquez ce que vous offrez par conférencier; les conférenciers peuvent le
refuser.</li>
<li>Dites-nous si des médias seront présents, et ce dont la salle et l'auditoire ont besoin
pour l'accessibilité.</li>
</ul>
<h2>La suite</h2>
<ol>
<li>Une coordonnatrice ou un coordonnateur lit votre demande et la propose à des conférenciers
qui conviennent.</li>
<li>Chaque conférencier accepte ou refuse; aucune raison n'est nécessaire.</li>
<li>Une fois la demande confirmée, vous recevez les règles d'engagement et les lignes
directrices pour les médias, puis un rappel avant l'événement.</li>
<li>Ensuite, nous vous demandons une brève rétroaction.</li>
</ol>
""",
    },
    {
        "kind": Kind.ENGAGEMENT,
        "order": 5,
        "title": "Rules of engagement for hosts",
        "title_fr": "Règles d'engagement pour les hôtes",
        "summary": (
            "What we ask of every host: a clear role, purpose and function; both sides prepared; "
            "at least two people; a quiet room; prompt payment."
        ),
        "summary_fr": (
            "Ce que nous demandons à chaque hôte : un rôle, un but et une fonction clairs; les "
            "deux parties préparées; au moins deux personnes; une pièce calme; un paiement "
            "rapide."
        ),
        "body": """
<h2>Role, purpose and function</h2>
<p>Tell us and the speaker why you are inviting a person with lived experience, what role they
will play (keynote, panel, consultation, one-to-one meeting) and what their contribution is
for: informing a policy, training staff, opening a public conversation.</p>
<h2>Prepare the speaker</h2>
<ul>
<li>Share the agenda, the time they speak, who the audience is and how many people attend.</li>
<li>Send any questions in advance, and say whether media or recording will be present.</li>
</ul>
<h2>Prepare the audience</h2>
<ul>
<li>Introduce the speaker as an expert by experience, sharing their own experience only.</li>
<li>Ask for respectful questions, and no photos or recording without the speaker's
consent.</li>
</ul>
<h2>During the event</h2>
<ul>
<li>At least two people from the network attend: two speakers, or a speaker and a
coordinator or support person.</li>
<li>No questions about the details of a speaker's substance use (what, how much, how). A
speaker may decline any question.</li>
<li>Keep a quiet room available before and after the talk.</li>
<li>Arrange what the speaker asked for to take part fully (accessibility).</li>
</ul>
<h2>Afterwards</h2>
<ul>
<li>Pay honoraria promptly, within 30 days, and reimburse travel.</li>
<li>Tell us how it went: your feedback helps us prepare the next event.</li>
</ul>
""",
        "body_fr": """
<h2>Rôle, but et fonction</h2>
<p>Dites-nous, ainsi qu'au conférencier, pourquoi vous invitez une personne ayant une
expérience vécue, le rôle qu'elle jouera (conférence principale, panel, consultation,
rencontre individuelle) et à quoi servira sa contribution : éclairer une politique, former du
personnel, ouvrir une conversation publique.</p>
<h2>Préparer le conférencier</h2>
<ul>
<li>Communiquez l'ordre du jour, l'heure de la présentation, la composition de l'auditoire et
le nombre de personnes présentes.</li>
<li>Envoyez les questions à l'avance et indiquez si des médias ou un enregistrement sont
prévus.</li>
</ul>
<h2>Préparer l'auditoire</h2>
<ul>
<li>Présentez le conférencier comme un expert par expérience, qui ne parle que de sa propre
expérience.</li>
<li>Demandez des questions respectueuses, et aucune photo ni aucun enregistrement sans le
consentement du conférencier.</li>
</ul>
<h2>Pendant l'événement</h2>
<ul>
<li>Au moins deux personnes du réseau sont présentes : deux conférenciers, ou un conférencier
et une coordonnatrice, un coordonnateur ou une personne de soutien.</li>
<li>Aucune question sur les détails de la consommation d'un conférencier (quoi, combien,
comment). Un conférencier peut refuser toute question.</li>
<li>Prévoyez une pièce calme avant et après la présentation.</li>
<li>Prenez les mesures demandées par le conférencier pour qu'il participe pleinement
(accessibilité).</li>
</ul>
<h2>Après l'événement</h2>
<ul>
<li>Payez les honoraires rapidement, dans les 30 jours, et remboursez les déplacements.</li>
<li>Dites-nous comment cela s'est passé : votre rétroaction nous aide à préparer le prochain
événement.</li>
</ul>
""",
    },
)

TOPICS: tuple[tuple[str, str, str], ...] = (
    # (slug, English, French), in the order they are offered.
    ("stigma", "Stigma and how to reduce it", "La stigmatisation et comment la réduire"),
    ("harm-reduction", "Harm reduction", "La réduction des méfaits"),
    (
        "paths-of-recovery",
        "Paths of recovery and wellness",
        "Les parcours de rétablissement et de mieux-être",
    ),
    ("peer-support", "What peer support is", "Ce qu'est le soutien par les pairs"),
    ("families", "Families and loved ones", "Les familles et les proches"),
    ("youth", "Youth and substance use", "Les jeunes et la consommation de substances"),
    (
        "drug-poisoning-crisis",
        "Opioids and the drug poisoning crisis",
        "Les opioïdes et la crise des intoxications aux drogues",
    ),
    (
        "mental-health",
        "Mental health and substance use",
        "La santé mentale et la consommation de substances",
    ),
    (
        "lived-experience-in-policy",
        "Lived experience in policy making",
        "L'expérience vécue dans l'élaboration des politiques",
    ),
    ("housing", "Housing and homelessness", "Le logement et l'itinérance"),
    ("navigating-services", "Finding and using services", "Trouver et utiliser les services"),
)


def seed() -> None:
    for page in PAGES:
        BureauPage.objects.update_or_create(
            kind=page["kind"],
            defaults={
                name: value.strip() if isinstance(value, str) else value
                for name, value in page.items()
            },
        )
    seed_topics()


def seed_topics() -> None:
    for order, (slug, name, name_fr) in enumerate(TOPICS):
        Topic.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_fr": name_fr, "order": order, "active": True}
        )
