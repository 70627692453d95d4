"""Model permissions the news part gives each role (gathered by content.permissions): content
editors and network administrators write the news and its topics."""

from governance.permissions.base import crud

_NEWS = (*crud("content.newspost"), *crud("content.newstopic"))

CONTENT_EDITOR: tuple[str, ...] = _NEWS
NETWORK_ADMINISTRATOR: tuple[str, ...] = _NEWS
LHIN_COORDINATOR: tuple[str, ...] = ()
