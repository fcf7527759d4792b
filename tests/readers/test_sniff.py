"""Content first, extension second: which reader a document needs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from policyparse.readers.sniff import sniff

SAMPLES = Path(__file__).parent.parent.parent / "samples"


def zipped(*members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            archive.writestr(member, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "plan.pdf", "pdf"),
        (b"%PDF-1.4 saved without extension", "plan", "pdf"),
        (zipped("[Content_Types].xml", "word/document.xml"), "plan.docx", "docx"),
        (zipped("word/document.xml"), "plan.zip", "docx"),
        (b"<!DOCTYPE html><html><body><h1>Plan</h1></body></html>", "plan.txt", "html"),
        (b"<div class='x'><p>Stofmisbrug</p></div>", "page", "html"),
        (b"# Plan\n\nText.\n", "plan.txt", "markdown"),
        (b"Plan\n====\n\nText.\n", "plan.txt", "markdown"),
        (b"Some **bold** words and a [link](https://x.dk).\n", "x.txt", "markdown"),
        (b"Plain words only.\n", "notes.md", "markdown"),
        (b"Plain words only.\n", "page.html", "html"),
        (b"Plain words only.\n", "plan.txt", "text"),
        (b"Plain words only.\n", "<bytes>", "text"),
        (b"- a bullet\n| a | b |\n|---|---|\n", "x.txt", "text"),
        ("# Plan\n".encode("utf-16"), "plan.txt", "markdown"),
    ],
)
def test_sniff(data: bytes, name: str, expected: str) -> None:
    assert sniff(data, name) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("gb-sct-national-drugs-mission-plan-2022.txt", "text"),
        ("gb-sct-mental-health-delivery-plan-2023.txt", "text"),
        ("dk-initiativer-stofmisbrug.txt", "text"),
        ("dk-stofmisbrugspakken.txt", "markdown"),
        ("no-opptrappingsplan-rus-2016.txt", "text"),
    ],
)
def test_samples(sample: str, expected: str) -> None:
    assert sniff((SAMPLES / sample).read_bytes(), sample) == expected
