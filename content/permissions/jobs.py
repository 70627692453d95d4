"""Model permissions the jobs part gives each role (gathered by content.permissions).

Content editors post, change and take down job postings; network administrators do what editors
do. Coordinators send postings from their LHIN to an editor, as for any other content.
"""

from governance.permissions.base import crud

_JOBS = crud("content.jobposting")

CONTENT_EDITOR: tuple[str, ...] = _JOBS
NETWORK_ADMINISTRATOR: tuple[str, ...] = _JOBS
LHIN_COORDINATOR: tuple[str, ...] = ()
