"""Full-text search, as every search box of the site reads what people type: web search syntax
("quotes", -not, or) in English and in French, which PostgreSQL accepts whatever the text."""

from django.contrib.postgres.search import SearchQuery


def bilingual_query(q: str) -> SearchQuery:
    """The words as typed, stemmed as English and as French (either may match)."""
    return SearchQuery(q, config="english", search_type="websearch") | SearchQuery(
        q, config="french", search_type="websearch"
    )


def has_words(q: str) -> bool:
    """Whether `q` holds anything to search for: a letter or a digit, in any script
    (punctuation alone finds nothing)."""
    return any(character.isalnum() for character in q)
