#!/usr/bin/env bash
# Scale-out proof: PostgreSQL, Redis, two gunicorn app servers (A and B, production settings) and
# nginx balancing them, all on 127.0.0.1, started here and always stopped at the end. Proves:
#   1. a page published through A is seen through nginx and through B within one second;
#   2. stopping B during a 20-second load run loses no request at nginx;
#   3. restarting PostgreSQL during a load run: requests succeed again within 5 s of the
#      database being back, and none fails after that.
# Also checks nginx's cache (HIT, bypass for signed-in users, PURGE from loopback) and that the
# production site in deploy/nginx passes `nginx -t`. Installs what it needs with apt-get.
# Run as root from anywhere: deploy/smoke.sh. Prints PASS/FAIL lines; exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

pg_port=${SMOKE_PG_PORT:-54349}
redis_port=${SMOKE_REDIS_PORT:-16379}
port_a=${SMOKE_APP_A_PORT:-18081}
port_b=${SMOKE_APP_B_PORT:-18082}
nginx_port=${SMOKE_NGINX_PORT:-18080}
nginx_url="http://127.0.0.1:$nginx_port"
url_a="http://127.0.0.1:$port_a"
url_b="http://127.0.0.1:$port_b"

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
note() { echo "----- $*"; }
now() { date +%s.%N; }

if [ "$(id -u)" != 0 ]; then
    echo "FAIL: run as root (it installs packages and runs PostgreSQL as the postgres user)"
    exit 1
fi

# --- Packages -----------------------------------------------------------------------------------
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
command -v nginx >/dev/null || need+=(nginx)
ls /usr/lib/nginx/modules/ngx_http_cache_purge_module.so >/dev/null 2>&1 \
    || need+=(libnginx-mod-http-cache-purge)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
    note "installing ${need[*]}"
    apt-get update -qq
    # Debian starts the services it installs; this script runs its own instances, so the
    # packages' services are kept from starting (policy-rc.d, exit 101: "action forbidden").
    policy=/usr/sbin/policy-rc.d
    own_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && own_policy=1
        trap 'rm -f "$policy"' EXIT
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    if [ "$own_policy" = 1 ]; then rm -f "$policy"; trap - EXIT; fi
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ ! -x .venv/bin/python ]; then
    make install >/dev/null
fi
id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres

# --- Clean up whatever happens --------------------------------------------------------------------
work=$(mktemp -d /tmp/asean-smoke.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    set +e
    [ -f "$work/nginx.pid" ] && nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null
    local app_pids=()
    for pidfile in "$work/gunicorn-a.pid" "$work/gunicorn-b.pid"; do
        [ -f "$pidfile" ] && app_pids+=("$(cat "$pidfile")")
    done
    for pid in "${app_pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    # Graceful first (the master takes several seconds to exit after its workers); whatever
    # still runs after 20 s is killed, workers included.
    for _ in $(seq 1 100); do
        alive=0
        for pid in "${app_pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ "$alive" = 0 ] && break
        sleep 0.2
    done
    for pid in "${app_pids[@]}"; do
        pkill -KILL -P "$pid" 2>/dev/null
        kill -KILL "$pid" 2>/dev/null
    done
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1
    sleep 1
    if [ "${SMOKE_KEEP:-0}" = 1 ]; then echo "Logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
show_logs() {
    for log in "$work"/*.log "$work"/pglog/*.log "$work"/nginx/*.log; do
        [ -f "$log" ] || continue
        echo "--- tail of $log"
        tail -n 15 "$log"
    done
}

# --- PostgreSQL and Redis -------------------------------------------------------------------------
note "PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port"
install -d -o postgres "$work/pg" "$work/pgsock" "$work/pglog"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U portal --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$work/initdb.log"
pg_start() {
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pglog/postgresql.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pgsock -c fsync=off" start >/dev/null
}
pg_start
runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U portal asean
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$work/redis.pid" --logfile "$work/redis.log" --dir "$work"

# --- The application, as production runs it ------------------------------------------------------
export DJANGO_SETTINGS_MODULE=cms.settings.production
SECRET_KEY="smoke-$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')"
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1,localhost
export DATABASE_URL="postgres://portal@127.0.0.1:$pg_port/asean"
export REDIS_URL="redis://127.0.0.1:$redis_port/0"
export WAGTAILADMIN_BASE_URL="$nginx_url"
export FRONTEND_CACHE_PURGE_URL="$nginx_url"
# nginx here speaks plain HTTP (the production site's TLS is checked with `nginx -t` below).
export SECURE_SSL_REDIRECT=false
export STATIC_ROOT="$work/static"
export MEDIA_ROOT="$work/media"
export GUNICORN_WORKERS=2

note "migrating (migrate_once), demo content, collectstatic"
start=$(now)
.venv/bin/python manage.py migrate_once --verbosity 0
.venv/bin/python manage.py load_initial_data --demo-accounts >"$work/demo.log" 2>&1 \
    || { cat "$work/demo.log"; exit 1; }
.venv/bin/python manage.py collectstatic --noinput --verbosity 0
awk -v a="$start" -v b="$(now)" 'BEGIN { printf "----- ready in %.0f s\n", b - a }' 

start_app() { # name port
    .venv/bin/gunicorn -c deploy/gunicorn.conf.py --bind "127.0.0.1:$2" \
        --pid "$work/gunicorn-$1.pid" >>"$work/gunicorn-$1.log" 2>&1 &
    for _ in $(seq 1 100); do
        curl -fsS -o /dev/null "http://127.0.0.1:$2/healthz" 2>/dev/null && return 0
        sleep 0.2
    done
    echo "FAIL: app server $1 did not start"; show_logs; exit 1
}
stop_app() { # name: graceful stop (SIGTERM), wait until the master has exited
    local pid
    pid=$(cat "$work/gunicorn-$1.pid")
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}
note "app servers A ($url_a) and B ($url_b)"
start_app a "$port_a"
start_app b "$port_b"

# --- nginx in front, with the production locations --------------------------------------------
mkdir -p "$work/nginx/snippets" "$work/nginx/cache" "$work/nginx/tmp"
cp deploy/nginx/asean-portal-*.conf "$work/nginx/snippets/"
chown -R www-data "$work/nginx/cache" "$work/nginx/tmp"
cat >"$work/nginx/nginx.conf" <<EOF
load_module /usr/lib/nginx/modules/ngx_http_cache_purge_module.so;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log warn;
user www-data;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    proxy_cache_path $work/nginx/cache levels=1:2 keys_zone=asean_pages:10m max_size=100m
                     inactive=10m use_temp_path=off;
    include snippets/asean-portal-http.conf;
    upstream asean_app {
        server 127.0.0.1:$port_a max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$port_b max_fails=1 fail_timeout=5s;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        server_name _;
        location /static/ {
            alias $work/static/;
            include snippets/asean-portal-file-headers.conf;
        }
        include snippets/asean-portal-proxy.conf;
    }
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -t -q
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
note "nginx on $nginx_url balancing A and B"

# The production site itself must load (self-signed certificate in place of Let's Encrypt's).
mkdir -p "$work/site/snippets"
cp deploy/nginx/asean-portal-*.conf "$work/site/snippets/"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=asean.moha.gov.vn \
    -keyout "$work/site/key.pem" -out "$work/site/cert.pem" 2>/dev/null
sed -e "s|/etc/letsencrypt/live/asean.moha.gov.vn/fullchain.pem|$work/site/cert.pem|" \
    -e "s|/etc/letsencrypt/live/asean.moha.gov.vn/privkey.pem|$work/site/key.pem|" \
    -e "s|/var/cache/nginx/asean|$work/site/cache|" \
    deploy/nginx/asean-portal.conf >"$work/site/asean-portal.conf"
head -n 6 "$work/nginx/nginx.conf" | sed "s|$work/nginx.pid|$work/site.pid|" >"$work/site/nginx.conf"
echo "http { include /etc/nginx/mime.types; include asean-portal.conf; }" >>"$work/site/nginx.conf"
if nginx -p "$work/site" -c "$work/site/nginx.conf" -t >"$work/site/test.log" 2>&1; then
    pass "the production nginx site (deploy/nginx/asean-portal.conf) passes nginx -t"
else
    fail "the production nginx site does not load:"; cat "$work/site/test.log"
fi

# --- 1. Publish through A, seen through nginx and B -----------------------------------------------
# A draft page, as a journalist would leave it; publishing happens through app server A's admin.
# Where two-step sign-in is installed (django-otp), the admin also gets a one-time recovery code.
read -r page_id page_path page_title recovery_code < <(.venv/bin/python manage.py shell -v 0 -c "
import secrets, uuid
from django.apps import apps
from django.contrib.auth import get_user_model
from home.models import HomePage, StandardPage
home = HomePage.objects.get(locale__language_code='vi')
token = uuid.uuid4().hex[:8]
page = home.add_child(instance=StandardPage(
    title=f'Kiem-thu-{token}', slug=f'kiem-thu-{token}', introduction='Smoke', live=False))
page.save_revision()
code = '-'
if apps.is_installed('django_otp.plugins.otp_static'):
    from django_otp.plugins.otp_static.models import StaticDevice
    device, _ = StaticDevice.objects.get_or_create(
        user=get_user_model().objects.get(username='admin'), name='smoke', confirmed=True)
    code = secrets.token_hex(8)
    device.token_set.create(token=code)
print(page.id, page.get_url_parts()[2], page.title, code)
" 2>>"$work/shell.log")
note "publishing draft page $page_id ($page_path) through A"
otp_args=()
if [ "$recovery_code" != - ]; then otp_args=(--recovery-code "$recovery_code"); fi
if .venv/bin/python deploy/smoke_check.py publish --app "$url_a" --see "$nginx_url" --see "$url_b" \
    --page-id "$page_id" --path "$page_path" --title "$page_title" "${otp_args[@]}"; then :; else
    failures=$((failures + 1))
fi

# --- nginx's page cache ---------------------------------------------------------------------------
cache_status() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk 'tolower($1)=="x-cache-status:" {print $2}'; }
curl -s -o /dev/null "$nginx_url$page_path"
second=$(cache_status "$nginx_url$page_path")
signed_in=$(cache_status -H "Cookie: sessionid=abc" "$nginx_url$page_path")
with_query=$(cache_status "$nginx_url$page_path?page=2")
if [ "$second" = HIT ] && [ "$signed_in" = BYPASS ] && [ "$with_query" = BYPASS ]; then
    pass "nginx caches anonymous pages (HIT), bypasses for a session cookie and a query string"
else
    fail "nginx cache: anonymous '$second' (want HIT), session '$signed_in', query '$with_query' (want BYPASS)"
fi
# Wagtail's frontend-cache HTTP backend purges with `PURGE <path>` and the site's Host header.
purge=$(curl -s -o /dev/null -w '%{http_code}' -X PURGE -H "Host: 127.0.0.1" "$nginx_url$page_path")
after=$(cache_status "$nginx_url$page_path")
if [ "$purge" = 200 ] && [ "$after" = MISS ]; then
    pass "PURGE from loopback removes the cached page (next request: MISS)"
else
    fail "PURGE answered $purge and the next request was '$after' (want 200, MISS)"
fi
direct=$(curl -s -o /dev/null -w '%{http_code}' "$nginx_url/.asean-purge")
if [ "$direct" = 404 ]; then
    pass "the purge location cannot be requested directly (404)"
else
    fail "GET /.asean-purge answered $direct (want 404)"
fi
static_file=$(find "$work/static" -name '*.css' -path '*/css/*' | grep -E '\.[0-9a-f]{12}\.css$' | head -n 1)
static_path=${static_file#"$work"}
if [ -n "$static_path" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$nginx_url$static_path")" = 200 ]; then
    pass "hashed static files are served by nginx ($static_path)"
else
    fail "no hashed static file served by nginx"
fi

# --- 2. Stop B during load ------------------------------------------------------------------------
# Uncached requests (a query string bypasses nginx's cache), so every one reaches an app server
# and the database.
load_paths=(--path "$page_path?n={n}" --path "/?n={n}" --path "/en/?n={n}" --path /readyz)
note "20 s of load through nginx; app server B stops gracefully after 5 s"
events="$work/events-stop.txt"
.venv/bin/python deploy/smoke_check.py load --url "$nginx_url" "${load_paths[@]}" --duration 20 \
    --out "$work/load-stop.jsonl" &
load_pid=$!
pids+=("$load_pid")
sleep 5
echo "stop_begin $(now)" >"$events"
stop_app b
echo "stop_end $(now)" >>"$events"
wait "$load_pid"
.venv/bin/python deploy/smoke_check.py judge --log "$work/load-stop.jsonl" --events "$events" \
    --scenario stop-server || failures=$((failures + 1))

# --- 3. Restart PostgreSQL during load ------------------------------------------------------------
start_app b "$port_b"
note "15 s of load through nginx (A and B); PostgreSQL restarts after 4 s"
events="$work/events-db.txt"
.venv/bin/python deploy/smoke_check.py load --url "$nginx_url" "${load_paths[@]}" --duration 15 \
    --out "$work/load-db.jsonl" &
load_pid=$!
pids+=("$load_pid")
sleep 4
echo "db_restart_begin $(now)" >"$events"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null
pg_start
echo "db_back $(now)" >>"$events"
wait "$load_pid"
.venv/bin/python deploy/smoke_check.py judge --log "$work/load-db.jsonl" --events "$events" \
    --scenario restart-database || failures=$((failures + 1))

# --- Result ---------------------------------------------------------------------------------------
if [ "$failures" -eq 0 ]; then
    echo "SMOKE PASSED"
else
    show_logs
    echo "SMOKE FAILED: $failures check(s)"
    exit 1
fi
