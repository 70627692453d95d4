from tests.plugin import ROLE_FIXTURES

ROLES = ROLE_FIXTURES


def row(statuses: str) -> dict[str, int]:
    """Statuses in the order of ROLES, as one string: "302 200 ..."."""
    values = statuses.split()
    assert len(values) == len(ROLES), statuses
    return dict(zip(ROLES, map(int, values), strict=True))
