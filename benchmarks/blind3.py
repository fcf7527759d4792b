"""Third held-out evaluation: the blind3 plans, scored like benchmarks/unseen.py.

    python benchmarks/blind3.py [--verbose] [--keep DIR]

benchmarks/unseen/ and benchmarks/blind/ were both used to tune the extractor, so
neither measures generalisation any more. benchmarks/blind3/ holds ten further plans
(Scotland, UK, Wales, Ireland, Denmark, Norway; saved web text, HTML, Markdown, three
PDFs, DOCX; the binary ones made by blind3/build_docs.py from blind3/plans.py),
annotated in blind3/gold/ before the extractor ran on them. This reuses unseen.py's
extraction, `validate --source` grounding check and score.py scoring, pointed at blind3/.
"""

from __future__ import annotations

import sys
from pathlib import Path

import unseen

HERE = Path(__file__).resolve().parent / "blind3"

if __name__ == "__main__":
    unseen.DOCS, unseen.GOLD = HERE / "docs", HERE / "gold"
    sys.exit(unseen.main())
