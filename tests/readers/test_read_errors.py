"""Bad input gives a typed reader error with a one-line message, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse.cli import app
from policyparse.errors import MissingPath, PolicyparseError, UnreadableDocument, UnsupportedFormat
from policyparse.readers import read


def zipped(*members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            archive.writestr(member, "<x/>")
    return buffer.getvalue()


CASES = [
    # (file name, bytes, error type, words in the message)
    ("empty.txt", b"", UnreadableDocument, "empty"),
    ("blank.txt", b"  \n\t\n", UnreadableDocument, "empty"),
    ("junk.txt", bytes(range(256)) * 8, UnreadableDocument, "binary"),
    ("nul.txt", b"text\x00with\x00nul\x00bytes" * 10, UnreadableDocument, "binary"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(64), UnsupportedFormat, "PNG"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), UnsupportedFormat, ".doc"),
    ("plan.odt", zipped("mimetype", "content.xml"), UnsupportedFormat, "OpenDocument"),
    ("sheet.xlsx", zipped("xl/workbook.xml"), UnsupportedFormat, "Excel"),
    ("bundle.zip", zipped("a.txt"), UnsupportedFormat, "not a DOCX"),
    ("broken.docx", b"PK\x03\x04 this is not really a zip", UnreadableDocument, "damaged"),
    ("plan.docx", b"Just text, not a ZIP.", UnreadableDocument, "not a ZIP"),
    ("plan.pdf", b"Just text, not a PDF.", UnreadableDocument, "PDF"),
    ("plan.odt", b"Just text.", UnsupportedFormat, "supported: text, Markdown, HTML, PDF, DOCX"),
]


@pytest.mark.parametrize(("name", "data", "error", "says"), CASES, ids=[c[0] for c in CASES])
def test_bad_bytes(name: str, data: bytes, error: type[PolicyparseError], says: str) -> None:
    with pytest.raises(error) as caught:
        read(data, name=name)
    message = str(caught.value)
    assert says in message and "\n" not in message
    assert caught.value.exit_code == 1


def test_missing_path_is_exit_2(tmp_path: Path) -> None:
    with pytest.raises(MissingPath) as caught:
        read(tmp_path / "nope.txt")
    assert caught.value.exit_code == 2


def test_a_url_says_to_download_it_first() -> None:
    with pytest.raises(MissingPath, match="download it first"):
        read("https://www.regjeringen.no/plan.pdf")


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="directory"):
        read(tmp_path)


@pytest.mark.parametrize(
    ("name", "data", "error", "says"), CASES[:6], ids=[c[0] for c in CASES[:6]]
)
def test_cli_one_line_errors(
    tmp_path: Path, name: str, data: bytes, error: type[PolicyparseError], says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and says in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("argument", "exit_code"),
    [("missing.txt", 2), ("https://example.org/plan.pdf", 2), (".", 1)],
)
def test_cli_paths(tmp_path: Path, argument: str, exit_code: int) -> None:
    result = CliRunner().invoke(app, ["text", argument])
    assert result.exit_code == exit_code
    assert result.output.startswith("error:") and result.output.count("\n") == 1


@pytest.mark.parametrize(
    ("argument", "says"),
    [
        ("x" * 5000, "…"),
        ("a\x00b", "cannot be opened"),
        ("Plan text\nwith lines", "no such file"),
        ("", "empty path"),
    ],
    ids=["too-long", "nul", "text-as-path", "empty"],
)
def test_strange_paths_are_one_line_missing_paths(argument: str, says: str) -> None:
    with pytest.raises(MissingPath) as caught:
        read(argument)
    assert says in str(caught.value) and "\n" not in str(caught.value)
