"""`rasad eval-sentences`: the sentence suite's scores as a table (wired by rasad/cli_extra.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table


def sentences_command(
    suite: Annotated[Path, typer.Argument(exists=True, help="sentence suite JSON Lines (eval/sentences/README.md)")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write the summary and every sentence's result here")] = None,
) -> None:
    """Score rasad on one-event sentences: recall of the coded event, false alarms on the rest."""
    from rasad.eval.sentences import run_sentences

    s = run_sentences(suite, output)
    table = Table(title=f"rasad eval-sentences — {suite.name}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in ("sentences", "coded", "negatives", "recall", "type_found_any_modality",
                "sub_type_accuracy_of_hits", "false_alarm_rate"):
        table.add_row(key, str(s[key]))
    for t, c in s["recall_by_type"].items():
        table.add_row(f"recall: {t}", f"{c['recall']} (n={c['n']})")
    for k, c in s["recall_by_country"].items():
        table.add_row(f"recall: {k}", f"{c['recall']} (n={c['n']})")
    Console().print(table)


def time_table_command(
    table: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                          help="date-expression table, TSV (columns of tests/timex/cases.tsv)")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write the figures and every miss here, as JSON")] = None,
    fails: Annotated[bool, typer.Option("--fails", help="print every row read wrong")] = False,
) -> None:
    """Score the time stage on a table of date expressions: read, same span, resolved right."""
    import json

    from rasad.timex.scoring import TableError, load_time_table, score_time_table

    try:
        rows = load_time_table(table)
    except TableError as exc:
        raise typer.BadParameter(str(exc), param_hint="TABLE") from None
    s = score_time_table(rows)
    out = Table(title=f"rasad eval-time — {table.name}")
    out.add_column("measure")
    out.add_column("value", justify="right")
    out.add_row("rows", str(s.rows))
    out.add_row("resolved right (date, precision, range end)", f"{s.rate():.3f} ({s.right})")
    out.add_row("read at all (an overlapping expression)", f"{s.rate('found'):.3f} ({s.found})")
    out.add_row("read with the table's exact span", f"{s.rate('exact'):.3f} ({s.exact})")
    for p, c in s.as_dict()["accuracy_by_precision"].items():  # type: ignore[union-attr]
        out.add_row(f"right: precision {p}", f"{c['accuracy']:.3f} (n={c['n']})")
    console = Console()
    console.print(out)
    if fails:
        for line in s.fails:
            console.print(line, markup=False, highlight=False)
    if output is not None:
        output.write_text(json.dumps(s.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
