"""Model permissions the pages part gives each role (gathered by content.permissions).

Content editors and network administrators keep the page tree; the revisions are read and
restored through each page's History, so they need no permissions of their own.
"""

from governance.permissions.base import crud

CONTENT_EDITOR: tuple[str, ...] = crud("content.page")
NETWORK_ADMINISTRATOR: tuple[str, ...] = crud("content.page")
LHIN_COORDINATOR: tuple[str, ...] = ()
