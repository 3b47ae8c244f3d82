"""Replies into results: models, typed errors, streams, raw and binary replies, pages.

- :mod:`.parse`: a 2xx reply into the operation's model, tolerantly.
- :mod:`.errors`: an error reply into its typed exception (one rule for an error object).
- :mod:`.streaming`: ``AsyncStream``, typed events with a never-silent end.
- :mod:`.sse`: the server-sent events decoder (no I/O).
- :mod:`.raw_response`, :mod:`.streamed_response`: ``with_raw_response`` and
  ``with_streaming_response`` replies; :mod:`.twins` makes their methods from the plain ones.
- :mod:`.binary`: binary replies, streamed to disk.
- :mod:`.pagination`: pages of list operations.
- :mod:`.ratelimit`: the rate-limit headers of a reply, parsed.
"""
