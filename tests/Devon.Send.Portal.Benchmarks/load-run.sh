#!/usr/bin/env bash
# Load run of a child's pages with wrk: the portal built in Release, started on a fresh demo database, each page
# asked for by a parent and by the caseworker with their session cookies.
#   bash tests/Devon.Send.Portal.Benchmarks/load-run.sh [child's first name] [page ...]   (default: Leo reviews case)
set -euo pipefail
cd "$(dirname "$0")/../../src/Devon.Send.Portal.Web"
child=${1:-Leo}; shift || true
pages=("${@:-reviews case}"); pages=(${pages[@]})
port=5099 base=http://127.0.0.1:5099 work=$(mktemp -d)
[ -f bin/Release/net10.0/Devon.Send.Portal.Web.dll ] || dotnet build -c Release -nologo -v quiet
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=$base ConnectionStrings__Portal="Data Source=$work/portal.db" Logging__LogLevel__Default=Warning \
  dotnet bin/Release/net10.0/Devon.Send.Portal.Web.dll > "$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid; rm -rf "$work"' EXIT
until curl -fs $base/ >/dev/null; do sleep 1; done

# Signs in through the sign-in form and prints the session's cookies as a Cookie header's value.
signin() {
  local jar=$work/$1.jar token
  token=$(curl -s -c "$jar" -b "$jar" $base/account/sign-in | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST $base/account/sign-in --data-urlencode "Input.Email=$1" \
    --data-urlencode "Input.Password=DevonDemo2026!" --data-urlencode "__RequestVerificationToken=$token"
  sed 's/^#HttpOnly_//' "$jar" | grep -v '^#' | awk 'NF>=7 {printf "%s=%s; ", $6, $7}'
}

id=$(sqlite3 "$work/portal.db" "select lower(Id) from Children where GivenName='$child'")
parent=$(sqlite3 "$work/portal.db" "select u.Email from AspNetUsers u join FamilyLinks f on f.UserId = u.Id where lower(f.ChildId) = '$id' limit 1")
# The first half minute after start-up is busy (the mailer's first rounds, tiered compilation): it is not measured.
warm=$(signin "$parent")
wrk -t2 -c8 -d30s -H "Cookie: $warm" $base/children/$id/${pages[0]} > /dev/null

for who in "$parent" caseworker@example.org; do
  cookie=$(signin "$who")
  for page in "${pages[@]}"; do
    echo "== $who /children/$id/$page -> $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" $base/children/$id/$page)"
    wrk -t2 -c8 -d5s -H "Cookie: $cookie" $base/children/$id/$page > /dev/null # warm-up (JIT, tiered compilation, caches), not counted
    wrk -t2 -c8 -d20s --latency -H "Cookie: $cookie" $base/children/$id/$page | grep -E "50%|90%|99%|Requests/sec|Non-2xx"
  done
done
uptime
