#!/usr/bin/env bash
# A production-like run on one machine, all on 127.0.0.1: a real redis-server (the SignalR backplane), two portal
# instances on one database and one data-protection key ring, and nginx in front (HTTPS, sticky sessions for
# SignalR, WebSockets). Ctrl-C stops everything. See infra/README.md, "Local production-like run".
#
#   bash infra/local/run.sh [--no-build]
#
# PORTAL_LOCAL_PORT   nginx's HTTPS port (default 8443; 0 picks a free one)
# PORTAL_LOCAL_DATA   a folder to keep the database in between runs (default: a temporary folder, removed on stop)
# PORTAL_LOCAL_SMTP_HOST, PORTAL_LOCAL_SMTP_PORT   an SMTP relay for the portal's email (default 127.0.0.1:2525)
set -euo pipefail
# Debian installs nginx in /usr/sbin, which is not on every user's PATH.
PATH="$PATH:/usr/sbin"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
project="$repo/src/Devon.Send.Portal.Web"
# PORTAL_LOCAL_DLL: an already built Devon.Send.Portal.Web.dll to run instead (the browser test runs its own copy).
dll="${PORTAL_LOCAL_DLL:-$project/bin/Release/net10.0/Devon.Send.Portal.Web.dll}"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "Usage: bash infra/local/run.sh [--no-build]" >&2; exit 2 ;;
  esac
done

for command in nginx redis-server openssl curl dotnet; do
  if ! command -v "$command" >/dev/null; then
    echo "$command is not installed. On Debian: apt-get install nginx redis-server openssl curl (and the .NET 10 SDK)." >&2
    exit 1
  fi
done

folder="$(mktemp -d "${TMPDIR:-/tmp}/devon-send-local.XXXXXX")"
data="${PORTAL_LOCAL_DATA:-$folder/data}"
mkdir -p "$data" "$folder/nginx-temp"
pids=()

stop() {
  trap - INT TERM EXIT
  echo "Stopping"
  # Each process by its own id, newest first: nginx, the instances, then redis.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill -TERM "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$folder"
  echo "Stopped"
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap 'stop' EXIT

# A port nobody is listening on (another run, or another engineer's, may be using the usual ones), below the
# kernel's range for outgoing connections (so a test's client socket cannot hold it when a server binds it), and
# not one this run has already taken.
taken_ports=" "
ephemeral_low="$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)"
# Called as "free_port name": it sets the variable so named (a $(...) subshell could not remember what it took).
free_port() {
  local candidate
  while :; do
    candidate=$((20000 + RANDOM % (ephemeral_low - 20000)))
    case "$taken_ports" in *" $candidate "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      taken_ports="$taken_ports$candidate "
      printf -v "$1" '%s' "$candidate"
      return
    fi
  done
}

# Waits for a URL to answer 200, or gives up when the process behind it has ended.
wait_for() {
  local url="$1" pid="$2" name="$3" log="$4"
  for _ in $(seq 1 1200); do
    if curl -fsk -o /dev/null "$url"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; its log ($log) ends:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "$name did not answer $url within 2 minutes; see $log" >&2
  exit 1
}

if [ "$build" = 1 ] && [ -z "${PORTAL_LOCAL_DLL:-}" ]; then
  echo "Building the portal (Release)"
  dotnet build "$project" -c Release -nologo -v quiet
fi
if [ ! -f "$dll" ]; then
  echo "The portal is not built ($dll is missing): run without --no-build." >&2
  exit 1
fi

port="${PORTAL_LOCAL_PORT:-8443}"
if [ "$port" = 0 ]; then free_port port; fi
free_port port_a
free_port port_b
free_port redis_port
address="https://127.0.0.1:$port"

# redis: the SignalR backplane only, so nothing is kept on disk. Another process can still take the port between
# choosing it and binding it, so a redis that stops while starting is tried again on another port.
start_redis() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --logfile "$folder/redis.log" &
  redis_pid=$!
  while ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; do
    kill -0 "$redis_pid" 2>/dev/null || return 1
    sleep 0.1
  done
}
for attempt in 1 2 3; do
  if start_redis; then break; fi
  echo "redis-server stopped while starting on port $redis_port; its log ends:" >&2
  tail -n 5 "$folder/redis.log" >&2
  if [ "$attempt" = 3 ]; then exit 1; fi
  free_port redis_port
done
pids+=("$redis_pid")

# Both instances use one SQLite file (SQL Server, the production database, cannot run here) and so one
# data-protection key ring, which the portal keeps in its database: a sign-in cookie made by one instance is read
# by the other. "Staging" is the production code path (HTTPS-only cookies, JSON logs, the GOV.UK error pages, no
# developer exception page) that still allows SQLite and the demo accounts.
start_instance() {
  local name="$1" instance_port="$2"
  (
    cd "$project"
    export ASPNETCORE_ENVIRONMENT=Staging
    export ASPNETCORE_URLS="http://127.0.0.1:$instance_port"
    export Database__Provider=Sqlite
    export ConnectionStrings__Portal="Data Source=$data/portal.db"
    export ConnectionStrings__Redis="127.0.0.1:$redis_port"
    export Database__SeedDemoData=true
    export Portal__PublicBaseUrl="$address"
    export HttpsRedirection__HttpsPort="$port"
    # Only nginx, on loopback, is trusted to say who the client is.
    export ForwardedHeaders__KnownProxies=127.0.0.1
    export Smtp__Host="${PORTAL_LOCAL_SMTP_HOST:-127.0.0.1}"
    export Smtp__Port="${PORTAL_LOCAL_SMTP_PORT:-2525}"
    export Smtp__UseStartTls=false
    # The demo staff accounts have no second step set up.
    export Security__RequireTwoFactorForStaff=false
    exec dotnet "$dll" --contentRoot "$project"
  ) >"$folder/portal-$name.log" 2>&1 &
  pids+=($!)
}

# The first instance creates and migrates the database, loads the demo data and makes the key ring before the
# second starts, so the two never race to do it.
start_instance a "$port_a"
pid_a=$!
wait_for "http://127.0.0.1:$port_a/health/ready" "$pid_a" "Instance a" "$folder/portal-a.log"
curl -fs -o /dev/null "http://127.0.0.1:$port_a/account/sign-in"
start_instance b "$port_b"
pid_b=$!
wait_for "http://127.0.0.1:$port_b/health/ready" "$pid_b" "Instance b" "$folder/portal-b.log"

# A certificate for this run only.
openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$folder/tls.key" -out "$folder/tls.crt" 2>/dev/null
# nginx run by root switches its workers to "nobody", which could not write to this run's folder.
user_line=""
if [ "$(id -u)" = 0 ]; then user_line="user root;"; fi
sed -e "s|@FOLDER@|$folder|g" -e "s|@PORT@|$port|g" -e "s|@PORT_A@|$port_a|g" -e "s|@PORT_B@|$port_b|g" \
  -e "s|@USER_LINE@|$user_line|" "$repo/infra/local/nginx.conf.template" >"$folder/nginx.conf"
nginx -t -q -p "$folder" -c "$folder/nginx.conf" -e "$folder/nginx-error.log"
nginx -p "$folder" -c "$folder/nginx.conf" -e "$folder/nginx-error.log" -g 'daemon off;' &
pids+=($!)
nginx_pid=$!
wait_for "$address/health/live" "$nginx_pid" "nginx" "$folder/nginx-error.log"

cat <<EOF
Instance a: http://127.0.0.1:$port_a (pid $pid_a, log $folder/portal-a.log)
Instance b: http://127.0.0.1:$port_b (pid $pid_b, log $folder/portal-b.log)
redis-server: 127.0.0.1:$redis_port (pid $redis_pid)
nginx: pid $nginx_pid, logs in $folder
Database: $data/portal.db
Devon SEND Portal: $address (the certificate is made for this run: your browser will warn)
Press Ctrl-C to stop.
EOF

# Until Ctrl-C: an instance that stops (to try failover) leaves the others running.
while kill -0 "$nginx_pid" 2>/dev/null; do
  for name in a b; do
    pid_var="pid_$name"
    if [ -n "${!pid_var}" ] && ! kill -0 "${!pid_var}" 2>/dev/null; then
      echo "Instance $name has stopped; nginx sends its browsers to the other."
      printf -v "$pid_var" '%s' ""
    fi
  done
  # In the background, so that Ctrl-C is acted on at once.
  sleep 1 &
  wait $! || true
done
echo "nginx has stopped; see $folder/nginx-error.log" >&2
exit 1
