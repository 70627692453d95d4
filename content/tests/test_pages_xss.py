"""Known cross-site scripting payloads in a page, saved through the admin's form and through the
model: none survives in the page people read (nh3 cleans the rich text before it is stored;
titles and summaries are escaped when shown)."""

import re

import pytest

from content.models import Access, Page, Status
from content.services.pages import page_save
from content.tests.factories import PageFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href=" JaVaScRiPt:alert(1)">mixed case</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "<svg onload=alert(1)><circle r=1></circle></svg>",
    '<iframe src="https://evil.example/"></iframe>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    "<style>body{display:none}</style><p>after a style</p>",
    "<details open ontoggle=alert(1)><summary>x</summary></details>",
    '<object data="javascript:alert(1)"></object>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<img src="//evil.example/pixel.gif" alt="">',
    '<body onload="alert(1)"><p>body</p>',
    "<p>a<!--<script>alert(1)</script>-->b</p>",
]

# Anything that could run, load from another site, or restyle the page.
DANGEROUS = re.compile(
    r"<\s*(script|iframe|svg|object|embed|form|style|math|body|details|link|meta)\b"
    r"|\son[a-z]+\s*="
    r"|\sstyle\s*="
    r"|(href|src|action|data)\s*=\s*[\"']?\s*(javascript|vbscript|data):"
    r"|(src|href)\s*=\s*[\"']?(https?:)?//evil\.example",
    re.IGNORECASE,
)


def rendered_body(client, path: str) -> str:
    page = client.get(f"/{path}/").content.decode()
    start = page.index('<div class="prose">')
    return page[start : page.index("</div>", start)]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_saved_through_the_model_does_not_survive(client, payload):
    page = PageFactory(slug="statement", body=f"<p>Before</p>{payload}", body_fr=payload)

    stored = Page.objects.get(pk=page.pk)
    assert not DANGEROUS.search(stored.body), stored.body
    assert not DANGEROUS.search(stored.body_fr), stored.body_fr
    body = rendered_body(client, "statement")
    assert "<p>Before</p>" in body
    assert not DANGEROUS.search(body), body
    client.cookies["django_language"] = "fr"
    assert not DANGEROUS.search(rendered_body(client, "statement"))


def test_every_payload_saved_through_the_admin_form_does_not_survive(client, content_editor):
    sign_in(client, content_editor)
    everything = "".join(PAYLOADS)

    response = client.post(
        "/admin/content/page/add/",
        {
            "parent": "",
            "slug": "statement",
            "order": "0",
            "access": str(Access.PUBLIC),
            "status": Status.PUBLISHED,
            "publish_at": "",
            "title": '"><script>alert("title")</script>',
            "summary": "<img src=x onerror=alert(1)>",
            "body": f"<p>Kept</p>{everything}",
            "title_fr": "",
            "summary_fr": "",
            "body_fr": everything,
        },
    )

    assert response.status_code == 302
    page = Page.objects.get(path="statement")
    assert not DANGEROUS.search(page.body)
    assert not DANGEROUS.search(page.body_fr)
    body = rendered_body(sign_in(client, None), "statement")
    assert not DANGEROUS.search(body), body
    assert "<p>Kept</p>" in body
    public = client.get("/statement/").content.decode()
    main = public[public.index('id="main"') : public.index('class="site-footer"')]
    assert not re.search(r"<(script|img src=x)", main)
    # The title and summary are text: shown escaped, in the page and in its <title>.
    assert "&quot;&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in main
    assert "&lt;img src=x onerror=alert(1)&gt;" in main
    assert '<script>alert("title")' not in public


def test_a_payload_in_the_title_is_escaped_in_about_and_the_breadcrumbs(client):
    parent = PageFactory(slug="parent", title="<script>alert(1)</script>")
    page_save(page=PageFactory.build(parent=parent, slug="child", title="Child"), actor=None)

    about = client.get("/about/").content.decode()
    child = client.get("/parent/child/").content.decode()

    for page in (about, child):
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
