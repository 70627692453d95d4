"""The versions of the documents a person consents to when applying.

Bump a version when its text changes in a way people must agree to again; the consent records
keep which version each person accepted, and when.
"""

from .models import ConsentRecord

CURRENT_VERSIONS = {
    ConsentRecord.Document.TERMS: "2026-11",
    ConsentRecord.Document.PRIVACY: "2026-11",
}
