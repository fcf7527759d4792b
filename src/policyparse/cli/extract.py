"""`policyparse extract`: plans → canonical YAML (or JSON), one file per document."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policyparse.cli import _corpus as corpus
from policyparse.cli import app

STDIN = "-"
STDIN_LABEL = "<stdin>"


class OutputFormat(str, Enum):
    yaml = "yaml"
    json = "json"


class Lang(str, Enum):
    en = "en"
    da = "da"
    no = "no"


@app.command()
def extract(
    documents: Annotated[
        list[str],
        typer.Argument(help="Plans (text, Markdown, HTML, PDF, DOCX); '-' reads standard input."),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Output file (one document) or folder (several documents)."
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="yaml (default) or json.")
    ] = OutputFormat.yaml,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help="Force the language instead of detecting it."),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option("--country", "-c", help="Force the country: ISO 3166 code, e.g. GB-SCT, DK."),
    ] = None,
    glob: corpus.Glob = None,
    jobs: corpus.Jobs = None,
    timeout: corpus.Timeout = corpus.DEFAULT_TIMEOUT,
    force: corpus.Force = False,
    retry_failed: corpus.RetryFailed = False,
    quiet: corpus.Quiet = False,
    engine: corpus.Engine = corpus.EngineName.local,
    scheduler: corpus.Scheduler = None,
) -> None:
    """Extract aims, outcomes, initiatives, funding and periods from plans.

    One document goes to standard output (or to -o FILE); folders and several
    documents need -o DIR and run as a corpus: in parallel, incrementally (documents
    whose output is up to date are skipped), with the folders mirrored under DIR and
    failures in DIR/_failures.jsonl. A document that fails is reported in one line
    and skipped. Exit code: 0 all extracted, 1 some document failed, 2 usage error
    or missing path.

    Example:
        policyparse extract samples/no-opptrappingsplan-rus-2016.txt -o plan.yaml
        policyparse extract plans/ -o out/ --jobs 2
    """
    from policyparse.cli._console import fail
    from policyparse.errors import UsageError

    code = lang.value if lang else None
    if len(documents) == 1 and not Path(documents[0]).is_dir():
        _extract_one(documents[0], output, fmt=fmt.value, lang=code, country=country)
        return
    if output is None:
        fail(UsageError("a folder or several documents need -o DIR for their outputs"))
    corpus.run_corpus(
        documents, output, fmt=fmt.value, lang=code, country=country, glob=glob, jobs=jobs,
        timeout=timeout, force=force, retry_failed=retry_failed, quiet=quiet, engine=engine,
        scheduler=scheduler,
    )  # fmt: skip


def _extract_one(
    document: str, output: Path | None, *, fmt: str, lang: str | None, country: str | None
) -> None:
    from policyparse.cli._console import fail
    from policyparse.errors import PolicyparseError
    from policyparse.pipeline import extract_plan, extract_to_file, render

    # a command-line argument is always a path (never the text itself, as it may be from Python)
    source: Path | bytes = sys.stdin.buffer.read() if document == STDIN else Path(document)
    label = STDIN_LABEL if document == STDIN else None
    try:
        if output is None:
            plan = extract_plan(source, lang=lang, country=country, path_label=label)
            sys.stdout.write(render(plan, fmt))
            return
        target = output / output_name(document, fmt) if output.is_dir() else output
        extract_to_file(source, target, fmt=fmt, lang=lang, country=country, path_label=label)
    except PolicyparseError as exc:
        fail(exc)


def output_name(document: str, fmt: str) -> str:
    """`plans/nhs-plan.pdf` → `nhs-plan.yaml` (standard input → `stdin.yaml`)."""
    stem = "stdin" if document == STDIN else Path(document).stem
    return f"{stem}.{fmt}"
