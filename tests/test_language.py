"""Language detection: dev-set samples, policy-style text, documents, determinism, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse.cli import app
from policyparse.lang import CODES, load_language, normalise_code
from policyparse.language import LanguageGuess, detect_document, detect_text
from policyparse.language.markers import Markers
from policyparse.readers import read

DATA = Path(__file__).parent / "data" / "langid"
IN_SCOPE = {"en", "da", "no"}
runner = CliRunner()


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


# Floors on the fixed sample (tests/data/langid): a regression guard; the goals
# themselves are measured by benchmarks/language.py on the whole dev set.
@pytest.mark.parametrize(
    ("name", "floor"), [("paragraphs", 1.0), ("sentences", 0.97), ("short", 0.85)]
)
def test_dev_sample_accuracy(name: str, floor: float) -> None:
    rows = [r for r in _rows(name) if normalise_code(r["lang"]) in IN_SCOPE]
    right = sum(detect_text(r["text"]).language == normalise_code(r["lang"]) for r in rows)
    assert right / len(rows) >= floor


@pytest.mark.parametrize("name", ["paragraphs", "sentences", "short"])
def test_swedish_and_german_stay_out_of_scope(name: str) -> None:
    rows = [r for r in _rows(name) if r["lang"] in {"sv", "de"}]
    wrong = [r["text"] for r in rows if detect_text(r["text"]).language in IN_SCOPE]
    assert len(wrong) <= max(1, len(rows) // 40), wrong


def test_paragraphs_have_no_danish_norwegian_confusion() -> None:
    for row in _rows("paragraphs"):
        if row["lang"] in {"da", "nb", "nn"}:
            found = detect_text(row["text"])
            assert (found.language, found.variant or row["lang"]) == (
                normalise_code(row["lang"]),
                row["lang"],
            ), row["text"]


# Policy-style text written for these tests (not used to tune the detector).
@pytest.mark.parametrize(
    ("text", "language", "variant"),
    [
        ("Action plan for mental health 2023–2026", "en", None),
        ("Funding for local services", "en", None),
        (
            "The Scottish Government will invest £10 million in residential rehabilitation.",
            "en",
            None,
        ),
        ("Outcomes and indicators", "en", None),
        ("Regeringen afsætter 50 mio. kr. årligt til indsatsen.", "da", None),
        ("Initiativer til bekæmpelse af stofmisbrug", "da", None),
        ("Formålet med planen er at styrke udviklingen af behandlingstilbud.", "da", None),
        ("Opptrappingsplan for rusfeltet", "no", "nb"),
        ("Regjeringen vil styrke kommunenes arbeid med forebygging.", "no", "nb"),
        ("Tiltak for bedre behandling av personer med rusproblemer", "no", "nb"),
        ("Målet er at flere skal få hjelp tidligere.", "no", "nb"),
        ("Regjeringa vil auke løyvingane til kommunane.", "no", "nn"),
        ("Målet er at fleire skal få hjelp tidlegare.", "no", "nn"),
        ("Kva skal planen oppnå?", "no", "nn"),
        ("Regeringen avsätter 50 miljoner kronor till insatsen.", "sv", None),
        ("Handlingsplan för psykisk hälsa", "sv", None),
        ("Målet är att fler ska få hjälp tidigare.", "sv", None),
        ("Die Bundesregierung stellt 50 Millionen Euro für die Maßnahme bereit.", "de", None),
        ("Aktionsplan für psychische Gesundheit", "de", None),
    ],
)
def test_policy_text(text: str, language: str, variant: str | None) -> None:
    found = detect_text(text)
    assert (found.language, found.variant) == (language, variant)
    assert 0.0 < found.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("План действий по охране психического здоровья", "ru"),
        ("Εθνικό σχέδιο δράσης για την ψυχική υγεία", "el"),
        ("Plan d'action pour la santé mentale", "fr"),
        ("Kansallinen mielenterveysohjelma", "fi"),
    ],
)
def test_other_languages_get_their_own_code(text: str, language: str) -> None:
    assert detect_text(text).language == language


MARKERS = Markers.compile(
    {
        "da": {
            "words": ["af"],
            "prefixes": ["op", "ud"],
            "suffixes": ["erne"],
            "substrings": ["øj"],
        },
        "no": {
            "words": ["av"],
            "prefixes": ["opp", "ut"],
            "suffixes": ["ene"],
            "substrings": ["øy"],
        },
    }
)


@pytest.mark.parametrize(
    ("word", "marks"),
    [
        ("af", {"da"}),
        ("av", {"no"}),
        ("opgave", {"da"}),
        ("oppgave", {"no"}),  # the longest prefix wins: opp-, not op-
        ("utvikling", {"no"}),
        ("udvikling", {"da"}),
        ("kommunerne", {"da"}),
        ("kommunene", {"no"}),
        ("høj", {"da"}),
        ("høy", {"no"}),
        ("ut", set()),  # an affix needs a stem: "ut" is no word with prefix ut-
        ("planen", set()),
    ],
)
def test_markers_longest_match(word: str, marks: set[str]) -> None:
    assert set(MARKERS.score([word])) == marks


@pytest.mark.parametrize("text", ["", "   ", "2024", "12.5 %", "2016 - 2020", "– • –", "§ 3"])
def test_no_words_is_und(text: str) -> None:
    assert detect_text(text) == LanguageGuess("und", None, 0.0)


def test_same_result_twice() -> None:
    texts = [row["text"] for row in _rows("short")]
    assert [detect_text(t) for t in texts] == [detect_text(t) for t in texts]


def test_same_result_in_two_processes() -> None:
    code = (
        "import json, sys; from policyparse.language import detect_text; "
        "rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]; "
        "print(json.dumps([list(vars(detect_text(r['text'])).values()) for r in rows]))"
    )
    path = str(DATA / "short.jsonl")
    runs = [
        subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True)
        for _ in range(2)
    ]
    assert runs[0].returncode == 0, runs[0].stderr
    assert runs[0].stdout == runs[1].stdout


def test_code_table_round_trip() -> None:
    row = CODES["no"]
    assert (row.code, row.langdetect, row.spacy, row.variants) == ("no", "no", "nb", ("nb", "nn"))
    for code, entry in CODES.items():
        assert normalise_code(entry.langdetect) == code
        assert normalise_code(entry.spacy) == code
        assert all(normalise_code(v) == code for v in entry.variants)
    found = detect_text("Regjeringa vil auke løyvingane til kommunane.")
    assert normalise_code(found.variant or "") == found.language == "no"


@pytest.mark.parametrize("code", sorted(CODES))
def test_variant_markers_name_the_languages_written_forms(code: str) -> None:
    data = load_language(code)
    assert set(data["variant_markers"]) == set(CODES[code].variants)
    assert all(data["detection"][key] for key in ("words", "frequent_words"))


def _document(markdown: str) -> tuple[list[str], list[LanguageGuess], LanguageGuess]:
    doc = read(markdown.encode("utf-8"), name="plan.md")
    found = detect_document(doc)
    return [b.text for b in doc.blocks], list(found.blocks), found.guess


MIXED = (DATA / "mixed-da-en.md").read_text(encoding="utf-8")  # Danish, English summary


def test_mixed_document_majority_and_block_languages() -> None:
    texts, guesses, overall = _document(MIXED)
    assert overall.language == "da"
    by_text = dict(zip(texts, guesses, strict=True))
    assert by_text["Summary"].language == "da"  # a one-word heading follows its document
    english = next(t for t in texts if t.startswith("The plan sets out"))
    assert by_text[english].language == "en"
    assert Counter(g.language for g in guesses)["da"] == len(texts) - 1


def test_nynorsk_document_gives_short_blocks_its_written_form() -> None:
    text = (
        "# Samandrag\n\nRegjeringa vil auke innsatsen på rusfeltet. Kommunane skal få "
        "meir pengar, og fleire skal få hjelp tidlegare enn i dag.\n\n## Mål\n\n"
        "- Betre tenester\n- Færre skal døy av overdosar\n"
    )
    texts, guesses, overall = _document(text)
    assert (overall.language, overall.variant) == ("no", "nn")
    assert all((g.language, g.variant) == ("no", "nn") for g in guesses), list(
        zip(texts, guesses, strict=True)
    )


def test_cyrillic_document_is_out_of_scope() -> None:
    _, _, overall = _document(
        "# План действий\n\nПравительство выделит средства.\n\n- Больше помощи\n"
    )
    assert overall.language == "ru"


def test_document_without_words_is_und() -> None:
    _, guesses, overall = _document("2024\n\n2025\n")
    assert overall.language == "und"
    assert all(g.language == "und" for g in guesses)


def test_cli_json_lists_every_file_and_reports_unreadable_ones(tmp_path: Path) -> None:
    (tmp_path / "da.txt").write_text("Regeringen afsætter 50 mio. kr. årligt til indsatsen.")
    (tmp_path / "sv.md").write_text("# Plan\n\nMålet är att fler ska få hjälp tidigare.\n")
    (tmp_path / "broken.pdf").write_bytes(b"not a pdf at all")
    (tmp_path / "notes.csv").write_text("ignored, not a document suffix")
    result = runner.invoke(app, ["detect", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    rows = {Path(r["path"]).name: r for r in json.loads(result.stdout)}
    assert set(rows) == {"da.txt", "sv.md", "broken.pdf"}
    assert (rows["da.txt"]["language"], rows["sv.md"]["language"]) == ("da", "sv")
    assert set(rows["da.txt"]) == {"path", "language", "language_variant", "language_confidence"}
    assert rows["broken.pdf"]["error"]


def test_cli_text_with_blocks_and_exit_codes(tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(MIXED, encoding="utf-8")
    result = runner.invoke(app, ["detect", str(plan), "--blocks"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[1:3] == ["da", "-"]
    assert any(line.split("\t")[1:2] == ["en"] for line in lines[1:])
    missing = runner.invoke(app, ["detect", str(tmp_path / "nope.txt"), str(plan)])
    assert missing.exit_code == 2
    assert "plan.md" in missing.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["samples/", "tests/data/langid/mixed-da-en.md"],
        ["tests/data/langid/mixed-da-en.md", "--blocks"],
        ["samples/no-opptrappingsplan-rus-2016.txt", "missing.pdf", "--format", "json"],
    ],
)
def test_readme_detect_examples_are_real(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["detect", *args])
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"$ policyparse detect {' '.join(args)}\n" in readme
    assert result.stdout.strip() in readme
