"""Settings for the Kennisbank Participatietafel Circulaire Economie.

Everything that differs between a laptop and production comes from the environment,
read through the small typed helpers below. With ``DJANGO_DEBUG`` off (the default)
the app refuses to start without a secret key and allowed hosts.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on", "ja"}
_FALSE = {"0", "false", "no", "off", "nee", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def _env_number(name: str, default, convert, kind: str):
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return convert(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {kind}, not {raw!r}.") from None


def env_int(name: str, default: int) -> int:
    return _env_number(name, default, int, "a whole number")


def env_float(name: str, default: float) -> float:
    return _env_number(name, default, float, "a number")


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated variable as a list, empty items dropped."""
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_required(name: str) -> str:
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set when DJANGO_DEBUG is off. See README.md, 'Configuratie'."
        )
    return value


DEBUG = env_bool("DJANGO_DEBUG", default=False)

if DEBUG:
    # Only for a developer's own machine; production must set its own key.
    SECRET_KEY = env_str("DJANGO_SECRET_KEY") or "django-insecure-local-development-only"
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
else:
    SECRET_KEY = env_required("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        env_required("DJANGO_ALLOWED_HOSTS")

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "duurzaamdoor.admin_apps.KennisbankAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django.forms",
    "csp",
    "axes",
    "django_filters",
    "import_export",
    "simple_history",
    "taggit",
    "duurzaamdoor",
    "lessons",
    "cases",
    "ecosystem",
    "meetings",
]

MIDDLEWARE = [
    # First: its header goes with every response, static files and redirects included.
    "duurzaamdoor.middleware.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise, without collectstatic's manifest (staticfiles.json).
    "duurzaamdoor.middleware.StaticFilesMiddleware",
    # ETag on every page: a feed reader or crawler asking again gets 304 Not Modified.
    "django.middleware.http.ConditionalGetMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "duurzaamdoor.middleware.IdleSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "duurzaamdoor.urls"
# The only login is the admin's; after it (also when "next" is unsafe), its index.
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
WSGI_APPLICATION = "duurzaamdoor.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "duurzaamdoor.context_processors.site",
            ],
        },
    },
]

# Form fields render with the project's own templates (templates/forms/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Django's own, with a message in Dutch (Django's Dutch catalogue lacks its new one).
    {"NAME": "duurzaamdoor.passwords.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Interface language: Dutch unprefixed, English under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files that browsers ask for at the root of the site (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache: Redis when configured (needed for rate limits and the page cache across workers
# and hosts), otherwise local memory per process. REDIS_URL is read too, as hosts set it.
# Redis that is down or hung never fails a request (duurzaamdoor/shared_cache.py): pages
# render uncached, and the rate limits count per process ("ratelimit": local fallback).
REDIS_URL = env_str("DJANGO_REDIS_URL") or env_str("REDIS_URL")
CACHE_TIMEOUT_SECONDS = env_float("DJANGO_CACHE_TIMEOUT_SECONDS", 0.25)
CACHE_RETRY_AFTER_SECONDS = env_float("DJANGO_CACHE_RETRY_AFTER_SECONDS", 5.0)


def _redis_cache(fallback: str | None) -> dict:
    return {
        "BACKEND": "duurzaamdoor.shared_cache.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "kennisbank",
        "OPTIONS": {
            "socket_connect_timeout": CACHE_TIMEOUT_SECONDS,
            "socket_timeout": CACHE_TIMEOUT_SECONDS,
            "RETRY_AFTER": CACHE_RETRY_AFTER_SECONDS,
            "FALLBACK": fallback,
        },
    }


if REDIS_URL:
    CACHES = {"default": _redis_cache(None), "ratelimit": _redis_cache("local")}
    RATELIMIT_USE_CACHE = "ratelimit"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        }
    }

# Who the client is, for rate limits and the login lockout (duurzaamdoor/clients.py):
# X-Forwarded-For is read only when the direct peer is one of our own proxies
# (comma-separated addresses or CIDR networks; empty: trust nobody, REMOTE_ADDR is the
# client), and then the client is its right-most entry that is not one of those proxies.
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"DJANGO_TRUSTED_PROXIES: {_proxy!r} is no IP address or network (e.g. 10.0.0.0/8)."
        ) from None
# At most this many X-Forwarded-For entries are read from the right (0: no extra cap).
# Before DJANGO_TRUSTED_PROXIES existed it made *any* peer trusted; it no longer does, and
# a deployment that still sets it alone is stopped here rather than silently counting every
# visitor as its proxy (or, worse, believing every peer).
PROXY_COUNT = env_int("DJANGO_PROXY_COUNT", 0)
if PROXY_COUNT and not TRUSTED_PROXIES:
    raise ImproperlyConfigured(
        "DJANGO_PROXY_COUNT is set, but DJANGO_TRUSTED_PROXIES is empty: list the addresses or "
        "networks of your own reverse proxies there (e.g. 127.0.0.1 or 10.0.0.0/8). "
        "See README.md, 'Beveiliging en belasting'."
    )
# An IPv6 client is counted by its network of this size (a subscriber usually has a /64).
RATE_LIMIT_IPV6_PREFIX = env_int("DJANGO_RATE_LIMIT_IPV6_PREFIX", 64)
if not 1 <= RATE_LIMIT_IPV6_PREFIX <= 128:
    raise ImproperlyConfigured(
        f"DJANGO_RATE_LIMIT_IPV6_PREFIX must be between 1 and 128, not {RATE_LIMIT_IPV6_PREFIX}."
    )

# Requests per client (a network, see above) on the public forms ("count/period", period
# s, m, h or d).
RATE_LIMITS = {
    "case_submit": env_str("DJANGO_RATE_LIMIT_CASE_SUBMIT", "20/h"),
    "search": env_str("DJANGO_RATE_LIMIT_SEARCH", "600/h"),
    # Only maps actually created count; a workshop of 30 behind one office address may
    # start two maps each in an hour.
    "map_create": env_str("DJANGO_RATE_LIMIT_MAP_CREATE", "60/h"),
    "map_edit": env_str("DJANGO_RATE_LIMIT_MAP_EDIT", "300/h"),
    # A whole room may share one address at a venue: generous.
    "vote": env_str("DJANGO_RATE_LIMIT_VOTE", "1000/h"),
}
# Against vote stuffing, per statement and per client network (meetings/vote_limits.py):
# positions that add to the count, and of those, positions of new participants (no cookie
# yet). A room at a venue shares one address: keep both above the largest room expected.
VOTE_LIMIT_PER_NETWORK = env_int("DJANGO_VOTE_LIMIT_PER_NETWORK", 500)
VOTE_LIMIT_NEW_PER_NETWORK = env_int("DJANGO_VOTE_LIMIT_NEW_PER_NETWORK", 150)

# Bulk import and export in the admin: all or nothing, CSV and Excel, spreadsheet-safe.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
# Uploaded files wait for confirmation in the shared cache, not on one host's disk.
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# Admin login: after AXES_FAILURE_LIMIT wrong passwords for one user from one address, that
# combination is locked out for a while. Attempt records hold IP addresses and are removed
# by `purge_personal_data` after IP_RETENTION_DAYS.
AXES_FAILURE_LIMIT = env_int("DJANGO_AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The lockout page (templates/lockout.html), with Retry-After like every 429 of the site.
AXES_LOCKOUT_CALLABLE = "duurzaamdoor.ratelimit.lockout_response"
# The same client key as every rate limit: an IPv6 /64 is one client here too.
AXES_CLIENT_IP_CALLABLE = "duurzaamdoor.clients.client_key"
AXES_VERBOSE = False
IP_RETENTION_DAYS = env_int("DJANGO_IP_RETENTION_DAYS", 30)

# Themes: case-insensitive, and always separated by commas so that a multi-word theme
# such as "circulair inkopen" stays one theme.
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_TAGS_FROM_STRING = "duurzaamdoor.tags.comma_splitter"
TAGGIT_STRING_FROM_TAGS = "duurzaamdoor.tags.comma_joiner"

# E-mail: console output unless an SMTP host is configured.
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", default=True)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "kennisbank@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The public address of the site, for links in e-mails (sent also outside a request);
# `make run` sets it to the address it serves on.
SITE_URL = env_str("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Personal data of closed cases is removed this many days after closing.
CASE_RETENTION_DAYS = env_int("DJANGO_CASE_RETENTION_DAYS", 365)

# The way to reach the secretariat: on the accessibility and privacy statements, and on
# the status page of a case.
CONTACT_EMAIL = env_str("DJANGO_CONTACT_EMAIL", "participatietafel@example.org")
ADMINS = [("Beheer", address) for address in env_list("DJANGO_ADMINS")]

# Security headers. The Content Security Policy allows nothing inline and nothing
# from other hosts; every script and stylesheet is a file served by the app itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# Browser features the site never uses are off for it and for anything it might embed:
# no camera, microphone, location, payment or sensors (Permissions-Policy header).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media",
        "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
        "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial",
        "usb", "xr-spatial-tracking",
    )
}  # fmt: skip
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Only staff have sessions (the admin): one that nobody uses for this long ends; using it
# moves the end on, at most every five minutes (duurzaamdoor.middleware.IdleSessionMiddleware).
SESSION_COOKIE_AGE = 60 * env_int("DJANGO_SESSION_IDLE_MINUTES", 120)
SESSION_REFRESH_SECONDS = 300
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    # Load balancers probe the health check over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it from
# clients), Django must trust that header to know a request was HTTPS.
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}
