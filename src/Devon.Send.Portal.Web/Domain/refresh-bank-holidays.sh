#!/usr/bin/env bash
# Refreshes bank-holidays.json, beside this script, from GOV.UK's list of bank holidays.
#
# Optional, and run by a developer when GOV.UK publishes a new year or a new holiday: the portal never downloads
# anything itself, and reads only the copy built into it. Review the change, run the unit tests, and commit it.
#
#   src/Devon.Send.Portal.Web/Domain/refresh-bank-holidays.sh              # from https://www.gov.uk/bank-holidays.json
#   src/Devon.Send.Portal.Web/Domain/refresh-bank-holidays.sh saved.json   # from a file saved earlier
#
# Keeps England and Wales only, from 2014. GOV.UK lists only recent years, so the years in our file before the first
# year GOV.UK lists are kept as they are. A holiday in our file that GOV.UK does not list (one added by hand before
# GOV.UK had it) is left out and named, so it can be added back if it still stands.
# Needs curl and python3.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
target="$here/bank-holidays.json"
source="${1:-https://www.gov.uk/bank-holidays.json}"

download="$(mktemp)"
trap 'rm -f "$download"' EXIT
if [[ -f "$source" ]]; then
  cp "$source" "$download"
else
  curl --fail --silent --show-error --location --max-time 60 "$source" --output "$download"
fi

python3 - "$target" "$download" <<'PYTHON'
import json
import sys

target, download = sys.argv[1], sys.argv[2]
division = "england-and-wales"
first_year = "2014"

with open(target, encoding="utf-8") as f:
    current = json.load(f)[division]["events"]
with open(download, encoding="utf-8") as f:
    published = json.load(f)
if division not in published or not published[division].get("events"):
    sys.exit(f"The download has no {division} events: nothing was changed.")

fresh = sorted((e for e in published[division]["events"] if e["date"] >= first_year), key=lambda e: e["date"])
start = fresh[0]["date"]
kept = [e for e in current if e["date"] < start]
fresh_dates = {e["date"] for e in fresh}
dropped = [e for e in current if e["date"] >= start and e["date"] not in fresh_dates]

events = [{"title": e["title"], "date": e["date"], "notes": e["notes"], "bunting": e["bunting"]} for e in kept + fresh]
with open(target, "w", encoding="utf-8", newline="\n") as f:
    json.dump({division: {"division": division, "events": events}}, f, ensure_ascii=False, indent=2)
    f.write("\n")

print(f"{target}: {len(events)} bank holidays, {events[0]['date'][:4]} to {events[-1]['date'][:4]}; "
      f"{len(kept)} kept from before {start[:4]}, {len(fresh)} from the download.")
for e in dropped:
    print(f"Not in the download, so left out: {e['date']} {e['title']}. Add it back by hand if it still stands.")
print("Now run the unit tests: dotnet test tests/Devon.Send.Portal.UnitTests")
PYTHON
