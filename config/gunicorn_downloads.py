"""Gunicorn settings of the downloads pool: ``/downloads/`` only (deploy/nginx.conf routes it here).

    gunicorn -c config/gunicorn_downloads.py    # docker-compose.yml's downloads service

A download streams for minutes and spends most of that time in Python turning rows into
CSV or JSON. In the pages' processes it held their interpreter lock and their cores, so a
claim page waited behind it (p95 578 ms under four downloads). Here downloads have processes
of their own, which run at a lower CPU priority (``NICENESS``): when the machine is busy the
pages' processes run first, and a download only takes longer. Each process serves at most
``TALLY_DOWNLOADS_PER_PROCESS`` downloads (claims/downloads.py) and keeps a thread to answer
the next one 503 with ``Retry-After``; gthread's timeout watches the worker, not one request,
so a long download is not cut.
"""

import os

NICENESS = 10

wsgi_app = "config.wsgi"
bind = "0.0.0.0:8000"
workers = 2
worker_class = "gthread"
threads = 3  # the two download slots of a process (claims/downloads.py) and one thread to answer 503
accesslog = "-"


def on_starting(server: object) -> None:
    """Lower the pool's CPU priority before any worker is forked (the workers inherit it)."""
    os.nice(NICENESS)
