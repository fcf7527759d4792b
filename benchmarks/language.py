"""Language detection on the dev set, next to the general detectors in the same run.

Reads `shared/langid-dev` (UD treebank text: en, da, nb, nn, and sv/de as distractors)
and prints, per detector and length class: accuracy per language, Danish↔Norwegian
confusions, Swedish/German texts wrongly given en/da/no, Bokmål/Nynorsk accuracy of
the Norwegian texts found Norwegian, and CPU milliseconds per text (after loading).
"documents" are four consecutive paragraphs of one language read as one document.

Detectors: policyparse (`detect_text`; `detect_document` for documents), langdetect
(a private seeded factory), py3langid restricted to en/da/no/nn and unrestricted, and
lingua (en/da/nb/nn, high accuracy; skipped with a note if not installed:
`pip install lingua-language-detector`).

Goals (on unseen text): documents 100 %, paragraphs ≥ 99.5 % with no da↔no,
sentences ≥ 98 %, snippets ≥ 92 %, sv/de given en/da/no ≤ 2 %, < 0.5 ms a sentence.

    python benchmarks/language.py [--data ../shared/langid-dev] [--split all|even|odd]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IN_SCOPE = ("en", "da", "nb", "nn")
LANGUAGE = {"nb": "no", "nn": "no"}  # written form → language
CLASSES = ("documents", "paragraphs", "sentences", "short")

Guess = tuple[str, str | None]  # (language, variant)
Detector = Callable[[str], Guess]


def _rows(data: Path, name: str, split: str) -> list[dict[str, str]]:
    with (data / f"{name}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    keep = {"all": (0, 1), "even": (0,), "odd": (1,)}[split]
    return [row for i, row in enumerate(rows) if i % 2 in keep]


def _documents(paragraphs: list[dict[str, str]]) -> list[dict[str, str]]:
    """Runs of four paragraphs of one language, as one text."""
    by_lang: dict[str, list[str]] = {}
    for row in paragraphs:
        by_lang.setdefault(row["lang"], []).append(row["text"])
    return [
        {"lang": lang, "text": "\n\n".join(texts[i : i + 4])}
        for lang, texts in by_lang.items()
        for i in range(0, len(texts) - 3, 4)
    ]


def policyparse_detectors() -> tuple[Detector, Detector]:
    """`detect_text` for texts, `detect_document` (through the text reader) for documents."""
    from policyparse.language import detect_document, detect_text
    from policyparse.readers import read

    def text(t: str) -> Guess:
        found = detect_text(t)
        return found.language, found.variant

    def document(t: str) -> Guess:
        found = detect_document(read(t.encode("utf-8"), name="doc.txt"))
        return found.language, found.variant

    return text, document


def langdetect_detector() -> Detector:
    """langdetect through its own seeded factory (never the global `DetectorFactory.seed`)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0

    def run(t: str) -> Guess:
        detector = factory.create()
        detector.append(t)
        try:
            return detector.detect(), None
        except LangDetectException:
            return "und", None

    return run


def py3langid_detector(restricted: bool) -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    if restricted:
        identifier.set_languages(["en", "da", "no", "nn"])

    def run(t: str) -> Guess:
        label = identifier.classify(t)[0]
        return ("no", "nn" if label == "nn" else "nb") if label in ("no", "nn") else (label, None)

    return run


def lingua_detector() -> Detector | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    names = {Language.ENGLISH: "en", Language.DANISH: "da"}
    forms = {Language.BOKMAL: "nb", Language.NYNORSK: "nn"}
    detector = LanguageDetectorBuilder.from_languages(*names, *forms).build()

    def run(t: str) -> Guess:
        found = detector.detect_language_of(t)
        if found in forms:
            return "no", forms[found]
        return (names[found], None) if found in names else ("und", None)

    return run


def measure(detect: Detector, rows: list[dict[str, str]]) -> dict[str, Any]:
    """Accuracy per language, confusions and speed of one detector on one length class."""
    began = time.process_time()  # CPU time: other processes on the machine do not count
    guesses = [detect(row["text"]) for row in rows]
    ms = (time.process_time() - began) * 1000 / max(len(rows), 1)
    right, total, forms = Counter[str](), Counter[str](), Counter[str]()
    dano = oos = n_oos = 0
    for row, (language, variant) in zip(rows, guesses, strict=True):
        gold = row["lang"]
        if gold not in IN_SCOPE:
            n_oos += 1
            oos += language in ("en", "da", "no")
            continue
        want = LANGUAGE.get(gold, gold)
        total[gold] += 1
        right[gold] += language == want
        dano += {want, language} == {"da", "no"}
        if want == "no" == language:
            forms["seen"] += 1
            forms["right"] += variant == gold
            forms["named"] += variant is not None
    n = sum(total.values())
    return {
        **{lang: _pct(right[lang], total[lang]) for lang in IN_SCOPE},
        "all": _pct(sum(right.values()), n),
        "da↔no": dano,
        "sv/de→in": _pct(oos, n_oos),
        "nb/nn": _pct(forms["right"], forms["seen"]) if forms["named"] else "-",
        "ms": f"{ms:.3f}",
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def _table(results: list[tuple[str, str, dict[str, Any]]]) -> str:
    head = ["detector", "class", *IN_SCOPE, "all", "da↔no", "sv/de→in", "nb/nn", "ms"]  # CPU ms
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, cls, row in results:
        lines.append("| " + " | ".join([name, cls, *(str(row[h]) for h in head[2:])]) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "langid-dev")
    parser.add_argument("--split", choices=["all", "even", "odd"], default="all")
    args = parser.parse_args()
    data = {name: _rows(args.data, name, args.split) for name in CLASSES[1:]}
    data = {"documents": _documents(data["paragraphs"]), **data}

    text, document = policyparse_detectors()
    document("Warm up: load the models and the text reader.")
    detectors: list[tuple[str, Detector | None]] = [
        ("policyparse", text),
        ("langdetect (seeded)", langdetect_detector()),
        ("py3langid en/da/no", py3langid_detector(restricted=True)),
        ("py3langid (all)", py3langid_detector(restricted=False)),
        ("lingua en/da/nb/nn", lingua_detector()),
    ]
    results = []
    for name, detect in detectors:
        if detect is None:
            print(f"note: {name} skipped (not installed: pip install lingua-language-detector)")
            continue
        detect("warm up")
        for cls, rows in data.items():
            use = document if (detect is text and cls == "documents") else detect
            results.append((name, cls, measure(use, rows)))
    print(f"split: {args.split} (even = the lines tuned on, odd = held out)\n")
    print(_table(results))
    print("\n" + _goals(results))


GOALS = {"documents": 100.0, "paragraphs": 99.5, "sentences": 98.0, "short": 92.0}


def _goals(results: list[tuple[str, str, dict[str, Any]]]) -> str:
    """policyparse against the goals; its speed as a ratio to langdetect's in this run."""
    ours = {cls: row for name, cls, row in results if name == "policyparse"}
    lines = [
        f"{cls}: {ours[cls]['all']} % (goal >= {goal}), da↔no {ours[cls]['da↔no']}, "
        f"sv/de given en/da/no {ours[cls]['sv/de→in']} % (goal <= 2)"
        for cls, goal in GOALS.items()
    ]
    base = {cls: row for name, cls, row in results if name.startswith("langdetect")}
    ms, ref = float(ours["sentences"]["ms"]), float(base["sentences"]["ms"])
    lines.append(f"sentences: {ms:.3f} ms each (goal < 0.5), {ref / ms:.0f}x langdetect's speed")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
