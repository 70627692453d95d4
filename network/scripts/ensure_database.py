"""Create the database named in DATABASE_URL if it does not exist yet (used by `make run`)."""

import os
import sys

import environ
import psycopg
from psycopg import sql

url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/network")
config = environ.Env.db_url_config(url)
name = config["NAME"]
connect = {
    "host": config.get("HOST") or "127.0.0.1",
    "port": config.get("PORT") or 5432,
    "user": config.get("USER") or None,
    "password": config.get("PASSWORD") or None,
    "dbname": "postgres",
    "autocommit": True,
    "connect_timeout": 5,
}
try:
    with psycopg.connect(**{k: v for k, v in connect.items() if v is not None}) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            sys.stdout.write(f"Created database {name}.\n")
except psycopg.Error as exc:
    sys.exit(
        f"error: cannot create or check database {name!r}: {exc}\n"
        "       Check DATABASE_URL (user, password, host) or create the database yourself."
    )
