"""Second held-out evaluation: the blind plans, scored like benchmarks/unseen.py.

    python benchmarks/blind.py [--verbose] [--keep DIR]

benchmarks/unseen/ was used to tune the extractor, so it no longer measures
generalisation. benchmarks/blind/ holds ten other plans (England, Scotland,
Northern Ireland, Ireland, Wales, Denmark, Norway; text, HTML, Markdown, PDF,
DOCX; the binary ones made by blind/build_docs.py) annotated in blind/gold/
before the extractor ran on them. This reuses unseen.py's extraction,
`validate --source` grounding check and score.py scoring, pointed at blind/.
"""

from __future__ import annotations

import sys
from pathlib import Path

import unseen

HERE = Path(__file__).resolve().parent / "blind"

if __name__ == "__main__":
    unseen.DOCS, unseen.GOLD = HERE / "docs", HERE / "gold"
    sys.exit(unseen.main())
