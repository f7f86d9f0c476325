"""
gunicorn settings for the portal, read with ``gunicorn -c deploy/gunicorn.conf.py``.

Every value can be overridden from the environment (systemd EnvironmentFile, Kubernetes env).
https://docs.gunicorn.org/en/stable/settings.html
"""

import multiprocessing
import os


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Synchronous workers behind nginx, which buffers slow clients: (2 x cores) + 1, the figure
# gunicorn's documentation starts from. In a container, set GUNICORN_WORKERS to match the CPU
# limit, since cpu_count() sees the whole node.
workers = _int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"

# A request that takes longer than this is stuck: the worker is killed and replaced. Generous
# enough for a 10 MB upload and image renditions in the admin.
timeout = _int("GUNICORN_TIMEOUT", 60)
# On SIGTERM (systemctl stop, pod deletion) the listening socket closes at once and workers get
# this long to finish the requests they hold; nginx sends new requests to the other servers.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5

# Recycle workers now and then so that slow memory growth never accumulates; the jitter keeps
# them from restarting together.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# Load the application before forking: workers share its memory and a broken release fails at
# start rather than on the first request.
preload_app = True

# Trust X-Forwarded-* only from the reverse proxy (nginx on the same server by default; the
# ingress controller's addresses on Kubernetes). Django itself reads X-Forwarded-Proto through
# SECURE_PROXY_SSL_HEADER.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs to stdout/stderr, collected by journald or the container runtime. The access log
# records the client address given by the proxy and the time taken in microseconds.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = (
    '%({x-forwarded-for}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(D)s'
)

# Worker heartbeat files: Kubernetes sets /dev/shm (memory), since a container's disk can stall
# long enough for the master to kill healthy workers.
# https://docs.gunicorn.org/en/stable/faq.html#blocking-os-fchmod
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None
