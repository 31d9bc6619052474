#!/usr/bin/env bash
# Runs once when the PostgreSQL container initialises its data directory.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
  -v owner_password="$NSK_OWNER_PASSWORD" -v app_password="$NSK_APP_PASSWORD" -v database="$NSK_DATABASE" \
  -f /docker-entrypoint-initdb.d/create-roles.sql.in
