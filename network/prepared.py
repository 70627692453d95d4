"""Fixed SQL statements that PostgreSQL prepares once per connection, for the few reads that run
on nearly every request (the signed-in person, the forums' thread page).

Django builds each ORM query anew on every request, and with its default client-side binding
PostgreSQL plans each one anew too. For a statement that never changes, both cost more than
running it. Here a statement is written once, its table and column names read from the models
when the module that writes it is imported (a renamed field changes the SQL with it); it runs
through `cursor()`, which psycopg prepares on first use in each connection (Django keeps
connections across requests: CONN_MAX_AGE), and its rows become model instances through
`Model.from_db`, as the ORM's own rows do.

The project's other queries keep Django's defaults: nothing else is prepared. The settings allow
psycopg to prepare (`prepare_threshold`); Django's own cursors bind on the client and never do.
"""

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from django.db import connection
from django.db.models import Field, Model


class _PreparedCursor(psycopg.Cursor):
    """A server-side binding cursor that prepares what it runs."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        super().execute(query, params, prepare=True, binary=binary)
        if self._query is None:
            # A prepared statement's run keeps no query text, and Django's query log (and the
            # tests that count queries) read it there: the text with its $n placeholders.
            self._query = self._convert_query(query, params)
        return self


def cursor():
    """A cursor that prepares its statements, wrapped by Django as any cursor is: counted by the
    query-count tests, logged when queries are, its errors Django's."""
    connection.ensure_connection()
    with connection.wrap_database_errors:
        return connection._prepare_cursor(_PreparedCursor(connection.connection))


def table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def fields(model: type[Model], names: Sequence[str] | None = None) -> list[Field]:
    """`model`'s concrete fields (or those named), in the model's order: `from_db` takes the
    values of the fields it is given in that order."""
    return [field for field in model._meta.concrete_fields if names is None or field.name in names]


def select(alias: str, model_fields: Sequence[Field]) -> str:
    """The columns of `model_fields`, for a SELECT list."""
    return ", ".join(f"{alias}.{connection.ops.quote_name(field.column)}" for field in model_fields)


def attnames(model_fields: Sequence[Field]) -> list[str]:
    return [field.attname for field in model_fields]


def instance(model: type[Model], names: Sequence[str], values: Sequence) -> Model:
    """A model instance from a row's values, the way the ORM makes them (`from_db`)."""
    return model.from_db(connection.alias, list(names), list(values))
