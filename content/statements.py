"""The three statements every page links to from its footer (privacy, disclaimer, accessibility)
as pages of the tree, with their first text in English and French.

Loaded by migration 0002 on a new database, and by the pages demo (`seed_demo`), which puts back
any that is missing: browser tests empty the tables between tests. A statement that exists is
never overwritten: from then on its text belongs to the editors, who change it in the admin.
Their addresses are fixed (/privacy/, /disclaimer/, /accessibility/: the routes of the same
names serve them), so `content.services.pages` refuses to move or delete them.
"""

STATEMENTS: tuple[dict, ...] = (
    {
        "slug": "privacy",
        "order": 90,
        "title": "Privacy statement",
        "title_fr": "Énoncé de confidentialité",
        "summary": (
            "Many people who use this site face stigma. Safety and anonymity come first: we "
            "collect as little as we can, we keep it private, and we never sell or share it."
        ),
        "summary_fr": (
            "Beaucoup de personnes qui utilisent ce site font face à la stigmatisation. La "
            "sécurité et l'anonymat passent en premier : nous recueillons le moins de "
            "renseignements possible, nous les gardons confidentiels et nous ne les vendons "
            "ni ne les partageons jamais."
        ),
        "body": """
<h2>What we collect</h2>
<ul>
<li><strong>Your email address</strong>, to sign you in and to send you messages about your
account. It is never shown to other members.</li>
<li><strong>A display name</strong>: the only name other members see. It can be a
pseudonym.</li>
<li><strong>Your language preference</strong> (English or French), so pages and emails reach
you in your language.</li>
<li><strong>Your sign-in sessions</strong>: when each started, its IP address and its
browser. They are listed on your Sessions page so you can spot a device you do not recognize
and sign it out.</li>
<li><strong>Two-factor authentication data</strong>, if you turn it on: your authenticator
app's secret (stored encrypted), your recovery codes, and the public part of any security
key or passkey you add.</li>
<li><strong>What you choose to tell us</strong>, for example when you apply for membership.
Anything about your lived experience is optional and private by default.</li>
<li><strong>Your profile</strong>, if you fill it in: pronouns, a few words about you, a
photo, languages and interests. You choose who sees each part (only you, the coordinators of
your LHIN, members, or everyone); until you choose, only you do. A photo is stored as a new
copy without its hidden details, such as where and when it was taken.</li>
</ul>
<h2>What we never do</h2>
<ul>
<li>No analytics, no advertising and no tracking of any kind.</li>
<li>No third-party content: no fonts, scripts, images or videos are loaded from other sites,
so no other company learns that you visited.</li>
<li>We never sell, rent or share your information.</li>
<li>We never show your email address to other members.</li>
<li>We never ask you to share your story. Nobody is entitled to it.</li>
</ul>
<h2>Cookies</h2>
<p>We only use the cookies the site needs to work:</p>
<ul>
<li>a <strong>session</strong> cookie, which keeps you signed in;</li>
<li>a <strong>security (CSRF)</strong> cookie, which protects forms from being sent by
another site in your name;</li>
<li>a <strong>language</strong> cookie, which remembers English or French if you
switch.</li>
</ul>
<p>There are no advertising or tracking cookies.</p>
<h2>How long we keep it</h2>
<ul>
<li>Your account information: for as long as your account is open.</li>
<li>Sign-in sessions: until you sign out, or after two weeks without use.</li>
<li>Emails we send you: the content, which can hold a sign-in or password reset link, is
erased once the email is sent. A record of the subject and date is kept for a limited
time.</li>
<li>When you close your account, we erase your personal information at once. What you wrote
elsewhere on the site stays, shown as written by a former member, and the record of what you
consented to is kept, as the law requires.</li>
</ul>
<h2>Your rights</h2>
<p> You can see and correct your display name, language, email addresses and sessions
yourself, on <a href="/members/account/">your account pages</a>. </p>
<p> You can see and download <a href="/members/my-data/">everything we hold about you</a>,
and <a href="/members/close/">close your account</a>, yourself at any time. </p>
<p> For anything else, such as a correction you cannot make yourself, email <a
href="mailto:{email}">{email}</a>. We answer within 30 days. </p>
<h2>The law</h2>
<p> We handle personal information following Canadian privacy law, including the Personal
Information Protection and Electronic Documents Act (PIPEDA), and the privacy rules that
apply in Ontario. If you are not satisfied with our answer to a privacy question, you can
contact the Office of the Privacy Commissioner of Canada. </p>
""",
        "body_fr": """
<h2>Ce que nous recueillons</h2>
<ul>
<li><strong>Votre adresse courriel</strong>, pour vous connecter et vous envoyer des
messages au sujet de votre compte. Elle n'est jamais montrée aux autres membres.</li>
<li><strong>Un nom affiché</strong> : le seul nom que voient les autres membres. Ce peut
être un pseudonyme.</li>
<li><strong>Votre langue préférée</strong> (français ou anglais), pour que les pages et les
courriels vous parviennent dans votre langue.</li>
<li><strong>Vos sessions de connexion</strong> : le moment où chacune a commencé, son
adresse IP et son navigateur. Elles figurent sur votre page Sessions pour que vous puissiez
repérer un appareil que vous ne reconnaissez pas et le déconnecter.</li>
<li><strong>Les données d'authentification à deux facteurs</strong>, si vous l'activez : le
secret de votre application d'authentification (conservé chiffré), vos codes de récupération
et la partie publique de toute clé de sécurité ou clé d'accès que vous ajoutez.</li>
<li><strong>Ce que vous choisissez de nous dire</strong>, par exemple quand vous demandez à
devenir membre. Tout ce qui touche votre expérience vécue est facultatif et privé par
défaut.</li>
<li><strong>Votre profil</strong>, si vous le remplissez : pronoms, quelques mots sur vous,
une photo, langues et champs d'intérêt. Vous choisissez qui voit chaque partie (vous
seulement, les coordonnateurs et coordonnatrices de votre RLISS, les membres ou tout le
monde); tant que vous n'avez pas choisi, personne d'autre que vous ne la voit. Une photo est
conservée sous forme de nouvelle copie, sans ses détails cachés, comme le lieu et la date de
la prise de vue.</li>
</ul>
<h2>Ce que nous ne faisons jamais</h2>
<ul>
<li>Aucune mesure d'audience, aucune publicité et aucun pistage d'aucune sorte.</li>
<li>Aucun contenu de tiers : aucune police, aucun script, aucune image ni vidéo n'est chargé
à partir d'autres sites, pour qu'aucune autre entreprise n'apprenne votre visite.</li>
<li>Nous ne vendons, ne louons et ne partageons jamais vos renseignements.</li>
<li>Nous ne montrons jamais votre adresse courriel aux autres membres.</li>
<li>Nous ne vous demandons jamais de raconter votre histoire. Personne n'y a droit.</li>
</ul>
<h2>Témoins (cookies)</h2>
<p>Nous n'utilisons que les témoins dont le site a besoin pour fonctionner :</p>
<ul>
<li>un témoin de <strong>session</strong>, qui maintient votre connexion;</li>
<li>un témoin de <strong>sécurité (CSRF)</strong>, qui empêche un autre site d'envoyer des
formulaires en votre nom;</li>
<li>un témoin de <strong>langue</strong>, qui retient le français ou l'anglais si vous
changez de langue.</li>
</ul>
<p>Il n'y a aucun témoin de publicité ou de pistage.</p>
<h2>Combien de temps nous les conservons</h2>
<ul>
<li>Les renseignements de votre compte : tant que votre compte est ouvert.</li>
<li>Les sessions de connexion : jusqu'à ce que vous vous déconnectiez, ou après deux
semaines d'inutilisation.</li>
<li>Les courriels que nous vous envoyons : le contenu, qui peut renfermer un lien de
connexion ou de réinitialisation du mot de passe, est effacé dès l'envoi. Une trace de
l'objet et de la date est conservée pendant une période limitée.</li>
<li>Quand vous fermez votre compte, nous effaçons immédiatement vos renseignements
personnels. Ce que vous avez écrit ailleurs sur le site reste, présenté comme écrit par un
ancien membre, et la trace de ce à quoi vous avez consenti est conservée, comme l'exige la
loi.</li>
</ul>
<h2>Vos droits</h2>
<p> Vous pouvez consulter et corriger vous-même votre nom affiché, votre langue, vos
adresses courriel et vos sessions, dans <a href="/members/account/">les pages de votre
compte</a>. </p>
<p> Vous pouvez vous-même, en tout temps, consulter et télécharger <a
href="/members/my-data/">tout ce que nous détenons à votre sujet</a>, et <a
href="/members/close/">fermer votre compte</a>. </p>
<p> Pour toute autre demande, comme une correction que vous ne pouvez pas faire vous-même,
écrivez à <a href="mailto:{email}">{email}</a>. Nous répondons dans un délai de 30 jours.
</p>
<h2>La loi</h2>
<p> Nous traitons les renseignements personnels conformément aux lois canadiennes sur la
protection de la vie privée, notamment la Loi sur la protection des renseignements
personnels et les documents électroniques (LPRPDE), et aux règles de confidentialité qui
s'appliquent en Ontario. Si notre réponse à une question de confidentialité ne vous
satisfait pas, vous pouvez communiquer avec le Commissariat à la protection de la vie privée
du Canada. </p>
""",
    },
    {
        "slug": "disclaimer",
        "order": 91,
        "title": "Disclaimer",
        "title_fr": "Avis de non-responsabilité",
        "summary": (
            "Peer support is not professional advice. What to do in an emergency, and what "
            "our links to other sites mean."
        ),
        "summary_fr": (
            "Le soutien par les pairs n'est pas un avis professionnel. Que faire en cas "
            "d'urgence, et ce que signifient nos liens vers d'autres sites."
        ),
        "body": """
<h2>Peer support is not professional advice</h2>
<p> Peer support means people sharing what they have learned from their own lived
experience. Nothing on this site, in the forums or in training is medical, legal or clinical
advice. For advice about your health, treatment or legal situation, talk with a qualified
professional. </p>
<h2>In an emergency</h2>
<p> If you or someone else is in immediate danger, call 911. Crisis and warm lines are
listed on <a href="/support-now/">Need support now?</a> </p>
<h2>Information shared in good faith</h2>
<p> The network and its members share information in good faith. We work to keep it accurate
and current, but we cannot guarantee that it is complete or right for your situation. What
members write in the forums is their own view, not the network's. </p>
<h2>Links to other sites</h2>
<p> We link to other organizations' sites because they may help. A link is not an
endorsement, and we are not responsible for those sites' content or privacy practices. </p>
<h2>Questions</h2>
<p> If something here is wrong or out of date, please <a href="/contact/">tell us</a>. </p>
""",
        "body_fr": """
<h2>Le soutien par les pairs n'est pas un avis professionnel</h2>
<p> Le soutien par les pairs, ce sont des personnes qui partagent ce qu'elles ont appris de
leur propre expérience vécue. Rien sur ce site, dans les forums ou dans les formations ne
constitue un avis médical, juridique ou clinique. Pour un avis sur votre santé, votre
traitement ou votre situation juridique, adressez-vous à une ou un professionnel qualifié.
</p>
<h2>En cas d'urgence</h2>
<p> Si vous ou une autre personne êtes en danger immédiat, composez le 911. Les lignes de
crise et d'écoute figurent à la page <a href="/support-now/">Besoin de soutien
maintenant?</a> </p>
<h2>De l'information partagée de bonne foi</h2>
<p> Le réseau et ses membres partagent de l'information de bonne foi. Nous veillons à ce
qu'elle soit exacte et à jour, mais nous ne pouvons garantir qu'elle est complète ou adaptée
à votre situation. Ce que les membres écrivent dans les forums reflète leur propre point de
vue, et non celui du réseau. </p>
<h2>Liens vers d'autres sites</h2>
<p> Nous présentons des liens vers les sites d'autres organismes parce qu'ils peuvent être
utiles. Un lien n'est pas une approbation, et nous ne sommes pas responsables du contenu ni
des pratiques de confidentialité de ces sites. </p>
<h2>Questions</h2>
<p> Si quelque chose ici est inexact ou périmé, veuillez <a href="/contact/">nous le
signaler</a>. </p>
""",
    },
    {
        "slug": "accessibility",
        "order": 92,
        "title": "Accessibility statement",
        "title_fr": "Énoncé d'accessibilité",
        "summary": (
            "This site is for everyone in the network. We aim to meet the Web Content "
            "Accessibility Guidelines (WCAG) 2.1 at level AA, as the Accessibility for "
            "Ontarians with Disabilities Act (AODA) requires."
        ),
        "summary_fr": (
            "Ce site s'adresse à toutes les personnes du réseau. Nous visons la conformité "
            "aux Règles pour l'accessibilité des contenus Web (WCAG) 2.1, niveau AA, comme "
            "l'exige la Loi de 2005 sur l'accessibilité pour les personnes handicapées de "
            "l'Ontario (LAPHO)."
        ),
        "body": """
<h2>What we have done</h2>
<ul>
<li>Every page works with a keyboard alone, with a visible focus outline and a link to skip
to the main content.</li>
<li>Pages are built for screen readers: landmarks, headings in order, labelled form fields,
and errors that are announced and linked to their field.</li>
<li>Text has strong colour contrast, links are underlined, and pages can be enlarged up to
four times or read on a small phone without scrolling sideways.</li>
<li>We write in plain language, in English and in French.</li>
<li>Animations are turned off when your device asks for reduced motion.</li>
<li>Videos we publish will have captions and a transcript.</li>
<li>We check pages with automated accessibility tests and by hand.</li>
</ul>
<h2>Known limits</h2>
<ul>
<li>Some sign-in and security pages come from an open-source component. We have adapted
them, but some wording may be less plain than we would like.</li>
<li>Security keys and passkeys depend on your browser and device. If they do not work for
you, use an authenticator app or recovery codes instead.</li>
<li>The administration area used by network coordinators has not been fully reviewed
yet.</li>
<li>Documents shared by members or partners may not all be accessible. Ask us for another
format.</li>
</ul>
<h2>Report a barrier or ask for an accessible format</h2>
<p> If something on this site is hard or impossible for you to use, or you need information
in another format, email <a href="mailto:{email}">{email}</a>. Tell us the page and what
happened, if you can. </p>
<p>We respond within 5 business days.</p>
""",
        "body_fr": """
<h2>Ce que nous avons fait</h2>
<ul>
<li>Chaque page fonctionne au clavier seulement, avec un indicateur de focus visible et un
lien pour passer au contenu principal.</li>
<li>Les pages sont conçues pour les lecteurs d'écran : repères, titres dans l'ordre, champs
de formulaire étiquetés et erreurs annoncées et liées à leur champ.</li>
<li>Le texte offre un fort contraste de couleurs, les liens sont soulignés, et les pages
peuvent être agrandies jusqu'à quatre fois ou lues sur un petit téléphone sans défilement
horizontal.</li>
<li>Nous écrivons en langage clair, en français et en anglais.</li>
<li>Les animations sont désactivées quand votre appareil demande de réduire les
mouvements.</li>
<li>Les vidéos que nous publierons auront des sous-titres et une transcription.</li>
<li>Nous vérifions les pages à l'aide de tests d'accessibilité automatisés et
manuellement.</li>
</ul>
<h2>Limites connues</h2>
<ul>
<li>Certaines pages de connexion et de sécurité proviennent d'un composant à code source
ouvert. Nous les avons adaptées, mais certaines formulations peuvent être moins claires que
nous le voudrions.</li>
<li>Les clés de sécurité et les clés d'accès dépendent de votre navigateur et de votre
appareil. Si elles ne fonctionnent pas pour vous, utilisez plutôt une application
d'authentification ou des codes de récupération.</li>
<li>L'espace d'administration utilisé par les coordonnateurs et coordonnatrices du réseau
n'a pas encore été entièrement vérifié.</li>
<li>Les documents partagés par les membres ou les partenaires ne sont peut-être pas tous
accessibles. Demandez-nous un autre format.</li>
</ul>
<h2>Signaler un obstacle ou demander un format accessible</h2>
<p> Si quelque chose sur ce site est difficile ou impossible à utiliser pour vous, ou si
vous avez besoin de l'information dans un autre format, écrivez à <a
href="mailto:{email}">{email}</a>. Indiquez-nous la page et ce qui s'est passé, si vous le
pouvez. </p>
<p>Nous répondons dans un délai de 5 jours ouvrables.</p>
""",
    },
)


def load_statement_pages(page_model, revision_model, *, contact_email: str) -> int:
    """Create the statements that are missing, published and public, each with a first revision.
    Works with the migration's historical models too, so it sets the tree's columns itself.
    Returns how many it created."""
    created = 0
    for statement in STATEMENTS:
        if page_model.objects.filter(parent__isnull=True, slug=statement["slug"]).exists():
            continue
        # One line per text: the lines of the source above are wrapped for reading only, and
        # the history's comparison (network.richtext.html_to_lines) reads a line break as one.
        text = {
            name: " ".join(value.split()).replace("{email}", contact_email)
            for name, value in statement.items()
            if isinstance(value, str)
        }
        page = page_model.objects.create(
            **text,
            order=statement["order"],
            path=statement["slug"],
            depth=0,
            access=0,
            effective_access=0,
            status="published",
            show_in_navigation=True,
        )
        revision_model.objects.create(
            page=page,
            title=page.title,
            title_fr=page.title_fr,
            summary=page.summary,
            summary_fr=page.summary_fr,
            body=page.body,
            body_fr=page.body_fr,
            access=page.access,
            status=page.status,
        )
        created += 1
    return created
