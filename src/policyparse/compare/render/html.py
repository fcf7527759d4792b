"""One self-contained HTML page: the tables, the theme matrix as a heat map and an
inline-SVG bar chart of funding per year. No scripts, fonts or images from elsewhere:
it opens offline and can be mailed as one file."""

from __future__ import annotations

from html import escape
from typing import Any

from policyparse.compare.render._tables import Table, all_tables, footer
from policyparse.compare.render.chart import chart

CSS = """
body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}
td.nw{white-space:nowrap}.wide{overflow-x:auto}
td.heat{text-align:center;min-width:3.5rem}
.notes{font-size:.9rem;color:#444}svg text{font:12px system-ui,sans-serif}
""".strip()


def _table(table: Table, data: dict[str, Any]) -> str:
    heat = table.key == "themes"
    peak = max((int(c) for row in table.rows for c in row[1:]), default=0) if heat else 0
    shown = [i for i in range(len(table.headers)) if i not in table.markdown_only]
    head = "".join(f"<th>{escape(table.headers[i])}</th>" for i in shown)
    body = []
    for row in table.rows:
        cells = []
        for i, cell in ((i, row[i]) for i in shown):
            if heat and i > 0:
                cells.append(_heat_cell(int(cell), peak))
            else:
                cls = ' class="num"' if i in table.numeric else ""
                cls = cls or ("" if i in table.wrap else ' class="nw"')
                cells.append(f"<td{cls}>{escape(cell)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f'<h2>{escape(table.title)}</h2>\n<div class="wide"><table id="{table.key}">'
        f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table></div>"
    )


def _heat_cell(count: int, peak: int) -> str:
    """White for 0, deepening blue with the count; dark cells get white text."""
    share = count / peak if peak else 0.0
    colour = f"rgba(31,119,180,{0.08 + 0.85 * share:.2f})" if count else "#fff"
    text = "#fff" if share > 0.55 else "#222"
    return f'<td class="heat" style="background:{colour};color:{text}">{count}</td>'


def render(data: dict[str, Any]) -> str:
    tables, notes = all_tables(data)
    cur = escape(data["currency"])
    body = [f"<h1>Plan comparison ({len(data['documents'])} plans)</h1>"]
    body += [_table(t, data) for t in tables]
    body.append(f"<h2>Funding per year in {cur} (each item spread evenly over its period)</h2>")
    body.append(chart(data))
    if notes:
        body.append(
            '<ol class="notes" id="notes">'
            + "".join(f"<li>{escape(n)}</li>" for n in notes)
            + "</ol>"
        )
    body += [f'<p class="notes">{escape(line)}</p>' for line in footer(data)]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>policyparse compare</title><style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + f'\n<p class="notes">Made by {escape(data["generator"])}.</p>\n</body></html>\n'
    )
