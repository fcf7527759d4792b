"""What `extract` costs, against reading the same document (the baseline, same run).

- once per process: building each language's spaCy pipeline (blank pipeline, tokenizer
  exceptions, sentencizer, lookup lemmatizer) — it is cached afterwards;
- per sample, warm: `extract_plan` against `readers.read` of the same file (the ratio is
  what language detection, sections and the extractors add to reading);
- a long document (a sample repeated to ~100 pages of text), same comparison.

    python benchmarks/extract_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import time

from _timing import SAMPLES, best_of


def pipelines() -> None:
    from policyparse import nlp
    from policyparse.lang import SUPPORTED, load_language

    for code in SUPPORTED:
        load_language(code)
        start = time.perf_counter()
        nlp.pipeline(code)
        print(f"pipeline {code:<3} built once in {time.perf_counter() - start:6.2f} s")


def samples(runs: int) -> None:
    from policyparse.pipeline import extract_plan
    from policyparse.readers import read

    for sample in SAMPLES:
        extract_plan(sample)  # warm: language data, pipelines, detection models
        reading = best_of(runs, lambda s=sample: read(s))
        extracting = best_of(runs, lambda s=sample: extract_plan(s))
        print(
            f"{sample.name:<46} read {reading * 1000:7.1f} ms  extract "
            f"{extracting * 1000:7.1f} ms  ratio {extracting / reading:5.1f}x"
        )


def long_document(runs: int) -> None:
    from policyparse.pipeline import extract_plan
    from policyparse.readers import read

    text = SAMPLES[0].read_text(encoding="utf-8")
    body = "\n".join(text.splitlines()[1:])
    data = (text + ("\n" + body) * 30).encode("utf-8")
    reading = best_of(runs, lambda: read(data, name="long.txt"))
    extracting = best_of(runs, lambda: extract_plan(data, path_label="long.txt"))
    print(
        f"long document ({len(data) // 1000} kB)                   read {reading:6.2f} s   "
        f"extract {extracting:6.2f} s   ratio {extracting / reading:5.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pipelines()
    samples(args.runs)
    long_document(max(1, args.runs // 2))


if __name__ == "__main__":
    main()
