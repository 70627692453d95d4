"""The SQL of the thread page's three reads, written out once instead of built by the ORM on
every request.

The thread page must serve 240 requests a second on two cores (issue 8). Building these three
querysets (annotations, subqueries, `select_related`) cost more than half of the page's time,
every time, for statements that never change; PostgreSQL runs each in well under a millisecond.
So each is a fixed statement with parameters, its table and column names read from the models
when this module is imported (a renamed field changes the SQL with it), and its rows become
model instances through `Model.from_db`, as the ORM's own rows do (`network.prepared`).
PostgreSQL prepares each once per connection instead of planning it on every request, which took
as long as running it.

The rules stay where they were: `Viewer` decides who may read what, the selectors apply it. The
tests that pin the thread page's queries and permissions run through these statements.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

from members.models import Membership, User
from network import prepared
from network.prepared import attnames, fields, instance, select, table

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

# --- The viewer ---------------------------------------------------------------------------------

VIEWER = f"""
    SELECT
        COALESCE(
            (SELECT array_agg(DISTINCT g.name)
               FROM {table(User.groups.through)} ug
               JOIN {table(Group)} g ON g.id = ug.group_id
              WHERE ug.user_id = u.id),
            '{{}}'
        ),
        (SELECT array_agg(grant_.content_object_id)
           FROM {table(CategoryUserObjectPermission)} grant_
           JOIN {table(Permission)} perm ON perm.id = grant_.permission_id
          WHERE grant_.user_id = u.id AND perm.codename = %(codename)s),
        m.lhin_id, m.status, m.expires_at,
        f.posting_suspended_until, f.guidelines_accepted_at
      FROM {table(User)} u
      LEFT JOIN {table(Membership)} m ON m.person_id = u.id
      LEFT JOIN {table(ForumProfile)} f ON f.person_id = u.id
     WHERE u.id = %(person)s
"""  # noqa: S608 (table names are the models'; values are parameters)


def viewer_row(person_id: int, codename: str) -> tuple:
    """(group names, moderated category ids, membership LHIN, status, expiry, posting
    suspended until, guidelines accepted at) of one person."""
    with prepared.cursor() as cursor:
        cursor.execute(VIEWER, {"person": person_id, "codename": codename})
        return cursor.fetchone()


# --- The thread ---------------------------------------------------------------------------------

THREAD_FIELDS = attnames(fields(Thread))
CATEGORY_FIELDS = attnames(fields(Category))
THREAD = f"""
    SELECT {select("t", fields(Thread))}, {select("c", fields(Category))},
        (SELECT marker.last_read_number FROM {table(ReadMarker)} marker
          WHERE marker.thread_id = t.id AND marker.person_id = %(viewer)s),
        EXISTS (SELECT 1 FROM {table(Subscription)} watch
                 WHERE watch.thread_id = t.id AND watch.person_id = %(viewer)s)
      FROM {table(Thread)} t
      JOIN {table(Category)} c ON c.id = t.category_id
     WHERE t.id = %(thread)s
"""  # noqa: S608 (table and column names are the models'; values are parameters)


def thread_row(thread_id: int, viewer_id: int | None) -> Thread | None:
    """The thread with its category (cached on it, as `select_related` does), the viewer's
    read marker (`last_read`) and whether they watch it (`watched`); None if there is none."""
    with prepared.cursor() as cursor:
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

_POST_FIELDS = fields(
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
POST_FIELDS = attnames(_POST_FIELDS)
POSTS = f"""
    SELECT {select("p", _POST_FIELDS)},
        author.display_name, author.closed_at,
        (SELECT array_agg(r.kind) FROM {table(Reaction)} r WHERE r.post_id = p.id),
        (SELECT array_agg(r.kind) FROM {table(Reaction)} r
          WHERE r.post_id = p.id AND r.person_id = %(viewer)s),
        EXISTS (SELECT 1 FROM {table(Mute)} mute
                 WHERE mute.person_id = %(viewer)s AND mute.muted_id = p.author_id),
        EXISTS (SELECT 1 FROM {table(Report)} report
                 WHERE report.post_id = p.id AND report.reporter_id = %(viewer)s)
      FROM {table(Post)} p
      LEFT JOIN {table(User)} author ON author.id = p.author_id
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
    with prepared.cursor() as cursor:
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
