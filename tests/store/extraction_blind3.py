"""Blind batch 3 ("set": "blind-3"): written from the sentences before the parser was run on them,
and never used to tune it.

Same case format as tests/store/extraction_corpus.py. Names the cases refer to that the main
corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (cases state dates)
from typing import Any

KNOWN_PROJECTS_EXTRA: list[str] = []
KNOWN_INITIATIVES_EXTRA: list[str] = []

CASES: list[dict[str, Any]] = []
