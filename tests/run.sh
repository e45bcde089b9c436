#!/usr/bin/env bash
# Runs every test: the Azure templates' validation, unit, integration, bUnit component and Playwright browser tests.
# Installs what a fresh Debian/Ubuntu machine lacks first (Debian's chromium, redis-server and nginx); Playwright never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then missing+=(chromium); fi
# The real-time tests start their own redis-server (on a free port, stopped when they end) for the SignalR backplane.
if ! command -v redis-server >/dev/null; then missing+=(redis-server); fi
# The local production-like run's test starts infra/local/run.sh, which puts Debian's nginx in front of two instances.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the browser and real-time tests"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
dotnet tool restore >/dev/null
# The Azure templates in infra/bicep: built, linted and their parameter files built, with no warning allowed.
bash infra/bicep/validate.sh
dotnet build Devon.Send.Portal.sln -c Release -warnaserror -nologo -v quiet

results=$(mktemp -d)
status=0
dotnet test Devon.Send.Portal.sln -c Release --no-build --logger "console;verbosity=minimal" \
  --results-directory "$results" --logger trx 2>&1 | tee "$results/test.log" || status=$?

# One closing line for the whole run, summed over the test projects' results.
cat "$results"/*.trx | grep -o '<Counters [^>]*>' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "=\""); gsub("\"", "", kv[2]); n[kv[1]] += kv[2] } }
  END { printf "%d passed, %d failed, %d skipped\n", n["passed"], n["failed"] + n["error"] + n["timeout"] + n["aborted"], n["notExecuted"] }'
exit $status
