#!/usr/bin/env bash
# Regenerates the idempotent SQL Server migration script that production deployments apply.
# Run after adding a migration; a test fails while the committed script is out of date.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/Devon.Send.Portal.Web --context SqlServerPortalDbContext \
  --output infra/sql/portal-sqlserver.sql
