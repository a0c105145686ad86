# Tally's app image: gunicorn serves the site; the same image runs the Celery ingest workers.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, from pyproject.toml pinned by constraints.txt, so code changes reuse this layer.
COPY pyproject.toml constraints.txt ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt -c constraints.txt \
    && rm /tmp/requirements.txt

COPY manage.py ./
COPY config ./config
COPY corpus ./corpus
COPY claims ./claims
COPY templates ./templates
COPY static ./static
# The seed articles are third-party text: never baked into the image (docker-compose.yml mounts data/).

RUN useradd --create-home --uid 1000 tally \
    && SECRET_KEY=build-only python manage.py collectstatic --noinput --verbosity 0 \
    && chown -R tally /app
USER tally

EXPOSE 8000
# The pages pool (config/gunicorn_pages.py); docker-compose.yml runs /downloads/ in a pool of its own
# (config/gunicorn_downloads.py) behind nginx (deploy/nginx.conf), so a download never holds a page's process.
CMD ["gunicorn", "-c", "config/gunicorn_pages.py"]
