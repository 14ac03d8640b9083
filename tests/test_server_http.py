"""uvicorn as the server runs it: HTTP parsed by httptools and the loop uvloop's (declared
dependencies; with h11 and asyncio's loop a commitment message cost more of the server's CPU,
docs/perf/commitment-messages-http-2026-11-30.md), and Nagle still off under uvloop."""

from __future__ import annotations

import asyncio
import socket

import uvicorn
import uvloop
from starlette.applications import Starlette
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from bot.server import UVICORN_OPTIONS, listening_socket


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


def test_a_connection_accepted_on_uvloop_has_nagle_off() -> None:
    """uvloop sets TCP_NODELAY on its TCP transports, as asyncio does on a socket whose proto
    says TCP (tests/test_server_socket.py): an answer written as headers then body does not
    wait for the client's delayed ACK."""
    sock = listening_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    seen: list[int] = []

    async def main() -> None:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            accepted = writer.get_extra_info("socket")
            seen.append(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            while not seen:
                await asyncio.sleep(0.01)
            writer.close()

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(asyncio.wait_for(main(), timeout=10))
    assert seen and seen[0] != 0
