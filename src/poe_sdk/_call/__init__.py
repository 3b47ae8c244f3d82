"""The call pipeline: prepare, send with retries, parse.

- :mod:`.pipeline`: ``CallPipeline``, the path of every operation call.
- :mod:`.retry`: the retry policy and its decisions (no I/O).
- :mod:`.warm_up`: the first call's set-up, off the event loop.
- :mod:`.lifecycle`: whether a client is closed, shared by its copies.

``pipeline`` uses :mod:`poe_sdk._request` to build a request, :mod:`poe_sdk._http` to send
it and :mod:`poe_sdk._replies` to read the reply.
"""
