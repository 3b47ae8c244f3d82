"""The one boundary with the network: everything below poe-sdk's calls that does HTTP I/O.

Nothing outside this package imports aiohttp, httpcore or another library's internals, and
every failure of the I/O stack becomes a poe-sdk exception here and nowhere else.

- :mod:`.exchange`: send requests, read bodies, close replies.
- :mod:`.errors`: foreign I/O exceptions become poe-sdk's.
- :mod:`.redirects`: which redirects are followed, and following them.
- :mod:`.requests`: build requests without httpx's per-request copies.
- :mod:`.pools`: one owned httpx client per event loop.
- :mod:`.aiohttp_transport`: asyncio requests over aiohttp's pool.
- :mod:`.trio_transport`: trio requests over httpcore's pool.
- :mod:`.connection_reuse`: when closed keep-alive connections are resent.
- :mod:`.decoding`: decompress bodies in bounded pieces.
- :mod:`.limits`: how much of a reply is held.
- :mod:`.proxies`: proxies from the environment, as httpx.
- :mod:`.defaults`: default timeouts, pool limits, TLS context.

Imports go one way: ``exchange`` uses ``errors`` and ``decoding``; the transports use
``exchange``'s constants, ``connection_reuse`` and ``proxies``; ``pools`` builds the transports
(imported on first use) from ``defaults`` and ``proxies``.
"""
