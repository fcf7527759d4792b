"""Imported once by the multiprocessing fork server (`engines._context`).

Warming the caches there means every worker forked from it starts warm: a
recycled or replaced worker costs a fork, not seconds of spaCy start-up. If
warming fails here, each worker simply warms itself (and reports the error).
Ctrl-C is for the coordinator: the fork server ignores it, during warm-up too.
"""

from __future__ import annotations

import contextlib
import signal

from policyparse.corpus.work import warm

signal.signal(signal.SIGINT, signal.SIG_IGN)
with contextlib.suppress(Exception):
    warm()
