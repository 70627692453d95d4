"""The SQL of the thread page's three reads, written out once instead of built by the ORM on
every request.

The thread page must serve 240 requests a second on two cores (issue 8). Building these three
querysets (annotations, subqueries, `select_related`) cost more than half of the page's time,
every time, for statements that never change; PostgreSQL runs each in well under a millisecond.
So each is a fixed statement with parameters, its table and column names read from the models
when this module is imported (a renamed field changes the SQL with it), and its rows become
model instances through `Model.from_db`, as the ORM's own rows do.

They run as prepared statements (`_cursor`): PostgreSQL plans each once per connection instead
of on every request, which was as long as running it. The project's other queries keep Django's
default (client-side binding, nothing prepared).

The rules stay where they were: `Viewer` decides who may read what, the selectors apply it. The
tests that pin the thread page's queries and permissions run through these statements.
"""

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.models import Model

from members.models import Membership, User

from ..models import (
    Category,
    CategoryUserObjectPermission,
    ForumProfile,
    Mute,
    Post,
    Reaction,
    ReadMarker,
    Report,
    Subscription,
    Thread,
)


def _table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _fields(model: type[Model], names: Sequence[str] | None = None) -> list:
    """`model`'s concrete fields (or those named), in the model's order: `from_db` takes the
    values of the fields it is given in that order."""
    return [field for field in model._meta.concrete_fields if names is None or field.name in names]


def _select(alias: str, fields: Sequence) -> str:
    return ", ".join(f"{alias}.{connection.ops.quote_name(field.column)}" for field in fields)


def _attnames(fields: Sequence) -> list[str]:
    return [field.attname for field in fields]


class _PreparedCursor(psycopg.Cursor):
    """A server-side binding cursor that prepares what it runs (psycopg keeps the prepared
    statements of each connection; Django's persistent connections keep them across requests)."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        super().execute(query, params, prepare=True, binary=binary)
        if self._query is None:
            # A prepared statement's run keeps no query text, and Django's query log (and the
            # tests that count queries) read it there: the text with its $n placeholders.
            self._query = self._convert_query(query, params)
        return self


def _cursor():
    """A cursor for the statements below, wrapped by Django as any cursor is: counted by the
    query-count tests, logged when queries are, its errors Django's."""
    connection.ensure_connection()
    with connection.wrap_database_errors:
        return connection._prepare_cursor(_PreparedCursor(connection.connection))


def instance(model: type[Model], attnames: Sequence[str], values: Sequence) -> Model:
    """A model instance from a row's values, the way the ORM makes them (`from_db`)."""
    return model.from_db(connection.alias, list(attnames), list(values))


# --- The viewer ---------------------------------------------------------------------------------

VIEWER = f"""
    SELECT
        COALESCE(
            (SELECT array_agg(DISTINCT g.name)
               FROM {_table(User.groups.through)} ug
               JOIN {_table(Group)} g ON g.id = ug.group_id
              WHERE ug.user_id = u.id),
            '{{}}'
        ),
        (SELECT array_agg(grant_.content_object_id)
           FROM {_table(CategoryUserObjectPermission)} grant_
           JOIN {_table(Permission)} perm ON perm.id = grant_.permission_id
          WHERE grant_.user_id = u.id AND perm.codename = %(codename)s),
        m.lhin_id, m.status, m.expires_at,
        f.posting_suspended_until, f.guidelines_accepted_at
      FROM {_table(User)} u
      LEFT JOIN {_table(Membership)} m ON m.person_id = u.id
      LEFT JOIN {_table(ForumProfile)} f ON f.person_id = u.id
     WHERE u.id = %(person)s
"""  # noqa: S608 (table names are the models'; values are parameters)


def viewer_row(person_id: int, codename: str) -> tuple:
    """(group names, moderated category ids, membership LHIN, status, expiry, posting
    suspended until, guidelines accepted at) of one person."""
    with _cursor() as cursor:
        cursor.execute(VIEWER, {"person": person_id, "codename": codename})
        return cursor.fetchone()


# --- The thread ---------------------------------------------------------------------------------

THREAD_FIELDS = _attnames(_fields(Thread))
CATEGORY_FIELDS = _attnames(_fields(Category))
THREAD = f"""
    SELECT {_select("t", _fields(Thread))}, {_select("c", _fields(Category))},
        (SELECT marker.last_read_number FROM {_table(ReadMarker)} marker
          WHERE marker.thread_id = t.id AND marker.person_id = %(viewer)s),
        EXISTS (SELECT 1 FROM {_table(Subscription)} watch
                 WHERE watch.thread_id = t.id AND watch.person_id = %(viewer)s)
      FROM {_table(Thread)} t
      JOIN {_table(Category)} c ON c.id = t.category_id
     WHERE t.id = %(thread)s
"""  # noqa: S608 (table and column names are the models'; values are parameters)


def thread_row(thread_id: int, viewer_id: int | None) -> Thread | None:
    """The thread with its category (cached on it, as `select_related` does), the viewer's
    read marker (`last_read`) and whether they watch it (`watched`); None if there is none."""
    with _cursor() as cursor:
        cursor.execute(THREAD, {"thread": thread_id, "viewer": viewer_id})
        row = cursor.fetchone()
    if row is None:
        return None
    split = len(THREAD_FIELDS)
    thread = instance(Thread, THREAD_FIELDS, row[:split])
    thread.category = instance(Category, CATEGORY_FIELDS, row[split : split + len(CATEGORY_FIELDS)])
    thread.last_read, thread.watched = row[-2:]
    return thread


# --- A page of posts ----------------------------------------------------------------------------

_POST_FIELDS = _fields(
    Post,
    (
        "id",
        "thread",
        "number",
        "body_html",
        "content_warning",
        "status",
        "quote_of",
        "created_at",
        "edited_at",
        "deleted_at",
        "author",
    ),
)
POST_FIELDS = _attnames(_POST_FIELDS)
POSTS = f"""
    SELECT {_select("p", _POST_FIELDS)},
        author.display_name, author.closed_at,
        (SELECT array_agg(r.kind) FROM {_table(Reaction)} r WHERE r.post_id = p.id),
        (SELECT array_agg(r.kind) FROM {_table(Reaction)} r
          WHERE r.post_id = p.id AND r.person_id = %(viewer)s),
        EXISTS (SELECT 1 FROM {_table(Mute)} mute
                 WHERE mute.person_id = %(viewer)s AND mute.muted_id = p.author_id),
        EXISTS (SELECT 1 FROM {_table(Report)} report
                 WHERE report.post_id = p.id AND report.reporter_id = %(viewer)s)
      FROM {_table(Post)} p
      LEFT JOIN {_table(User)} author ON author.id = p.author_id
"""  # noqa: S608 (table and column names are the models'; values are parameters)
POSTS_OF_PAGE = (
    POSTS
    + """
     WHERE p.thread_id = %(thread)s AND p.number BETWEEN %(first)s AND %(last)s
       AND (%(all)s OR p.status <> %(held)s OR p.author_id = %(viewer)s)
     ORDER BY p.number
"""
)
POST_BY_ID = POSTS + " WHERE p.id = %(post)s"


def _posts(statement: str, params: dict) -> list[Post]:
    with _cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    split = len(POST_FIELDS)
    posts = []
    for row in rows:
        post = instance(Post, POST_FIELDS, row[:split])
        (
            post.author_display_name,
            post.author_closed_at,
            post.reaction_kinds,
            post.my_reactions,
            post.muted,
            post.reported,
        ) = row[split:]
        posts.append(post)
    return posts


def posts_of_page(
    thread_id: int, first: int, last: int, *, viewer_id: int | None, all_statuses: bool
) -> list[Post]:
    """Posts numbered `first`..`last` of the thread, in order; held ones only for their author
    unless `all_statuses` (the category's moderators)."""
    return _posts(
        POSTS_OF_PAGE,
        {
            "thread": thread_id,
            "first": first,
            "last": last,
            "viewer": viewer_id,
            "all": all_statuses,
            "held": Post.Status.HELD,
        },
    )


def post_by_id(post_id: int, *, viewer_id: int | None) -> Post | None:
    posts = _posts(POST_BY_ID, {"post": post_id, "viewer": viewer_id})
    return posts[0] if posts else None
