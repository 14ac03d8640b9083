"""uvicorn as the server runs it: HTTP parsed by httptools and the loop uvloop's (declared
dependencies; with h11 and asyncio's loop a commitment message cost more of the server's CPU,
docs/perf/commitment-messages-http-2026-11-30.md). Nagle under uvloop: tests/test_server_socket.py."""

from __future__ import annotations

import uvicorn
import uvloop
from starlette.applications import Starlette
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from bot.server import UVICORN_OPTIONS


def test_uvicorn_parses_with_httptools_on_uvloop() -> None:
    config = uvicorn.Config(Starlette(), **UVICORN_OPTIONS)
    config.load()
    assert config.http_protocol_class is HttpToolsProtocol
    factory = config.get_loop_factory()
    assert factory is not None
    loop = factory()
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()
    assert config.access_log is False  # a log line per request is CPU on every message
