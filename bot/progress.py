"""Progress of long CLI work on one terminal line: count, rate, time left; silent off a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


def duration(seconds: float) -> str:
    """'0.4s', '12s', '1m 52s', '2h 05m': how long, to the precision a person reads."""
    if seconds < 10:
        return f"{seconds:.1f}s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def on_a_terminal(stream: TextIO) -> bool:
    """True when both standard output and `stream` are terminals (not a pipe, file or test)."""
    return all(getattr(s, "isatty", lambda: False)() for s in (sys.stdout, stream))


class Progress:
    """A callback `(done, total)` for store functions that draws `label: done / total (pct) · rate ·
    time left` at most every `interval` seconds; `finish()` clears the line."""

    def __init__(
        self,
        label: str,
        unit: str = "rows",
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.2,
    ) -> None:
        self.label, self.unit = label, unit
        self.stream = stream or sys.stderr
        self.enabled = on_a_terminal(self.stream) if enabled is None else enabled
        self.clock, self.interval = clock, interval
        self.started = clock()
        self.done = 0
        self._drawn_at: float | None = None
        self._width = 0

    def __call__(self, done: int, total: int | None = None) -> None:
        self.done = done
        if not self.enabled:
            return
        now = self.clock()
        if self._drawn_at is not None and now - self._drawn_at < self.interval and done != total:
            return
        self._drawn_at = now
        self._draw(self.line(done, total, now - self.started))

    def line(self, done: int, total: int | None, elapsed: float) -> str:
        """The text drawn for `done` of `total` after `elapsed` seconds."""
        parts = [f"{self.label}: {done:,}" + (f" / {total:,} {self.unit}" if total else f" {self.unit}")]
        if total:
            parts[0] += f" ({100 * done // total}%)"
        if elapsed > 0 and done:
            rate = done / elapsed
            parts.append(f"{rate:,.0f} {self.unit}/s")
            if total and done < total:
                parts.append(f"{duration((total - done) / rate)} left")
        return " · ".join(parts)

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def elapsed(self) -> float:
        return self.clock() - self.started

    def finish(self) -> None:
        """Clear the progress line, so the summary printed next stands alone."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def status(self, text: str) -> None:
        """One line of what is being done now (for work without counts)."""
        if self.enabled:
            self._draw(f"{self.label}: {text}")
