"""The one base of every error whose message is meant for the person who typed the input."""

from __future__ import annotations


class UserError(Exception):
    """Bad input, told back as it stands: `str(exc)` is the whole answer, in plain words."""
