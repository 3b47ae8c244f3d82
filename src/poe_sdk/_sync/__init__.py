"""The sync facade: ``PoeClient`` (:mod:`.client`) and its ``Stream`` (:mod:`.stream`) run the
async core on one event loop per client (:mod:`.runner`, helpers in :mod:`.loops`), whose
lifetime, exit and fork handling live in :mod:`.lifetime`."""
