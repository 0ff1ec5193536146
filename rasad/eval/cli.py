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
