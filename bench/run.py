#!/usr/bin/env python3
"""The portal's benchmark: `make bench` (or `.venv/bin/python bench/run.py [--quick]`).

It starts its own PostgreSQL cluster (127.0.0.1:54339, under /tmp), Redis (the shared page
cache), gunicorn with production settings and, when installed, nginx, all on 127.0.0.1; seeds the
demo site plus large random data (`create_random_data`); measures throughput and latency of the
public pages, cached and uncached, the worker CPU time and queries of an uncached news page, the
publish step of an approval and the yearly report; prints one table, writes it to
bench/results/, and stops everything it started. See docs/performance.md.
"""

import argparse
import datetime
import json
import multiprocessing
import os
import platform
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
HOST = "127.0.0.1"
PG_PORT = 54339
REDIS_PORT = 18901
GUNICORN_PORT = 18902
NGINX_PORT = 18903
NGINX_CACHE_PORT = 18904


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# Servers ----------------------------------------------------------------------------------


class Servers:
    def __init__(self, workdir):
        self.workdir = workdir
        self.processes = []
        self.pg_data = None
        self.pg_bin = None

    def as_postgres(self, command):
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return command

    def start_postgres(self):
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
        if not candidates:
            sys.exit("PostgreSQL server binaries are missing (apt-get install postgresql).")
        self.pg_bin = candidates[-1]
        pg_dir = Path(tempfile.mkdtemp(prefix="asean-bench-pg-", dir="/tmp"))
        pg_dir.chmod(0o755)
        if os.geteuid() == 0:
            shutil.chown(pg_dir, "postgres")
        self.pg_data = pg_dir / "data"
        subprocess.run(
            self.as_postgres(
                [
                    str(self.pg_bin / "initdb"),
                    "-D",
                    str(self.pg_data),
                    "-U",
                    "bench",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        options = (
            f"-c listen_addresses={HOST} -p {PG_PORT} -k {pg_dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB"
        )
        subprocess.run(
            self.as_postgres(
                [
                    str(self.pg_bin / "pg_ctl"),
                    "-D",
                    str(self.pg_data),
                    "-l",
                    str(pg_dir / "server.log"),
                    "-w",
                    "-o",
                    options,
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return self.create_database("asean")

    def create_database(self, name):
        subprocess.run(
            [str(self.pg_bin / "createdb"), "-h", HOST, "-p", str(PG_PORT), "-U", "bench", name],
            check=True,
        )
        return f"postgres://bench@{HOST}:{PG_PORT}/{name}"

    def spawn(self, command, env=None, name=""):
        out = open(self.workdir / f"{name}.log", "w")  # noqa: SIM115 -- closed with the process
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append(process)
        return process

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
        self.processes = []
        if self.pg_data is not None:
            subprocess.run(
                self.as_postgres(
                    [str(self.pg_bin / "pg_ctl"), "-D", str(self.pg_data), "-m", "fast", "stop"]
                ),
                check=False,
                stdout=subprocess.DEVNULL,
            )
            shutil.rmtree(self.pg_data.parent, ignore_errors=True)
            self.pg_data = None


def wait_for_port(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.2)
    sys.exit(f"Nothing listens on {HOST}:{port}.")


def nginx_config(workdir, static_dir):
    return f"""
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log;
daemon off;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/nginx-body;
    proxy_temp_path {workdir}/nginx-proxy;
    fastcgi_temp_path {workdir}/nginx-fastcgi;
    uwsgi_temp_path {workdir}/nginx-uwsgi;
    scgi_temp_path {workdir}/nginx-scgi;
    upstream portal {{ server {HOST}:{GUNICORN_PORT}; keepalive 16; }}
    # A 10-second micro-cache in front of the page cache (deploy/ purges it with PURGE
    # requests through FRONTEND_CACHE_PURGE_URL; this benchmark only measures it).
    proxy_cache_path {workdir}/nginx-cache levels=1:2 keys_zone=pages:10m max_size=100m
                     inactive=1m use_temp_path=off;
    server {{
        listen {HOST}:{NGINX_PORT};
        location = /reference.html {{ root {static_dir}; default_type text/html; }}
        location / {{
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto http;
        }}
    }}
    server {{
        listen {HOST}:{NGINX_CACHE_PORT};
        location / {{
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto http;
            proxy_cache pages;
            proxy_cache_key $scheme$host$request_uri;
            proxy_cache_valid 200 10s;
            proxy_cache_lock on;
            proxy_cache_bypass $cookie_sessionid;
            proxy_no_cache $cookie_sessionid;
        }}
    }}
}}
"""


# Load generator ---------------------------------------------------------------------------


def _client(args):
    port, path, duration, unique, seed = args
    connection = HTTPConnection(HOST, port, timeout=30)
    latencies, errors, sizes = [], 0, 0
    deadline = time.monotonic() + duration
    number = 0
    separator = "&" if "?" in path else "?"
    while time.monotonic() < deadline:
        target = f"{path}{separator}_b={seed}-{number}" if unique else path
        number += 1
        started = time.perf_counter()
        try:
            connection.request("GET", target, headers={"Host": HOST})
            response = connection.getresponse()
            body = response.read()
        except OSError:
            errors += 1
            connection.close()
            connection = HTTPConnection(HOST, port, timeout=30)
            continue
        latencies.append(time.perf_counter() - started)
        sizes = len(body)
        if response.status != 200:
            errors += 1
    connection.close()
    return latencies, errors, sizes, time.monotonic() - (deadline - duration)


def load(port, path, duration, concurrency, unique=False):
    """``concurrency`` client processes with keep-alive connections for ``duration`` seconds.
    With ``unique``, each request has its own query string: the page cache misses every time."""
    with multiprocessing.Pool(concurrency) as pool:
        results = pool.map(
            _client,
            [
                (port, path, duration, unique, f"{i}{secrets.token_hex(3)}")
                for i in range(concurrency)
            ],
        )
    latencies = sorted(x for r in results for x in r[0])
    # A request started before the end is waited for: throughput over the real elapsed time.
    elapsed = max(duration, max(r[3] for r in results))
    errors = sum(r[1] for r in results)
    size = max(r[2] for r in results)
    if not latencies:
        return {"rps": 0, "p50": 0, "p95": 0, "errors": errors, "bytes": size}
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "errors": errors,
        "bytes": size,
    }


def fetch(port, path):
    connection = HTTPConnection(HOST, port, timeout=300)
    connection.request("GET", path, headers={"Host": HOST})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, dict(response.getheaders())


def worker_cpu_seconds(master_pid):
    """User + system CPU time of gunicorn's workers (children of the master)."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


# The run ----------------------------------------------------------------------------------


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--news", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--quick", action="store_true", help="1,000 news and 200 events")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--database-url",
        help="an existing PostgreSQL database (postgres://user@host:port/name) instead of a "
        "cluster of its own; NAME_small is created beside it; both are kept and reused",
    )
    options = parser.parse_args()
    if options.quick:
        options.news, options.events, options.duration = 1_000, 200, 3.0

    workdir = Path(tempfile.mkdtemp(prefix="asean-bench-"))
    servers = Servers(workdir)
    try:
        run(options, servers, workdir)
    finally:
        servers.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def run(options, servers, workdir):
    if options.database_url:
        # An existing server (the development PostgreSQL): two databases, kept between runs so
        # that a second run measures new code without seeding again.
        large_url = options.database_url
        small_url = f"{large_url}_small"
        for url in (small_url, large_url):
            create_database(url)
    else:
        log(f"Starting PostgreSQL on port {PG_PORT}")
        large_url = servers.start_postgres()
        small_url = servers.create_database("asean_small")
    redis = shutil.which("redis-server")
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost,testserver",
        WAGTAILADMIN_BASE_URL=f"http://{HOST}",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(workdir / "static"),
        LOG_LEVEL="WARNING",
        PAGE_CACHE_SECONDS="300",
    )
    if redis:
        log(f"Starting Redis on port {REDIS_PORT} (the page cache, shared by the workers)")
        servers.spawn(
            [redis, "--port", str(REDIS_PORT), "--bind", HOST, "--save", "", "--appendonly", "no"],
            name="redis",
        )
        wait_for_port(REDIS_PORT)
        env["REDIS_URL"] = f"redis://{HOST}:{REDIS_PORT}/0"
    else:
        log("redis-server is not installed: each worker keeps its own page cache")
    if not options.database_url:
        # Kept databases keep their images in the project's media folder, as in development.
        env["MEDIA_ROOT"] = str(workdir / "media")
    small_env = dict(env, DATABASE_URL=small_url)
    if redis:
        # Its own cache: the two databases share page addresses.
        small_env["REDIS_URL"] = f"redis://{HOST}:{REDIS_PORT}/1"
    env = dict(env, DATABASE_URL=large_url)
    manage(env, "collectstatic", "--noinput", "-v", "0")

    # Listings at about 100 items, and at the full size, in two databases.
    prepare(small_env, 100, 20)
    log(f"Seeding {options.news} news items and {options.events} events in both languages")
    started = time.monotonic()
    seeded = prepare(env, options.news, options.events)
    seed_seconds = time.monotonic() - started if seeded else None

    gunicorn = start_gunicorn(servers, small_env, options)
    pages = discover(small_env)
    small = {}
    for name in LISTINGS:
        # One client: the latency of the page itself, not of a queue (compared below).
        small[name] = one_client(pages[name], options)
    small_items = pages["news count"]
    small_inprocess = inprocess_run(small_env, "queries")
    stop_process(servers, gunicorn)

    gunicorn = start_gunicorn(servers, env, options)
    pages = discover(env)
    large = {name: one_client(pages[name], options) for name in LISTINGS}

    log("Measuring the public pages, uncached (a new query string each time) and cached")
    rows = []
    for name in (
        "home",
        "news page",
        "event page",
        "news index, first page",
        "news index, last page",
        "news feed (RSS)",
    ):
        rows.append(measure_row(options, name, pages[name]))

    # Worker CPU time of an uncached news page and of a page-cache hit: sequential requests, CPU
    # of all workers, median of 5 rounds (the machine is shared: a round may be disturbed).
    cpu = {
        "uncached": worker_cpu_ms(gunicorn.pid, pages["news page"], unique=True),
        "English uncached": worker_cpu_ms(gunicorn.pid, pages["English news page"], unique=True),
        "hit": worker_cpu_ms(gunicorn.pid, pages["news page"], unique=False),
    }

    nginx_rows = []
    nginx = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if nginx:
        status, body, _headers = fetch(GUNICORN_PORT, pages["news page"])
        assert status == 200, status
        # nginx's workers run as "nobody" when started by root: they must read the file and
        # write their temporary and cache files.
        workdir.chmod(0o755)
        static_dir = workdir / "nginx-static"
        static_dir.mkdir()
        static_dir.chmod(0o755)
        for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"):
            path = workdir / f"nginx-{name}"
            path.mkdir()
            if os.geteuid() == 0:
                shutil.chown(path, "nobody")
        (static_dir / "reference.html").write_bytes(body)
        conf = workdir / "nginx.conf"
        conf.write_text(nginx_config(workdir, static_dir))
        servers.spawn([nginx, "-p", str(workdir), "-c", str(conf)], name="nginx")
        wait_for_port(NGINX_PORT)
        static = load(NGINX_PORT, "/reference.html", options.duration, options.concurrency)
        proxied = load(NGINX_PORT, pages["news page"], options.duration, options.concurrency)
        fetch(NGINX_CACHE_PORT, pages["news page"])
        micro = load(NGINX_CACHE_PORT, pages["news page"], options.duration, options.concurrency)
        nginx_rows = [
            ("nginx static file (same size)", static),
            ("news page, page cache, through nginx", proxied),
            ("news page, nginx micro-cache (10 s)", micro),
        ]
    else:
        log("nginx is not installed: no static-file reference")

    log("Measuring in-process: queries, page cache, publish, yearly report")
    inprocess = inprocess_run(env)

    # Search last, one client, uncached (a new query string each time).
    log("Measuring search (one client)")
    search_options = argparse.Namespace(**{**vars(options), "concurrency": 1})
    rows.append(measure_row(search_options, "search", pages["search"]))
    search_wall = one_client(pages["search"], options)

    report = render(
        options,
        rows,
        small,
        large,
        small_items,
        pages,
        cpu,
        nginx_rows,
        inprocess,
        small_inprocess,
        search_wall,
        seed_seconds,
    )
    print(report)
    results = BASE_DIR / "bench" / "results"
    results.mkdir(exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%M")
    out = results / f"{stamp}-{options.news}-news.md"
    out.write_text(report)
    log(f"Written to {out.relative_to(BASE_DIR)}")


# Listings compared at 100 and at the full size.
LISTINGS = ("news index, first page", "news index, last page", "events index", "home")


def one_client(path, options):
    return load(GUNICORN_PORT, path, options.duration, 1, True)


def create_database(url):
    """Create the database of ``url`` on its server unless it exists."""
    parts = urlsplit(url)
    done = subprocess.run(
        ["createdb", "-h", parts.hostname, "-p", str(parts.port or 5432)]
        + ["-U", parts.username or "postgres", parts.path.lstrip("/")],
        capture_output=True,
        text=True,
    )
    if done.returncode and "already exists" not in done.stderr:
        sys.exit(done.stderr)


def prepare(env, news, events):
    """Migrate; load the demo site and seed random items up to ``news`` news items on the
    default site, unless the database holds them already. True when it seeded."""
    manage(env, "migrate", "--noinput", "-v", "0")
    if not discover_or_none(env):
        log("Loading the demo site")
        manage(env, "load_initial_data")
    have = discover(env)["news count"]
    if have >= news:
        log(f"{have} news items already there: not seeded again")
        return False
    manage(env, "create_random_data", "--news", str(news - have), "--events", str(events))
    return True


def inprocess_run(env, *args):
    return json.loads(
        subprocess.run(
            [PYTHON, "bench/inprocess.py", *args],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )


def worker_cpu_ms(master_pid, path, unique, count=50, rounds=5):
    fetch(GUNICORN_PORT, path)
    results = []
    for r in range(rounds):
        before = worker_cpu_seconds(master_pid)
        for n in range(count):
            target = f"{path}?_cpu={r}-{n}" if unique else path
            status, _body, _headers = fetch(GUNICORN_PORT, target)
            assert status == 200, status
        results.append((worker_cpu_seconds(master_pid) - before) / count * 1000)
    return statistics.median(results)


def discover_or_none(env):
    try:
        return discover(env)
    except subprocess.CalledProcessError:
        return None


def discover(env):
    """Addresses to measure, read from the database."""
    out = subprocess.run(
        [PYTHON, "bench/inprocess.py", "pages"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_row(options, name, path):
    uncached = load(GUNICORN_PORT, path, options.duration, options.concurrency, True)
    fetch(GUNICORN_PORT, path)
    cached = load(GUNICORN_PORT, path, options.duration, options.concurrency)
    return (name, path, uncached, cached)


def start_gunicorn(servers, env, options):
    log(f"Starting gunicorn ({options.workers} workers) on port {GUNICORN_PORT}")
    process = servers.spawn(
        [
            str(BASE_DIR / ".venv" / "bin" / "gunicorn"),
            "cms.wsgi",
            "--workers",
            str(options.workers),
            "--bind",
            f"{HOST}:{GUNICORN_PORT}",
            "--keep-alive",
            "30",
            # Slow pages are measured, not killed (gunicorn's default is 30 s).
            "--timeout",
            "300",
        ],
        env=dict(env, PYTHONPATH=str(BASE_DIR)),
        name="gunicorn",
    )
    wait_for_port(GUNICORN_PORT)
    fetch(GUNICORN_PORT, "/")  # each worker loads lazily; warm one
    return process


def stop_process(servers, process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=15)
    servers.processes.remove(process)
    time.sleep(0.5)


def render(
    options,
    rows,
    small,
    large_listings,
    small_items,
    pages,
    cpu,
    nginx_rows,
    inprocess,
    small_inprocess,
    search_wall,
    seed_seconds,
):
    def cell(m):
        return f"{m['rps']:7.1f} | {m['p50']:7.1f} | {m['p95']:7.1f}"

    seeded = "reused from an earlier run"
    if seed_seconds is not None:
        seeded = f"seeded in {seed_seconds:.0f} s"
    lines = [
        f"# Benchmark, {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs (shared with other work; load "
        f"average at the end: {os.getloadavg()[0]:.1f}), "
        f"{platform.python_implementation()} {platform.python_version()}; gunicorn "
        f"{options.workers} sync workers, PostgreSQL and Redis on 127.0.0.1; load: "
        f"{options.concurrency} Python client processes with keep-alive, {options.duration:g} s "
        "per row (the client shares the 2 CPUs).",
        f"Data: {pages['news count']} Vietnamese news items on the portal (each with its English "
        f"twin), {options.events} random events plus the demo content; {seeded}.",
        "",
        "| page | path | uncached req/s | p50 ms | p95 ms | cached req/s | p50 ms | p95 ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, path, uncached, cached in rows:
        lines.append(f"| {name} | `{path}` | {cell(uncached)} | {cell(cached)} |")
    errors = sum(u["errors"] + c["errors"] for _n, _p, u, c in rows)
    lines += ["", f"Errors (non-200 or failed requests): {errors}.", ""]
    if nginx_rows:
        lines += ["| through nginx | req/s | p50 ms | p95 ms | bytes |"]
        lines += ["|---|---:|---:|---:|---:|"]
        for name, m in nginx_rows:
            lines.append(f"| {name} | {cell(m)} | {m['bytes']} |")
        lines.append(f"\nErrors through nginx: {sum(m['errors'] for _n, m in nginx_rows)}.")
    lines += [
        "",
        f"| uncached, one client | p50 ms at {small_items} items "
        f"| p50 ms at {pages['news count']} items | change |",
        "|---|---:|---:|---:|",
    ]
    for name, m in small.items():
        large = large_listings[name]["p50"]
        lines.append(
            f"| {name} | {m['p50']:.1f} | {large:.1f} | {(large / m['p50'] - 1) * 100:+.0f}% |"
        )
    lines += ["", "| target | measured | |", "|---|---:|---|"]
    for target, measured, met in targets(
        pages, small, large_listings, cpu, inprocess, small_inprocess, search_wall
    ):
        lines.append(f"| {target} | {measured} | {'met' if met else '**not met**'} |")
    lines.append("")
    return "\n".join(lines)


def targets(pages, small, large, cpu, inprocess, small_inprocess, search_wall):
    """(target, measured, met) for each target of docs/performance.md."""
    queries, small_queries = inprocess["queries"], small_inprocess["queries"]
    for name, budget in (
        ("news page", 8),
        ("English news page", 8),
        ("event page", 10),
        ("home", 12),
        ("news index, first page", 10),
        ("news index, last page", 10),
        ("events index", 10),
    ):
        both = (small_queries[name], queries[name])
        yield (
            f"{name}, uncached: ≤ {budget} queries (at 100 and at the full size)",
            f"{both[0]} / {both[1]}",
            max(both) <= budget,
        )
    for name in ("uncached", "English uncached"):
        label = "English news page" if name.startswith("English") else "news page"
        yield (f"{label}, uncached: ≤ 9 ms worker CPU", f"{cpu[name]:.1f} ms", cpu[name] <= 9)
    for name, m in small.items():
        change = large[name]["p50"] / m["p50"] - 1
        yield (
            f"{name}: wall time at the full size within 20% of 100 items",
            f"{change * 100:+.0f}%",
            change <= 0.2,
        )
    yield (
        "search for a common word: < 60 ms wall (one client, p50)",
        f"{search_wall['p50']:.0f} ms",
        search_wall["p50"] < 60,
    )
    yield (
        "search: the result count is capped",
        inprocess["search_count_text"],
        inprocess["search_capped"],
    )
    yield ("search: an index serves it", inprocess["search_plan"], inprocess["search_index"])
    yield ("page-cache hit: ≤ 1 query", inprocess["hit_queries"], inprocess["hit_queries"] <= 1)
    yield ("page-cache hit: < 1 ms worker CPU", f"{cpu['hit']:.2f} ms", cpu["hit"] < 1)
    yield (
        "page-cache miss: no dearer than the page without the cache (in-process CPU, medians, "
        "5% margin for noise)",
        f"{inprocess['miss_cpu_ms']:.1f} ms vs {inprocess['nocache_cpu_ms']:.1f} ms",
        inprocess["miss_cpu_ms"] <= inprocess["nocache_cpu_ms"] * 1.05,
    )
    yield (
        "publish step of the last approval, with purge: < 300 ms",
        f"{inprocess['publish_ms']:.0f} ms",
        inprocess["publish_ms"] < 300,
    )
    yield (
        f"yearly results report ({inprocess['report_year']}, {inprocess['report_news']} news "
        "items): < 2 s",
        f"{inprocess['report_ms']:.0f} ms",
        inprocess["report_ms"] < 2000,
    )


if __name__ == "__main__":
    main()
