"""The forums' restricted formatting: Markdown (CommonMark, raw HTML off) rendered, then cleaned
by nh3 down to a small allowlist. Rendered once, when a post is written or edited, and stored in
`Post.body_html`, so reading a thread renders nothing.

Links keep only http, https and mailto addresses (javascript:, data:, vbscript: and the rest are
dropped by nh3) and carry rel="nofollow noopener noreferrer ugc": forum links are the members',
not the network's. Images are not allowed at all: nothing in a post loads from another site.
"""

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml as escape_html

TAGS = frozenset(
    {"p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4"}
)
ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer ugc"

# "commonmark" with raw HTML off: "<script>" is text, not markup. Headings are shown at most as
# h3/h4 (below the page's h2s).
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def _image_as_text(self, tokens, idx, options, env) -> str:
    # No pictures from other sites: an image is shown as its description only.
    return escape_html(tokens[idx].content)


_md.add_render_rule("image", _image_as_text)


def _demote_headings(html: str) -> str:
    for level in (1, 2):
        html = html.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    for level in (5, 6):
        html = html.replace(f"<h{level}>", "<h4>").replace(f"</h{level}>", "</h4>")
    return html


def _only_absolute_links(tag: str, attribute: str, value: str) -> str | None:
    # nh3 keeps relative addresses; a post links only to http(s) pages or an email address.
    if tag == "a" and attribute == "href" and not value.lower().startswith(_LINK_PREFIXES):
        return None
    return value


_LINK_PREFIXES = ("http://", "https://", "mailto:")


def render(body: str) -> str:
    """The post's Markdown as safe HTML (an empty string for an empty body)."""
    if not body.strip():
        return ""
    html = _demote_headings(_md.render(body))
    return nh3.clean(
        html,
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        attribute_filter=_only_absolute_links,
        strip_comments=True,
    ).strip()


def quote(body: str, author_name: str) -> str:
    """`body` as a Markdown quote naming its author, to start a reply with."""
    lines = [f"**{author_name}:**", "", *body.strip().splitlines()]
    return "\n".join(f"> {line}" if line else ">" for line in lines) + "\n\n"
