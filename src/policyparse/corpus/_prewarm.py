"""Imported once by the multiprocessing fork server (`engines._context`).

Warming the caches there means every worker forked from it starts warm: a
recycled or replaced worker costs a fork, not seconds of spaCy start-up. If
warming fails here, each worker simply warms itself (and reports the error).
"""

from __future__ import annotations

import contextlib

from policyparse.corpus.work import warm

with contextlib.suppress(Exception):
    warm()
