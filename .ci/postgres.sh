#!/usr/bin/env bash
# Start a throwaway local PostgreSQL for the store tests and print its URL.
#
# Usage (from .ci/run):   eval "$(bash .ci/postgres.sh)"   or   source .ci/postgres.sh
# Sourced, it exports RASAD_TEST_PG_URL itself; run, it prints one line,
# `export RASAD_TEST_PG_URL=postgresql://rasad:rasad@127.0.0.1:5432/rasad_test`, for eval, and
# everything else on stderr. It is idempotent: a running server, an existing role or
# database are reused. Needs root (apt-get, su postgres); Debian's `postgresql` package.
set -euo pipefail

PG_USER=${RASAD_PG_USER:-rasad}
PG_PASS=${RASAD_PG_PASS:-rasad}
PG_DB=${RASAD_PG_DB:-rasad_test}
PG_PORT=${RASAD_PG_PORT:-5432}

log() { echo "[postgres.sh] $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
    log "creating cluster ${VERSION}/main"
    pg_createcluster "${VERSION}" main --port "${PG_PORT}" >&2
fi

if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "starting cluster ${VERSION}/main"
    pg_ctlcluster "${VERSION}" main start -- -o "-c listen_addresses=127.0.0.1" >&2 \
        || pg_ctlcluster "${VERSION}" main start >&2
fi

PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q -h 127.0.0.1 -p ${PORT}" && break
    sleep 1
done

psql_su() { su postgres -c "psql -p ${PORT} -v ON_ERROR_STOP=1 -qAt $*"; }

if [ "$(psql_su "-c \"SELECT 1 FROM pg_roles WHERE rolname='${PG_USER}'\"")" != "1" ]; then
    log "creating role ${PG_USER}"
    psql_su "-c \"CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASS}' CREATEDB\"" >&2
fi
if [ "$(psql_su "-c \"SELECT 1 FROM pg_database WHERE datname='${PG_DB}'\"")" != "1" ]; then
    log "creating database ${PG_DB}"
    psql_su "-c \"CREATE DATABASE ${PG_DB} OWNER ${PG_USER}\"" >&2
fi

URL="postgresql://${PG_USER}:${PG_PASS}@127.0.0.1:${PORT}/${PG_DB}"
log "ready: ${URL}"
export RASAD_TEST_PG_URL="${URL}"
echo "export RASAD_TEST_PG_URL=${URL}"
