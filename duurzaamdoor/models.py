"""The project app has no tables of its own.

This module exists so that Django sends this app the post_migrate signal (it skips apps
without a models module), which keeps the secretariat's permissions in sync.
"""
