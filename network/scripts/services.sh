#!/usr/bin/env bash
# Make sure PostgreSQL and Redis answer at DATABASE_URL / REDIS_URL. When they point at this
# machine and the servers are installed but stopped, start them; otherwise say what to change.
set -euo pipefail

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/network}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
PY="${PY:-.venv/bin/python}"

is_local() { case "$1" in 127.0.0.1|localhost|::1|"") return 0 ;; *) return 1 ;; esac; }

read -r PG_HOST PG_PORT < <("$PY" - "$DATABASE_URL" <<'PYEOF'
import sys
from urllib.parse import urlsplit
u = urlsplit(sys.argv[1])
print(u.hostname or "127.0.0.1", u.port or 5432)
PYEOF
)
read -r REDIS_HOST REDIS_PORT < <("$PY" - "$REDIS_URL" <<'PYEOF'
import sys
from urllib.parse import urlsplit
u = urlsplit(sys.argv[1])
print(u.hostname or "127.0.0.1", u.port or 6379)
PYEOF
)

port_open() {  # host port
  "$PY" - "$1" "$2" <<'PYEOF'
import socket
import sys

try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1).close()
except OSError:
    sys.exit(1)
PYEOF
}

wait_for() {  # host port seconds
  for _ in $(seq 1 "$3"); do port_open "$1" "$2" && return 0; sleep 1; done
  return 1
}

if ! port_open "$PG_HOST" "$PG_PORT"; then
  if is_local "$PG_HOST" && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "Starting PostgreSQL ..."
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  if ! wait_for "$PG_HOST" "$PG_PORT" 20; then
    echo "error: PostgreSQL is not reachable at $PG_HOST:$PG_PORT." >&2
    echo "       Install and start PostgreSQL, or set DATABASE_URL to a server that answers" >&2
    echo "       (e.g. DATABASE_URL=postgres://user:password@host:5432/network)." >&2
    exit 1
  fi
fi

if ! port_open "$REDIS_HOST" "$REDIS_PORT"; then
  if is_local "$REDIS_HOST" && command -v redis-server >/dev/null 2>&1; then
    echo "Starting Redis ..."
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      >/dev/null || true
  fi
  if ! wait_for "$REDIS_HOST" "$REDIS_PORT" 10; then
    echo "error: Redis is not reachable at $REDIS_HOST:$REDIS_PORT." >&2
    echo "       Install and start Redis, or set REDIS_URL to a server that answers" >&2
    echo "       (e.g. REDIS_URL=redis://host:6379/0)." >&2
    exit 1
  fi
fi
