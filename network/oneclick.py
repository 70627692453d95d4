"""One-click links in emails: a value signed with the site's secret key (salted for its one use,
no timestamp, so the link in an old email still works), and the RFC 8058 headers that let mail
programs show their own "Unsubscribe" button, which POSTs to the link.

Used by the newsletter (content) and the forums' notifications and digests.
"""

from django.core import signing


class OneClickLinkError(Exception):
    """An altered or cut-short link: it opens nothing."""


def one_click_token(value, *, salt: str) -> str:
    # A Signer, not signing.dumps: no timestamp, so the link is the same in every email.
    return signing.Signer(salt=salt).sign_object(value)


def one_click_value(token: str, *, salt: str):
    """The value `token` was made from; OneClickLinkError when it was altered."""
    try:
        return signing.Signer(salt=salt).unsign_object(token)
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise OneClickLinkError from error


def unsubscribe_headers(url: str) -> dict[str, str]:
    """RFC 8058: mail programs show an unsubscribe button that POSTs to `url`."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
