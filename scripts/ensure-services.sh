#!/usr/bin/env bash
# Starts the machine's PostgreSQL when it is not answering (these machines start it before a
# session; a stopped one is started with the same command): CI's second test run uses it
# (TEST_DATABASE_URL). The Redis-mode tests start a redis-server of their own.
set -u
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
