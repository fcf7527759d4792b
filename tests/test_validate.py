"""validate.check_files and the semantic checks, through the Python API."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, EXAMPLE_PLAN, WritePlan
from policyparse import checks, yamlio
from policyparse.readers import read
from policyparse.schema import explain
from policyparse.validate import check_files, format_path

Change = Callable[[dict[str, Any]], Any]


def _second_funding(**fields: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        extra = copy.deepcopy(data["funding"][0])
        extra.update(id="funding-2", **fields)
        data["funding"].append(extra)

    return change


def _child_initiative(ident: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        child = copy.deepcopy(data["initiatives"][1])
        child["id"] = ident
        data["initiatives"][0]["children"] = [child]

    return change


# (what, change, expected [(code, path)])
CASES: list[tuple[str, Change, list[tuple[str, str]]]] = [
    (
        "plan period reversed",
        lambda d: d["period"].update(start=2021),
        [("PP101", "period"), ("PP201", "funding[0].period")],
    ),
    (
        "funding period reversed",
        lambda d: d["funding"][0]["period"].update(start=2020, end=2016),
        [("PP101", "funding[0].period")],
    ),
    (
        "empty span",
        lambda d: d["aims"][2]["source"].update(end=d["aims"][2]["source"]["start"]),
        [("PP102", "aims[2].source")],
    ),
    ("duplicate aim id", lambda d: d["aims"][3].update(id="aim-1"), [("PP103", "aims[3].id")]),
    (
        "duplicate id in children",
        _child_initiative("initiative-3"),
        [("PP103", "initiatives[2].id")],
    ),
    (
        "unknown funding reference",
        lambda d: d["initiatives"][1].update(funding=["funding-1", "funding-9"]),
        [("PP104", "initiatives[1].funding[1]")],
    ),
    (
        "unknown part_of",
        lambda d: d["funding"][0].update(part_of="funding-7"),
        [("PP105", "funding[0].part_of")],
    ),
    (
        "part_of loop",
        lambda d: (
            _second_funding(part_of="funding-1")(d),
            d["funding"][0].update(part_of="funding-2"),
        ),
        [("PP105", "funding[0].part_of"), ("PP105", "funding[1].part_of")],
    ),
    (
        "unknown currency",
        lambda d: d["funding"][0].update(currency="NOX"),
        [("PP106", "funding[0].currency"), ("PP202", "funding[0].currency")],
    ),
    (
        "funding outside the plan period",
        lambda d: d["funding"][0]["period"].update(start=2015),
        [("PP201", "funding[0].period")],
    ),
    (
        "foreign currency",
        lambda d: d["funding"][0].update(currency="EUR"),
        [("PP202", "funding[0].currency")],
    ),
    (
        "foreign currency, sub-national country code",
        lambda d: d["document"].update(country="GB-SCT"),
        [("PP202", "funding[0].currency")],
    ),
    (
        "share larger than its total",
        _second_funding(part_of="funding-1", amount=3_000_000_000),
        [("PP203", "funding[1].amount")],
    ),
    (
        "amount as text",
        lambda d: d["funding"][0].update(amount="2,4 milliarder"),
        [("PP010", "funding[0].amount")],
    ),
    (
        "bad due date",
        lambda d: d["initiatives"][3].update(due={"date": "2024-13", "text": "x"}),
        [("PP010", "initiatives[3].due.date")],
    ),
    (
        "missing field",
        lambda d: d["aims"][0].pop("source"),
        [("PP010", "aims[0].source")],
    ),
    (
        "unknown field",
        lambda d: d["document"].update(author="me"),
        [("PP010", "document.author")],
    ),
    (
        "schema error and semantic error in one file",
        lambda d: (d["period"].update(start=2021), d["funding"][0].update(basis="yearly")),
        [("PP010", "funding[0].basis"), ("PP101", "period"), ("PP201", "funding[0].period")],
    ),
]


def test_example_plan_is_valid() -> None:
    result = check_files([EXAMPLE_PLAN])
    assert result.findings == []
    assert result.valid and result.exit_code == 0 and result.files == [str(EXAMPLE_PLAN)]


@pytest.mark.parametrize(("what", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_check(
    what: str,
    change: Change,
    expected: list[tuple[str, str]],
    plan_data: dict[str, Any],
    write_plan: WritePlan,
) -> None:
    change(plan_data)
    path = write_plan(plan_data)
    result = check_files([path])
    assert sorted((f.code, f.path) for f in result.findings) == sorted(expected)
    lines = path.read_text(encoding="utf-8").splitlines()
    for finding in result.findings:
        assert finding.file == str(path)
        assert finding.severity == checks.RULES[finding.code].severity
        key = finding.path.rpartition(".")[2]
        if not key.endswith("]") and finding.message != "required field is missing":
            assert f"{key}:" in lines[finding.line - 1], (finding, lines[finding.line - 1])
    errors = any(checks.RULES[code].severity == "error" for code, _ in expected)
    assert result.exit_code == (1 if errors else 0)
    assert check_files([path], strict=True).exit_code == 1


def test_yaml_1_1_traps_are_fine_unquoted(plan_data: dict[str, Any], write_plan: WritePlan) -> None:
    text = yamlio.dumps(plan_data).replace('"no"', "no").replace('"NO"', "NO")
    assert "language: no\n" in text and "country: NO\n" in text
    assert check_files([write_plan(text)]).findings == []


BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)

# (file name, content, code when named, code when met in a folder)
BAD_FILES: list[tuple[str, str | bytes | None, str, str]] = [
    ("syntax.yaml", "schema_version: '1'\ndocument: [1,\n", "PP002", "PP002"),
    ("dupkeys.yaml", "schema_version: '1'\naims: []\naims: []\n", "PP003", "PP003"),
    ("tag.yaml", "schema_version: !!python/name:os.system ''\n", "PP004", "PP004"),
    ("laughs.yaml", BILLION_LAUGHS, "PP005", "PP005"),
    ("huge.yaml", None, "PP006", "PP006"),
    ("future.yaml", "schema_version: '2'\n", "PP007", "PP007"),
    ("list.yaml", "- schema_version: '1'\n", "PP001", "PP009"),
    ("empty.yaml", "", "PP001", "PP009"),
    ("workflow.yml", "on: push\njobs: {}\n", "PP001", "PP009"),
    ("latin1.yaml", b"schema_version: '1'\ntitle: p\xe5\n", "PP002", "PP002"),
]


def make_bad_folder(root: Path) -> Path:
    """`root/plans` with one file per bad case, a valid plan in `sub/`, and files
    that a folder walk must ignore (hidden folder, not *.yaml)."""
    folder = root / "plans"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.yaml").write_bytes(EXAMPLE_PLAN.read_bytes())
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "ignored.yaml").write_text("a: [", encoding="utf-8")
    (folder / "notes.txt").write_text("not yaml: [", encoding="utf-8")
    for name, content, _, _ in BAD_FILES:
        if content is None:  # 50 MB, sparse: refused by size before it is read
            with (folder / name).open("wb") as handle:
                handle.truncate(50 * 1024 * 1024)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / name).write_bytes(data)
    return folder


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    return make_bad_folder(tmp_path)


@pytest.mark.parametrize(("name", "named", "walked"), [(b[0], b[2], b[3]) for b in BAD_FILES])
def test_bad_yaml_named(bad_folder: Path, name: str, named: str, walked: str) -> None:
    result = check_files([bad_folder / name, bad_folder / "sub" / "good.yaml"])
    assert [f.code for f in result.findings] == [named]
    assert result.findings[0].file == str(bad_folder / name)
    assert result.exit_code == 1


def test_bad_yaml_in_a_folder_each_file_reported_others_checked(bad_folder: Path) -> None:
    result = check_files([bad_folder])
    found = {Path(f.file).name: f.code for f in result.findings}
    assert found == {name: walked for name, _, _, walked in BAD_FILES}
    assert str(bad_folder / "sub" / "good.yaml") in result.files
    assert not any("hidden" in f or f.endswith(".txt") for f in result.files)
    assert result.exit_code == 1


def test_error_messages_are_clear(bad_folder: Path) -> None:
    messages = {Path(f.file).name: f.message for f in check_files([bad_folder]).findings}
    assert messages["dupkeys.yaml"] == "duplicate key 'aims' (first at line 2)"
    assert messages["huge.yaml"] == "file is 50.0 MB; plan files over 20 MB are refused"
    assert "newer than this policyparse understands" in messages["future.yaml"]
    assert "alias bomb" in messages["laughs.yaml"]
    assert messages["empty.yaml"] == "not a policyparse plan: the file is empty"


def test_only_notes_is_valid(bad_folder: Path) -> None:
    result = check_files([bad_folder / "sub", bad_folder / "empty.yaml"])
    assert [f.code for f in result.findings] == ["PP001"]
    result = check_files([bad_folder / "sub"])
    assert result.valid and result.exit_code == 0


def test_missing_path_is_exit_2_and_other_files_still_checked(tmp_path: Path) -> None:
    result = check_files([tmp_path / "nope.yaml", EXAMPLE_PLAN])
    assert [(f.code, f.file) for f in result.findings] == [("PP008", str(tmp_path / "nope.yaml"))]
    assert result.files == [str(EXAMPLE_PLAN)]
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), ""),
        (("period",), "period"),
        (("initiatives", 3, "due", "date"), "initiatives[3].due.date"),
    ],
)
def test_format_path(path: tuple[str | int, ...], text: str) -> None:
    assert format_path(path) == text


def test_every_rule_has_a_unique_name() -> None:
    names = [rule.name for rule in checks.RULES.values()]
    assert len(names) == len(set(names))
    assert all(code == rule.code for code, rule in checks.RULES.items())


@pytest.mark.parametrize("plan", sorted((DATA / "plans").glob("*.yaml")), ids=lambda p: p.name)
def test_example_plans_have_no_errors(plan: Path) -> None:
    assert [f for f in check_files([plan]).findings if f.severity == "error"] == []


def _items(data: Any) -> list[tuple[str, dict[str, Any]]]:
    """Every mapping with both a text (or title) and a source span."""
    found = []
    if isinstance(data, dict):
        words = data.get("text") or data.get("title")
        if isinstance(data.get("source"), dict) and "start" in data["source"] and words:
            found.append((words, data["source"]))
        for value in data.values():
            found += _items(value)
    elif isinstance(data, list):
        for value in data:
            found += _items(value)
    return found


def test_norwegian_example_spans_point_at_their_words() -> None:
    plan = yamlio.load_plan(EXAMPLE_PLAN)
    data = yamlio.load_file(EXAMPLE_PLAN)
    doc = read(plan.document.source.path)
    assert doc.sha256 == plan.document.source.sha256
    items = _items(data)
    assert len(items) == 13
    for words, span in items:
        assert " ".join(doc.text[span["start"] : span["end"]].split()) == " ".join(words.split())


_KEYS = ["id", "start", "end", "period", "funding", "part_of", "currency", "amount", "source"]
_SCALARS = st.none() | st.booleans() | st.integers(-5, 3000) | st.floats() | st.text(max_size=8)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_KEYS), inner),
    max_leaves=20,
)
_KINDS = st.sampled_from(["document", "period", "aims", "outcomes", "initiatives", "funding"])


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(key=_KINDS, value=_JSON)
def test_checks_never_crash_on_data_of_the_wrong_shape(
    key: str, value: Any, plan_data: dict[str, Any]
) -> None:
    data = copy.deepcopy(plan_data)
    data[key] = value
    loaded = yamlio.loads_marked(yamlio.dumps(data), "x.yaml")
    context = checks.CheckContext(file=Path("x.yaml"), loaded=loaded)
    found = checks.run_checks(loaded.data, context)
    assert all(issue.code in checks.RULES for issue in found)
    explain(loaded.data)
