"""Corpus runs: `extract` over thousands of documents — parallel, incremental, resumable.

`extract_corpus(paths, out_dir, jobs=…, engine=…)` walks the inputs, skips
documents whose output is current, runs the rest on a local process pool or a
Dask cluster, writes each output atomically and returns a `Summary`.
"""

from __future__ import annotations

from policyparse.corpus.failures import Failure
from policyparse.corpus.run import Summary, extract_corpus

__all__ = ["Failure", "Summary", "extract_corpus"]
