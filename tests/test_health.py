"""/healthz tells a load balancer whether the app can serve, database included."""

import json

from tests.helpers import PRODUCTION_ENV, run_django


def test_healthz_reports_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    # No shared cache configured (as in development): local memory per process.
    assert response.json() == {"status": "ok", "database": "ok", "cache": "local"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_not_redirected_to_https_in_production():
    # Load balancers probe over plain HTTP inside the network.
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='kennisbank.example.nl'); print(r.status_code)"
    )
    result = run_django(code, {**PRODUCTION_ENV, "DATABASE_URL": "sqlite://:memory:"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "200"


def test_healthz_returns_503_when_the_database_cannot_be_reached():
    # Nothing listens on port 1: a real, immediate connection failure.
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='kennisbank.example.nl'); "
        "print(r.status_code); print(r.content.decode())"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://postgres@127.0.0.1:1/kennisbank"}
    result = run_django(code, env)
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().splitlines()
    assert status == "503"
    assert json.loads(body) == {"status": "error", "database": "error"}
