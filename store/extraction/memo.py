"""Results of pure text functions kept while one article is read, then dropped.

An article's sentence is tested for an instrument and a sum before it is read, and read again
clause by clause, often with the same text: inside `reading_once()` such a function answers
each text once. Outside it (and in another thread or task) every call computes afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

_T = TypeVar("_T")
_results: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("extraction_results", default=None)


def reading_results() -> dict[tuple[Any, ...], Any] | None:
    """The results kept by the reading under way (keys start with the function that made
    them), or None outside reading_once(): for a function of more than one text."""
    return _results.get()


def once_per_reading(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """fn of a text, answered once per text inside reading_once(). fn must be pure and its
    result not changed by callers."""

    @wraps(fn)
    def cached(text: str) -> _T:
        results = _results.get()
        if results is None:
            return fn(text)
        key = (fn, text)
        if key not in results:
            results[key] = fn(text)
        found: _T = results[key]
        return found

    return cached


@contextmanager
def reading_once() -> Iterator[None]:
    """Keep the results of once_per_reading functions until the block ends."""
    token = _results.set({})
    try:
        yield
    finally:
        _results.reset(token)
