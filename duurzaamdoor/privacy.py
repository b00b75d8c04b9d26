"""The privacy statement's version.

Change it whenever templates/pages/privacy.html changes in substance: consent given on a
form is recorded together with the version the person saw.
"""

PRIVACY_STATEMENT_VERSION = "2026-11-28"
