"""Corpus runs: walking, incremental skips, failures, timeouts, interrupts, engines.

Most tests use `paragraph_worker`, a small real worker defined here (it reads
the file, and writes its paragraphs as aims with the header the incremental
check reads), so the run machinery is tested apart from extraction quality.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from policyparse import yamlio
from policyparse.cli import _corpus as cli_corpus
from policyparse.cli import app
from policyparse.corpus import extract_corpus
from policyparse.corpus import run as corpus_run
from policyparse.corpus.progress import summary_table
from policyparse.corpus.state import recorded_source
from policyparse.corpus.walk import collect
from policyparse.corpus.work import Job, Result
from policyparse.errors import MissingPath, UsageError

GENERATOR = "paragraph-worker 1"
TESTS = Path(__file__).parent
ROOT = TESTS.parent
runner = CliRunner()


def paragraph_worker(job: Job) -> Result:
    """Reads a UTF-8 text; `sleep N` in it sleeps, `crash` in it kills the worker."""
    data = Path(job.path).read_bytes()
    text = data.decode("utf-8")  # corrupt bytes raise UnicodeDecodeError: a failed document
    if text.startswith("sleep "):
        time.sleep(float(text.split()[1]))
    if text.startswith("crash"):
        os._exit(3)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    plan = {
        "schema_version": "1",
        "document": {
            "title": paragraphs[0] if paragraphs else "",
            "source": {"path": job.label, "sha256": hashlib.sha256(data).hexdigest()},
            "generator": GENERATOR,
        },
        "aims": [{"id": f"aim-{i}", "text": p} for i, p in enumerate(paragraphs, 1)],
    }
    return Result(job.key, job.label, yamlio.dumps(plan), {"aims": len(paragraphs)})


def run(paths: list[Path] | list[str], out: Path, **options: object) -> object:
    options.setdefault("jobs", 2)
    return extract_corpus(paths, out, worker=paragraph_worker, generator=GENERATOR, **options)  # type: ignore[arg-type]


def make_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


CORPUS = {
    "dk/plan.txt": "Handlingsplan\n\nMålet er færre unge i misbrug.",
    "no/plan.txt": "Opptrappingsplan\n\nMålet er bedre tjenester.",
    "no/sub/plan.md": "# Plan\n\nTiltak.",
    "gb/strategy.html": "<h1>Strategy</h1><p>Aim.</p>",
    "gb/.hidden.txt": "hidden",
    ".git/notes.txt": "hidden folder",
    "gb/data.csv": "a,b",
    "gb/report.pdf.bak": "backup",
}


@pytest.mark.parametrize(
    ("globs", "expected"),
    [
        ((), ["dk/plan.yaml", "gb/strategy.yaml", "no/plan.yaml", "no/sub/plan.yaml"]),
        (("*.txt",), ["dk/plan.yaml", "no/plan.yaml"]),
        (("no/*",), ["no/plan.yaml"]),
        (("*.md", "*.html"), ["gb/strategy.yaml", "no/sub/plan.yaml"]),
    ],
)
def test_walk_mirrors_folders_skips_hidden_and_unsupported(
    tmp_path: Path, globs: tuple[str, ...], expected: list[str]
) -> None:
    corpus = make_tree(tmp_path / "corpus", CORPUS)
    tasks = collect([corpus], tmp_path / "out", globs)
    assert sorted(t.output.relative_to(tmp_path / "out").as_posix() for t in tasks) == expected
    assert all(t.label.startswith(corpus.as_posix()) for t in tasks)


def test_walk_of_several_folders_mirrors_below_their_common_folder(tmp_path: Path) -> None:
    corpus = make_tree(tmp_path / "corpus", CORPUS)
    tasks = collect([corpus / "dk", corpus / "no"], tmp_path / "out")
    outputs = sorted(t.output.relative_to(tmp_path / "out").as_posix() for t in tasks)
    assert outputs == ["dk/plan.yaml", "no/plan.yaml", "no/sub/plan.yaml"]


def test_walk_leaves_out_an_output_folder_inside_the_input(tmp_path: Path) -> None:
    corpus = make_tree(tmp_path / "corpus", {"a.txt": "A", "out/old.txt": "not an input"})
    assert [t.label for t in collect([corpus], corpus / "out")] == [f"{corpus.as_posix()}/a.txt"]


def test_files_given_directly_land_flat_and_same_stems_are_a_usage_error(tmp_path: Path) -> None:
    corpus = make_tree(tmp_path / "corpus", CORPUS)
    tasks = collect([corpus / "dk/plan.txt", corpus / "gb/strategy.html"], tmp_path / "out")
    assert [t.output.name for t in tasks] == ["plan.yaml", "strategy.yaml"]
    with pytest.raises(UsageError, match=r"dk/plan.txt and .*no/plan.txt"):
        collect([corpus / "dk/plan.txt", corpus / "no/plan.txt"], tmp_path / "out")
    with pytest.raises(MissingPath):
        collect([corpus / "nowhere"], tmp_path / "out")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.yaml", 'schema_version: "1"\ndocument:\n  title: T\n  source:\n    sha256: "ab"\n'
         "  generator: policyparse 0.1.0\nperiod: null\naims: [\n", ("ab", "policyparse 0.1.0")),
        ("a.json", '{"document": {"source": {"sha256": "ab"}, "generator": "g 1"}}',
         ("ab", "g 1")),
        ("a.yaml", "document: [", None),
        ("a.yaml", 'document:\n  generator: "g"\n', None),
        ("a.json", "{", None),
    ],
)  # fmt: skip
def test_an_output_records_its_input_and_generator_in_the_first_lines(
    tmp_path: Path, name: str, content: str, expected: tuple[str, str] | None
) -> None:
    """Only the head is read: the broken `aims: [` after `document` does not matter."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    assert recorded_source(tmp_path / name) == expected


def test_json_outputs_and_standard_input(tmp_path: Path) -> None:
    corpus = make_tree(tmp_path / "corpus", CORPUS)
    tasks = collect([corpus / "dk"], tmp_path / "out", fmt="json")
    assert [t.output.name for t in tasks] == ["plan.json"]
    with pytest.raises(UsageError, match="single document"):
        collect(["-", corpus / "dk/plan.txt"], tmp_path / "out")


def test_run_writes_each_document_and_then_skips_what_is_current(tmp_path: Path) -> None:
    corpus = make_tree(tmp_path / "corpus", CORPUS)
    out = tmp_path / "out"
    first = run([corpus], out)
    assert (first.documents, first.extracted, first.skipped, first.failed) == (4, 4, 0, 0)
    assert first.items["aims"] == 7 and first.exit_code == 0
    assert sorted(tree_bytes(out)) == [
        "dk/plan.yaml",
        "gb/strategy.yaml",
        "no/plan.yaml",
        "no/sub/plan.yaml",
    ]
    before = tree_bytes(out)

    os.utime(corpus / "dk/plan.txt", (1, 1))  # a new file time alone changes nothing
    (corpus / "no/plan.txt").write_text("Opptrappingsplan\n\nNytt mål.", encoding="utf-8")
    second = run([corpus], out)
    assert (second.extracted, second.skipped) == (1, 3)
    assert tree_bytes(out)["dk/plan.yaml"] == before["dk/plan.yaml"]
    assert "Nytt mål." in tree_bytes(out)["no/plan.yaml"].decode()


@pytest.mark.parametrize(
    ("change", "redone"),
    [
        ({}, 0),
        ({"force": True}, 4),
        ({"generator": "paragraph-worker 2"}, 4),  # a new version redoes everything
    ],
)
def test_rerun_redoes_on_force_or_new_generator(
    tmp_path: Path, change: dict[str, object], redone: int
) -> None:
    corpus = make_tree(tmp_path / "corpus", CORPUS)
    run([corpus], tmp_path / "out")
    options: dict[str, object] = {"jobs": 1, "generator": GENERATOR, **change}
    summary = extract_corpus([corpus], tmp_path / "out", worker=paragraph_worker, **options)  # type: ignore[arg-type]
    assert (summary.extracted, summary.skipped) == (redone, 4 - redone)


def test_a_damaged_output_is_redone(tmp_path: Path) -> None:
    corpus = make_tree(tmp_path / "corpus", {"a.txt": "A\n\nB"})
    run([corpus], tmp_path / "out")
    (tmp_path / "out/a.yaml").write_text("document: [", encoding="utf-8")
    assert run([corpus], tmp_path / "out").extracted == 1


def test_failures_go_to_stderr_and_the_failures_file_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = make_tree(
        tmp_path / "corpus",
        {"good.txt": "Plan\n\nAim.", "bad.txt": b"\xff\xfe\x00broken", "crash.txt": "crash"},
    )
    err = StringIO()
    summary = run([corpus], tmp_path / "out", console=Console(file=err, width=200))
    assert (summary.extracted, summary.failed, summary.exit_code) == (1, 2, 1)
    lines = (tmp_path / "out/_failures.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [(Path(r["path"]).name, r["error"]) for r in records] == [
        ("bad.txt", "UnicodeDecodeError"),
        ("crash.txt", "WorkerDied"),
    ]
    assert "can't decode byte 0xff" in records[0]["message"]
    assert err.getvalue().count("error:") == 2 and "bad.txt" in err.getvalue()
    assert records[0]["sha256"] == hashlib.sha256(b"\xff\xfe\x00broken").hexdigest()

    unchanged = run([corpus], tmp_path / "out", console=Console(file=StringIO()))
    assert (unchanged.extracted, unchanged.skipped, unchanged.failed) == (0, 1, 2)
    assert (unchanged.not_retried, unchanged.exit_code) == (2, 1)
    assert (tmp_path / "out/_failures.jsonl").read_text(encoding="utf-8").splitlines() == lines
    retried = run([corpus], tmp_path / "out", retry_failed=True, console=Console(file=StringIO()))
    assert (retried.extracted, retried.failed, retried.not_retried) == (0, 2, 0)

    (corpus / "bad.txt").write_text("Fixed\n\nNow.", encoding="utf-8")
    (corpus / "crash.txt").write_text("Fixed too", encoding="utf-8")
    again = run([corpus], tmp_path / "out")
    assert (again.extracted, again.skipped, again.failed) == (2, 1, 0)
    assert not (tmp_path / "out/_failures.jsonl").exists()


@pytest.mark.parametrize(("terminal", "bar"), [(True, True), (False, False)])
def test_the_progress_bar_shows_on_a_terminal_only(
    tmp_path: Path, terminal: bool, bar: bool
) -> None:
    corpus = make_tree(tmp_path / "corpus", {"a.txt": "A", "b.txt": b"\xff broken"})
    err = StringIO()
    console = Console(file=err, force_terminal=terminal, width=200, highlight=False)
    run([corpus], tmp_path / "out", progress=True, console=console)
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", err.getvalue())
    assert ("extracting" in shown) is bar
    assert "b.txt: 'utf-8' codec can't decode byte 0xff" in shown, shown
    table = Console(file=StringIO(), width=80, record=True)
    table.print(summary_table(run([corpus], tmp_path / "out", console=console)))
    rows = [" ".join(line.replace("│", " ").split()) for line in table.export_text().splitlines()]
    assert {"skipped (up to date) 1", "failed 1", "of which not retried (unchanged) 1"} <= set(rows)


def test_a_document_past_the_timeout_fails_and_its_worker_is_replaced(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"slow.txt": "sleep 60"}
    files.update({f"doc{i}.txt": f"Doc {i}\n\nAim." for i in range(6)})
    corpus = make_tree(tmp_path / "corpus", files)
    started = time.monotonic()
    summary = run([corpus], tmp_path / "out", jobs=1, timeout=1.5, max_tasks_per_worker=2)
    assert time.monotonic() - started < 30
    assert (summary.extracted, summary.failed) == (6, 1)
    assert summary.failures[0].error == "TimeoutError"
    assert "timed out" in summary.failures[0].message


@pytest.mark.parametrize(
    ("first", "error"),
    [("sleep 60", "TimeoutError"), ("crash", "WorkerDied")],
)
def test_jobs_queued_behind_a_hung_or_dead_worker_go_to_its_replacement(
    tmp_path: Path, first: str, error: str
) -> None:
    """Each worker holds the next job in its pipe: when its current document hangs
    or kills it, that next job is not lost and gets its full time elsewhere."""
    files: dict[str, str | bytes] = {"bad.txt": first + "\n" * 200}  # largest: runs first
    files.update({f"doc{i}.txt": f"Doc {i}\n\nAim." for i in range(5)})
    corpus = make_tree(tmp_path / "corpus", files)
    summary = run([corpus], tmp_path / "out", jobs=1, timeout=1.5)
    assert (summary.extracted, [f.error for f in summary.failures]) == (5, [error])


RUN_IN_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from test_corpus_runs import run
from pathlib import Path
run([Path(sys.argv[2])], Path(sys.argv[3]))
"""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_a_run_stopped_half_way_resumes_to_the_same_outputs(tmp_path: Path, sig: int) -> None:
    files: dict[str, str | bytes] = {
        f"part{i % 3}/doc{i:02}.txt": f"sleep 0.15\n\nDocument {i}\n\nAim {i}." for i in range(24)
    }
    corpus = make_tree(tmp_path / "corpus", files)
    run([corpus], tmp_path / "whole")
    expected = tree_bytes(tmp_path / "whole")

    out = tmp_path / "out"
    args = [sys.executable, "-c", RUN_IN_CHILD, str(TESTS), str(corpus), str(out)]
    log = (tmp_path / "stderr.txt").open("w")
    child = subprocess.Popen(args, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while len(list(out.rglob("*.yaml"))) < 6 and time.monotonic() < deadline:
            time.sleep(0.02)
        child.send_signal(sig)
        assert child.wait(timeout=30) != 0
    finally:
        child.kill()
    partial = tree_bytes(out)
    assert 6 <= len(partial) < len(expected), (tmp_path / "stderr.txt").read_text()
    assert all(expected[name] == content for name, content in partial.items() if ".tmp" not in name)

    resumed = run([corpus], out)
    assert resumed.skipped == len([n for n in partial if n.endswith(".yaml")])
    assert tree_bytes(out) == expected


def real_corpus(root: Path) -> Path:
    """The sample plans in two folders, one stem in both, plus a document that fails."""
    samples = sorted((ROOT / "samples").glob("*.txt"))
    files: dict[str, str | bytes] = {f"{p.name[:2]}/{p.name}": p.read_bytes() for p in samples}
    files["dk/plan.txt"] = files["dk/dk-stofmisbrugspakken.txt"]
    files["no/plan.txt"] = files["no/no-opptrappingsplan-rus-2016.txt"]
    files["no/empty.txt"] = "\n"
    return make_tree(root, files)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """One real corpus run through the CLI (2 jobs), shared by the tests below."""
    root = tmp_path_factory.mktemp("real")
    corpus, out = real_corpus(root / "corpus"), root / "local"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1, result.stderr
    return corpus, out, result.stderr


def test_cli_runs_a_folder_and_a_second_run_skips_everything(
    extracted: tuple[Path, Path, str],
) -> None:
    corpus, out, stderr = extracted
    assert stderr.count("error:") == 1 and "empty.txt" in stderr
    outputs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml"))
    assert outputs == [
        "dk/dk-initiativer-stofmisbrug.yaml", "dk/dk-stofmisbrugspakken.yaml", "dk/plan.yaml",
        "gb/gb-sct-mental-health-delivery-plan-2023.yaml",
        "gb/gb-sct-national-drugs-mission-plan-2022.yaml",
        "no/no-opptrappingsplan-rus-2016.yaml", "no/plan.yaml",
    ]  # fmt: skip
    plan = yamlio.load_file(out / "no/plan.yaml")
    assert plan["document"]["source"]["path"] == f"{corpus.as_posix()}/no/plan.txt"
    validated = runner.invoke(app, ["validate", *map(str, sorted(out.rglob("*.yaml")))])
    assert validated.exit_code == 0, validated.stdout
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*")}

    again = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "-q"])
    assert again.exit_code == 1 and "not retried" in again.stderr
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.yaml")} == {
        p: t for p, t in times.items() if p.suffix == ".yaml"
    }


def test_dask_engine_on_a_two_worker_loopback_cluster_gives_the_same_bytes(
    tmp_path: Path, extracted: tuple[Path, Path, str]
) -> None:
    distributed = pytest.importorskip("distributed")
    corpus, local, _ = extracted
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        address = cluster.scheduler_address
        args = ["extract", str(corpus), "-o", str(tmp_path / "dask"), "--scheduler", address]
        remote = runner.invoke(app, args)
    assert remote.exit_code == 1, remote.stderr
    assert len(tree_bytes(local)) == 8  # 7 plans and the failures file
    assert tree_bytes(tmp_path / "dask") == tree_bytes(local)


def test_cli_usage_errors_and_ctrl_c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = real_corpus(tmp_path / "corpus")
    no_out = runner.invoke(app, ["extract", str(corpus)])
    assert no_out.exit_code == 2 and "a folder or several documents need -o DIR" in no_out.stderr
    missing = runner.invoke(app, ["extract", str(corpus), "nowhere/", "-o", str(tmp_path / "o")])
    assert missing.exit_code == 2 and "nowhere: no such file" in missing.stderr
    (tmp_path / "file.yaml").write_text("", encoding="utf-8")
    to_file = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "file.yaml")])
    assert to_file.exit_code == 2 and "file.yaml: not a folder" in to_file.stderr

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("policyparse.corpus.extract_corpus", interrupted)
    stopped = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o")])
    assert stopped.exit_code == 130 and "run the same command to continue" in stopped.stderr


def test_cli_timeout_default_is_the_library_default() -> None:
    assert cli_corpus.DEFAULT_TIMEOUT == corpus_run.DEFAULT_TIMEOUT
