"""
Client side of deploy/smoke.sh: publishes a page through one app server, generates load through
nginx and judges the outcome. Standard library and `requests` (a Wagtail dependency) only.

    smoke_check.py publish --app URL --see URL [--see URL] --page-id N --path /x/ --title T
    smoke_check.py load --url URL --duration S --out FILE [--path P ...]
    smoke_check.py judge --log FILE [--events FILE] --scenario stop-server|restart-database
"""

import argparse
import json
import re
import sys
import threading
import time
from urllib.parse import urlsplit

import requests

# Everything is on 127.0.0.1: never go through a proxy from the environment.
SESSION_OPTIONS = {"proxies": {"http": None, "https": None}}
# Production settings expect HTTPS from the proxy; talking to gunicorn directly, say so.
DIRECT = {"X-Forwarded-Proto": "https"}


class AdminClient:
    """A browser-like client of the Wagtail admin on one app server. Cookies are kept by hand:
    production cookies are Secure, which `requests` would not send over plain HTTP."""

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = {**DIRECT, "Referer": f"https://{self.base.split('://', 1)[1]}{path}"}
        response = requests.request(
            method,
            self.base + path,
            headers=headers,
            cookies=self.cookies,
            allow_redirects=False,
            timeout=10,
            **SESSION_OPTIONS,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def csrf_token(self, path):
        response = self.request("GET", path)
        response.raise_for_status()
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
        if not match:
            raise RuntimeError(f"no CSRF token on {path}")
        return match.group(1)

    def login(self, username, password, recovery_code=None):
        """The one place that knows how to sign in to the admin. With two-step sign-in in
        force, the page after the password asks for a code: a recovery code made for the run
        (smoke.sh) answers it."""
        token = self.csrf_token("/admin/login/")
        response = self.request(
            "POST",
            "/admin/login/",
            data={"username": username, "password": password, "csrfmiddlewaretoken": token},
        )
        if response.status_code != 302:
            raise RuntimeError(f"admin login refused ({response.status_code})")
        # Follow the redirects (the admin, then possibly the second step) to where they lead.
        for _hop in range(5):
            if response.status_code not in (301, 302):
                break
            landing = urlsplit(response.headers["Location"])
            path = landing.path + (f"?{landing.query}" if landing.query else "")
            response = self.request("GET", path)
        if response.status_code == 200 and 'name="token"' in response.text:
            if not recovery_code:
                raise RuntimeError("the admin asks for a second-step code and none was given")
            csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
            answer = self.request(
                "POST", path, data={"token": recovery_code, "csrfmiddlewaretoken": csrf.group(1)}
            )
            if answer.status_code != 302:
                raise RuntimeError(f"second-step code refused ({answer.status_code})")

    def publish(self, page_id):
        """Publish the page's latest revision with the admin's bulk action, as an editor-in-chief
        would from the page listing."""
        path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
        token = self.csrf_token(path)
        response = self.request("POST", path, data={"csrfmiddlewaretoken": token})
        if response.status_code != 302:
            raise RuntimeError(f"publishing page {page_id} failed ({response.status_code})")


def publish(args):
    for base in args.see:
        # A draft is not public yet (this also warms up the server, as in normal service).
        status = requests.get(base + args.path, timeout=5, **SESSION_OPTIONS).status_code
        if status != 404:
            print(f"FAIL: {args.path} answers {status} through {base} before it is published")
            return 1
    admin = AdminClient(args.app)
    admin.login(args.username, args.password, args.recovery_code)
    admin.publish(args.page_id)
    published_at = time.monotonic()
    seen = {}

    def watch(base):
        # Each address is polled on its own, so that one slow answer does not delay the other.
        # What counts is when the first request that got the published page was sent: the time
        # the page took to render on a busy machine is reported but is not propagation.
        while time.monotonic() - published_at < 5:
            sent = time.monotonic()
            response = requests.get(base + args.path, timeout=5, **SESSION_OPTIONS)
            if response.status_code == 200 and args.title in response.text:
                seen[base] = (sent - published_at, time.monotonic() - sent)
                return
            time.sleep(0.02)

    watchers = [threading.Thread(target=watch, args=(base,)) for base in args.see]
    for watcher in watchers:
        watcher.start()
    for watcher in watchers:
        watcher.join()
    ok = True
    for base in args.see:
        if base in seen and seen[base][0] <= 1.0:
            sent, took = seen[base]
            print(
                f"PASS: published on {args.app}, seen through {base} by a request sent "
                f"{sent:.2f} s later (answered in {took:.2f} s)"
            )
        else:
            ok = False
            print(f"FAIL: published on {args.app}, not seen through {base} within 1 s")
    return 0 if ok else 1


def load(args):
    """Request the paths in turn from several threads until the time is up; one JSON line per
    request: start and end (Unix time, as `date +%s.%N` writes the events), status."""
    deadline = time.time() + args.duration
    lock = threading.Lock()
    out = open(args.out, "w")  # noqa: SIM115 -- shared by the threads, closed below

    def worker(number):
        session = requests.Session()
        session.trust_env = False
        sequence = 0
        while time.time() < deadline:
            path = args.path[sequence % len(args.path)].replace("{n}", f"{number}-{sequence}")
            sequence += 1
            start = time.time()
            try:
                status = session.get(args.url + path, timeout=15).status_code
            except requests.RequestException as error:
                status = f"error: {type(error).__name__}"
            with lock:
                out.write(
                    json.dumps({"start": start, "end": time.time(), "status": status, "path": path})
                    + "\n"
                )

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.close()
    return 0


def judge(args):
    with open(args.log) as log:
        requests_made = [json.loads(line) for line in log]
    events = {}
    if args.events:
        with open(args.events) as lines:
            for line in lines:
                name, when = line.split()
                events[name] = float(when)
    failed = [r for r in requests_made if r["status"] != 200]
    total = len(requests_made)
    if args.scenario == "stop-server":
        stopped = [r for r in requests_made if r["end"] >= events["stop_begin"]]
        if failed:
            print(f"FAIL: {len(failed)} of {total} requests failed while app server B stopped:")
            for r in failed[:5]:
                print(f"      {r['status']} {r['path']}")
            return 1
        print(
            f"PASS: app server B stopped during load: {total} requests, none failed "
            f"({len(stopped)} after the stop began)"
        )
        return 0
    # restart-database: failures only between the restart and 5 s after the database is back.
    back = events["db_back"]
    before = [r for r in failed if r["end"] < events["db_restart_begin"]]
    late = [r for r in failed if r["start"] > back + 5]
    after_ok = [r for r in requests_made if r["start"] > back + 5 and r["status"] == 200]
    recovered_at = max((r["end"] for r in failed), default=back)
    recovery = max(0.0, recovered_at - back)
    print(
        f"      {total} requests, {len(failed)} failed; database down "
        f"{back - events['db_restart_begin']:.1f} s; last failure {recovery:.2f} s after it was "
        "back"
    )
    if before:
        print(f"FAIL: {len(before)} requests failed before the database restart")
        return 1
    if late or recovery > 5:
        print(f"FAIL: requests still failed {recovery:.2f} s after the database was back")
        return 1
    if not after_ok:
        print("FAIL: no request succeeded after the database restart")
        return 1
    print(
        f"PASS: database restart: recovered {recovery:.2f} s after it was back, "
        f"{len(after_ok)} requests after that, none failed"
    )
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("publish")
    p.add_argument("--app", required=True)
    p.add_argument("--see", action="append", required=True)
    p.add_argument("--page-id", type=int, required=True)
    p.add_argument("--path", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--username", default="admin")
    p.add_argument("--password", default="changeme")
    p.add_argument("--recovery-code", default=None)
    p = commands.add_parser("load")
    p.add_argument("--url", required=True)
    p.add_argument("--path", action="append", required=True)
    p.add_argument("--duration", type=float, default=20)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--out", required=True)
    p = commands.add_parser("judge")
    p.add_argument("--log", required=True)
    p.add_argument("--events")
    p.add_argument("--scenario", choices=["stop-server", "restart-database"], required=True)
    args = parser.parse_args()
    return {"publish": publish, "load": load, "judge": judge}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
