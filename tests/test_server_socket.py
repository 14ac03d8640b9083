"""The pre-fork listening socket (WEB_CONCURRENCY > 1): its connections send small writes at
once. With Nagle's algorithm on, an answer written as headers then body waited for the
client's delayed ACK: ~44 ms a request, 23 requests/s per connection."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable

import pytest
import uvloop

from bot.server import listening_socket


def test_the_listening_socket_is_tcp_with_nagle_off() -> None:
    sock = listening_socket("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP  # asyncio sets TCP_NODELAY only on these
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        sock.close()


@pytest.mark.parametrize(
    "loop_factory", [asyncio.new_event_loop, uvloop.new_event_loop], ids=["asyncio", "uvloop"]
)
def test_a_connection_served_from_it_has_nagle_off(
    loop_factory: Callable[[], asyncio.AbstractEventLoop],
) -> None:
    """As uvicorn serves it, on either loop: a server on the inherited socket (uvloop sets
    TCP_NODELAY on its TCP transports, as asyncio does on a socket whose proto says TCP)."""
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

    with asyncio.Runner(loop_factory=loop_factory) as runner:
        runner.run(asyncio.wait_for(main(), timeout=10))
    assert seen and seen[0] != 0
