"""Governance's models, one module per part (documents, bodies, consultations, complaints, and the
registry: peer roles, partners, honoraria, LHIN engagement)."""

from .bodies import *  # noqa: F403
from .complaints import *  # noqa: F403
from .consultations import *  # noqa: F403
from .documents import Document, DocumentVersion  # noqa: F401
from .honoraria import *  # noqa: F403
from .registry import *  # noqa: F403
