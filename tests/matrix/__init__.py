"""The permission matrix's rows, split by feature: one module per part, each with `ROWS` (route
→ (path, row)) and `objects(request)` (the ids its paths name). `tests/test_permission_matrix.py`
gathers them, so features add rows without editing one another's.
"""

from . import (
    content_engagement,
    content_events,
    content_news,
    content_pages,
    content_resources,
    content_search,
    governance_bodies,
    governance_complaints,
    governance_consultations,
    governance_documents,
    governance_honoraria,
    governance_registry,
    speakers_applications,
    speakers_directory,
    speakers_matching,
    speakers_pages,
    speakers_requests,
    speakers_vetting,
    training_assessments,
    training_catalogue,
    training_coverage,
    training_records,
    training_sessions,
)
from .base import ROLES, row  # noqa: F401 (the matrix's vocabulary)

PARTS = (
    governance_documents,
    governance_bodies,
    governance_consultations,
    governance_complaints,
    governance_registry,
    governance_honoraria,
    training_catalogue,
    training_sessions,
    training_records,
    training_assessments,
    training_coverage,
    speakers_pages,
    speakers_applications,
    speakers_vetting,
    speakers_directory,
    speakers_requests,
    speakers_matching,
    content_pages,
    content_news,
    content_events,
    content_resources,
    content_engagement,
    content_search,
)
