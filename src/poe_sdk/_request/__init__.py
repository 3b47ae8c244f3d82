"""Arguments into a request, before any I/O.

- :mod:`.operation`: ``Operation``, what generated resources stand on, and ``call_arguments``.
- :mod:`.builder`: validate the arguments against the spec, encode the body.
- :mod:`.multipart`: multipart bodies (file uploads), streamed.
- :mod:`.files`: message content parts from files.
- :mod:`.auth`: which operations need the API key.
- :mod:`.servers`: where an operation is sent.
- :mod:`.signatures`: run-time signatures of ``**kwargs: Unpack[...]`` methods.

Nothing here imports the call pipeline, the network or the replies (``operation`` names the
stream accumulator's type only for type checkers).
"""
