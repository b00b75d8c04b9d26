"""pytest plugin of a mutation run: the test database is already there.

The runner migrates one SQLite database before the run and copies it for each run of the
tests, so a run skips pytest-django's creation (and migration) of the test database.
Registered after pytest-django, so this fixture is the one used.
"""

import pytest


@pytest.fixture(scope="session")
def django_db_setup() -> None:
    """The database in DATABASE_URL is migrated and ready."""
