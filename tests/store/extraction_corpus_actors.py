"""Second edition, written alongside the parser: organisations with their country, several actors,
the grammatical subject as actor, instruments from the verb.

Same case format as tests/store/extraction_corpus.py. Names the cases refer to that the main
corpus does not know go in KNOWN_PROJECTS_EXTRA / KNOWN_INITIATIVES_EXTRA.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (cases state dates)
from typing import Any

KNOWN_PROJECTS_EXTRA: list[str] = []
KNOWN_INITIATIVES_EXTRA: list[str] = []

CASES: list[dict[str, Any]] = []
