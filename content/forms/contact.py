"""Content forms: the contact part."""
