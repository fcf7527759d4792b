"""PDF → ReadDocument with pdfplumber; the only module that imports it (lazily).

Pages are read one at a time and closed (their object caches flushed), keeping
only the lines of text, so a long report reads in bounded memory. Geometry lives
in `pdf_layout`, running headers/footers in `pdf_running`, block building in
`pdf_blocks`.
"""

from __future__ import annotations

import io
import logging
import re
import time
from functools import cache
from typing import Any

from policyparse.blocks import ReadDocument
from policyparse.errors import NoTextLayer, PolicyparseError, UnreadableDocument
from policyparse.lang import all_languages
from policyparse.readers import ReadContext
from policyparse.readers.normalise import TextBuilder
from policyparse.readers.pdf_blocks import Emitter, measure
from policyparse.readers.pdf_layout import PageLayout, aligned_bands, layout_page
from policyparse.readers.pdf_running import page_number_pattern, remove_running

FILE_NAME = re.compile(r"^Microsoft \w+ - |\.(?:docx?|pdf|indd|rtf|odt|pptx?|xlsx?)\s*$", re.I)
PROGRESS_AFTER = 1.0  # seconds of reading before a progress bar appears
PASSWORD = "{name}: the PDF is protected by a password; remove it first (e.g. qpdf --decrypt)"
NO_TEXT = (
    "{name}: the PDF has no text layer ({what}); it needs OCR first "
    "(e.g. `ocrmypdf in.pdf out.pdf`)"
)
CORRUPT = "{name}: not a readable PDF ({reason})"
SCANNED_WARNING = "page(s) {pages}: images without a text layer (OCR them to read them)"
CID_WARNING = "{n} glyphs without a Unicode mapping, shown as (cid:NN), were dropped"


@cache
def _words(key: str) -> frozenset[str]:
    """`reader.<key>` words of every language (readers run before detection)."""
    return frozenset(w for lang in all_languages() for w in lang.get(f"reader.{key}"))


def read_pdf(data: bytes, ctx: ReadContext) -> ReadDocument:
    """Headings, paragraphs, lists and tables of a PDF, each with its page."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pages, title, pictured = _read_pages(data, ctx.name)
    except PolicyparseError:
        raise
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise _explain(exc, ctx.name) from None
    scanned = [p.number for p in pages if not p.items and p.number in pictured]
    if not any(p.items for p in pages):
        what = f"{len(scanned)} page(s) of images and no text" if scanned else "no text"
        raise NoTextLayer(NO_TEXT.format(name=ctx.name, what=what))
    remove_running(pages, page_number_pattern(_words("page_words")))
    builder = TextBuilder()
    emitter = Emitter(measure(pages, _words("hyphen_keep")), builder)
    for page in pages:
        emitter.feed(page)
    emitter.flush()
    warnings = [CID_WARNING.format(n=emitter.cids)] if emitter.cids else []
    if scanned:
        warnings.append(SCANNED_WARNING.format(pages=", ".join(map(str, scanned))))
    return builder.build(
        format="pdf", sha256=ctx.sha256, pages=len(pages), title=title, warnings=warnings
    )


def _explain(exc: Exception, name: str) -> UnreadableDocument:
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if type(cause).__name__ == "PDFPasswordIncorrect":
        return UnreadableDocument(PASSWORD.format(name=name))
    reason = str(cause).strip().splitlines()[0][:120] if str(cause).strip() else ""
    return UnreadableDocument(CORRUPT.format(name=name, reason=reason or type(cause).__name__))


def _read_pages(data: bytes, name: str) -> tuple[list[PageLayout], str | None, set[int]]:
    """Layouts of all pages, the title, and the numbers of pages that hold images."""
    import pdfplumber

    layouts: list[PageLayout] = []
    pictured: set[int] = set()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        title = _title(pdf.metadata)
        with _Progress(len(pdf.pages), name) as progress:
            for page in pdf.pages:
                layouts.append(_layout(page))
                if page.images:
                    pictured.add(page.page_number)
                page.close()  # flush the page's object and layout caches
                progress.advance()
    return layouts, title, pictured


def _layout(page: Any) -> PageLayout:
    """Tables through pdfplumber's finder (ruled ones anywhere; unruled ones by its text
    strategy, only inside bands of aligned rows); their words left out of the text."""
    tables = _tables(page.find_tables())
    words = _words_outside(page, tables)
    bands = aligned_bands(words, float(page.width))
    if bands:
        unruled = [t for band in bands for t in _tables(_text_tables(page, band))]
        if unruled:
            tables += unruled
            words = _words_outside(page, tables)
    placed = [(b[0], b[1], b[2], rows) for b, rows in tables]
    return layout_page(
        words, placed, page=page.page_number, width=float(page.width), height=float(page.height)
    )


Box = tuple[float, float, float, float]


def _tables(found: list[Any]) -> list[tuple[Box, list[list[str]]]]:
    """Tables of at least 2 rows and 2 columns, with empty rows and columns left out
    (the text strategy leaves them between text lines)."""
    out = []
    for table in found:
        rows = [[cell or "" for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(cell.strip() for cell in row)]
        filled = [
            i
            for i in range(max(map(len, rows), default=0))
            if any(i < len(r) and r[i].strip() for r in rows)
        ]
        rows = [[row[i] if i < len(row) else "" for i in filled] for row in rows]
        if len(rows) >= 2 and len(filled) >= 2:
            out.append((table.bbox, rows))
    return out


def _text_tables(page: Any, band: Box) -> list[Any]:
    """pdfplumber's text-strategy table finder on one band of aligned rows (on a whole
    page it finds "tables" in every page of prose)."""
    x0, top, x1, bottom = band
    box = (max(0, x0 - 1), max(0, top - 1), min(page.width, x1 + 1), min(page.height, bottom + 1))
    settings = {"vertical_strategy": "text", "horizontal_strategy": "text"}
    return list(page.crop(box).find_tables(settings))


def _words_outside(page: Any, tables: list[tuple[Box, list[list[str]]]]) -> list[dict[str, Any]]:
    # a gap of 0.15 em splits words: with pdfplumber's fixed 3 pt tolerance, tightly set
    # 10 pt text with no space characters reads as "Thisisversion0.21ofthe"
    text_page = page
    if tables:
        boxes = [bbox for bbox, _ in tables]
        text_page = page.filter(lambda obj: not _inside(obj, boxes))
    words: list[dict[str, Any]] = text_page.extract_words(
        extra_attrs=["fontname", "size"], x_tolerance_ratio=0.15
    )
    return words


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    if obj.get("object_type") != "char":
        return False
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _title(metadata: dict[str, Any]) -> str | None:
    """The Title metadata, unless it is the name of the file the PDF was made from
    ("Microsoft Word - plan_v3.docx"), as exporters often leave it."""
    title = metadata.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    if not isinstance(title, str) or FILE_NAME.search(title):
        return None
    return " ".join(title.split()) or None


class _Progress:
    """A rich progress bar on stderr, shown only once reading has taken a second
    and only on a terminal (logs and captured output stay clean)."""

    def __init__(self, total: int, name: str) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.total, self.name, self.done = total, name, 0
        self.started = time.perf_counter()
        self.console = Console(stderr=True)
        self.bar = Progress(console=self.console, transient=True)
        self.task: Any = None

    def advance(self) -> None:
        self.done += 1
        late = time.perf_counter() - self.started > PROGRESS_AFTER
        if self.task is None and late and self.done < self.total and self.console.is_terminal:
            self.bar.start()
            self.task = self.bar.add_task(f"reading {self.name}", total=self.total)
        if self.task is not None:
            self.bar.update(self.task, completed=self.done)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.task is not None:  # stopping a bar that never started prints a blank line
            self.bar.stop()
