"""Work handed over in a listener, started once the HTTP answer is on its way.

Under HTTP, Slack gets its answer when the listener returns. Work handed to another thread
inside the listener (a deferred command's export, an event's work after its ack) took the GIL
while the answer was still being built and written: at one client an export's ack waited
behind its own CSV and uploads (4.4 ms at p50, 5.2x bare Bolt's). The HTTP adapter
(bot/server.py) opens a batch for each request; what is handed over inside it starts when
the answer has been sent (or failed to send). Anywhere else (Socket Mode, a test calling
`App.dispatch`) there is no batch and it starts at once. Only the start waits: what the
request must keep (an inbox row) is stored before the ack, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Start = Callable[[], object]

_batch: ContextVar[list[Start] | None] = ContextVar("after_response", default=None)


def start(begin: Start) -> None:
    """Call `begin` (which only hands work to an executor) after the answer, or now."""
    waiting = _batch.get()
    if waiting is None:
        begin()
    else:
        waiting.append(begin)


@contextmanager
def batch() -> Iterator[list[Start]]:
    """Collect what requests started inside (the worker thread shares this list: anyio
    copies the context, not the list); the caller starts them with `run`."""
    starts: list[Start] = []
    token = _batch.set(starts)
    try:
        yield starts
    finally:
        _batch.reset(token)


def run(starts: list[Start]) -> None:
    for begin in starts:
        begin()
