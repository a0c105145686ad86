"""Gunicorn settings of the pages pool: every URL but ``/downloads/``, which the proxy sends to its own pool.

    gunicorn -c config/gunicorn_pages.py        # the Dockerfile's command; docker-compose.yml's web service

Command-line options win over these (``bench/downloads.py`` binds its own port and sets the workers).
"""

wsgi_app = "config.wsgi"
bind = "0.0.0.0:8000"
workers = 3
worker_class = "gthread"
threads = 4
accesslog = "-"
