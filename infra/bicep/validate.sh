#!/usr/bin/env bash
# Validates every Bicep template and parameter file with the Bicep CLI (from NuGet, pinned in bicep.proj):
# build, lint and build-params must all be silent. Any warning fails, as well as any error. Deploys nothing.
set -euo pipefail
cd "$(dirname "$0")"

version=$(sed -n 's/.*"Azure.Bicep.CommandLine.linux-x64" Version="\[\(.*\)\]".*/\1/p' bicep.proj)
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -f "$bicep" ] || dotnet restore bicep.proj -nologo -v quiet
[ -x "$bicep" ] || chmod +x "$bicep"

# The parameter files read the council's own identifiers from the environment at deployment; any well-formed values
# will do for validation.
export PORTAL_SQL_ADMINS_GROUP="${PORTAL_SQL_ADMINS_GROUP:-SEND Portal database administrators}"
export PORTAL_SQL_ADMINS_GROUP_OBJECT_ID="${PORTAL_SQL_ADMINS_GROUP_OBJECT_ID:-00000000-0000-0000-0000-000000000001}"
export PORTAL_AZUREAD_CLIENT_ID="${PORTAL_AZUREAD_CLIENT_ID:-00000000-0000-0000-0000-000000000002}"
export PORTAL_SMTP_HOST="${PORTAL_SMTP_HOST:-smtp.example.org}"
export PORTAL_SMTP_FROM="${PORTAL_SMTP_FROM:-send-portal@example.org}"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
check() {
  local said
  if ! said=$("$bicep" "$@" 2>&1 >/dev/null) || [ -n "$said" ]; then
    printf 'bicep %s:\n%s\n' "$*" "${said:-(failed without a message)}" >&2
    failed=1
  fi
}

check build --pattern '**/*.bicep' --outdir "$out"
check lint --pattern '**/*.bicep'
check build-params --pattern '**/*.bicepparam' --outdir "$out"

if [ "$failed" -ne 0 ]; then
  exit 1
fi
shopt -s globstar
templates=(**/*.bicep) parameters=(**/*.bicepparam)
echo "Bicep $version: ${#templates[@]} template(s) and ${#parameters[@]} parameter file(s) build and lint without a warning"
