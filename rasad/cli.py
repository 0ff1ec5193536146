"""The `rasad` command: a thin skin over the Python API.

Each verb parses its arguments, calls one function of `rasad`, and formats the output.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(help="rasad (رصد): Arabic conflict news → ACLED-style event data.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)


def _published(value: Optional[str]) -> Optional[date]:
    from rasad import InputError, parse_date

    try:
        return parse_date(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _table(records: list[dict]) -> Table:
    table = Table(title="rasad events", show_lines=False)
    for col in ("article", "type / sub-type", "date", "actor1", "actor2", "place", "killed", "modality"):
        table.add_column(col)
    for rec in records:
        names = {a["id"]: a.get("name_en") or a.get("name_ar") for a in rec.get("actors", [])}
        for ev in rec.get("events", []):
            loc = ev.get("location") or {}
            table.add_row(
                rec["article"].get("source_id") or rec["article"]["id"][:8],
                f"{ev['event_type']} / {ev['sub_event_type']}",
                f"{ev.get('date') or '—'} ({ev.get('date_precision') or '-'})",
                names.get(ev.get("actor1"), "—") or "—",
                names.get(ev.get("actor2"), "—") or "—",
                (loc.get("name_en") or loc.get("name_ar") or "—") + (f" [{loc['admin1_code']}]" if loc.get("admin1_code") else ""),
                "" if ev.get("fatalities") is None else str(ev["fatalities"]),
                ev["modality"],
            )
    return table


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help=".txt files, folders, .jsonl, saved .html, feeds, or - for stdin")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | table")] = "jsonl",
    jobs: Annotated[int, typer.Option("--workers", "--jobs", "-w", "-j", min=1, help="worker processes (one per core)")] = 1,
    published: Annotated[Optional[str], typer.Option(help="dateline (YYYY-MM-DD) for inputs that carry none")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write here instead of stdout")] = None,
    progress: Annotated[bool, typer.Option(help="show a progress bar on stderr")] = True,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS", help="extract on a Dask cluster: "
                                                "local:N (N worker processes) or a scheduler's tcp://host:port")] = None,
) -> None:
    """Extract ACLED-style events from Arabic news articles."""
    from rasad.batch import Failure, process
    from rasad.io.readers import ArticleInput, iter_articles

    if fmt not in ("json", "jsonl", "table"):
        raise typer.BadParameter("--format must be json, jsonl or table")
    if dask is not None and jobs > 1:
        raise typer.BadParameter("give --workers or --dask, not both (local:N sets the worker count)")
    default_date = _published(published)
    seen = [0]

    def inputs() -> Iterator:
        for it in iter_articles(paths):
            seen[0] += 1
            if default_date is not None and isinstance(it, ArticleInput) and not it.published:
                it.published = default_date.isoformat()
            yield it

    records: list[dict] = []
    failures: Counter[str] = Counter()
    with ExitStack() as stack:
        # Inputs are streamed (an archive never sits in memory); the bar's total is the count
        # of JSON Lines rows or files, taken in a quick pass when that is all the input is.
        items, total = inputs(), _count_inputs(paths)
        show = progress and (total is None or total > 1) and err.is_terminal
        if dask is not None:  # streamed to the cluster in chunks
            client = stack.enter_context(_dask_client(dask))
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        with Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=not show) as bar:
            task = bar.add_task("extract", total=total)
            if dask is None:
                outcomes, step = process(items, jobs=jobs), 1
            else:  # the bar follows the Dask futures as they finish, in any order
                from rasad.distributed import process as process_on_dask

                outcomes, step = process_on_dask(items, client, on_done=lambda n: bar.advance(task, n),
                                                 as_json=fmt == "jsonl"), 0
            for outcome in outcomes:
                bar.advance(task, step)
                if isinstance(outcome, Failure):
                    failures[outcome.reason.split(":")[0] if outcome.reason.startswith("not UTF-8") else outcome.reason] += 1
                    err.print(f"[yellow]skipped[/] {outcome.origin}: {outcome.reason}")
                    continue
                if fmt == "jsonl":
                    out.write(outcome.json_line() + "\n")
                else:
                    records.append(outcome.record)
    n = seen[0]
    if fmt == "json":
        payload = records[0] if len(records) == 1 and n == 1 else records
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "table":
        Console(file=out, width=None if out.isatty() else 200).print(_table(records))
    if output:
        out.close()
    done = n - sum(failures.values())
    if failures or n > 1:
        err.print(f"{done} article(s) processed, {sum(failures.values())} skipped"
                  + ("".join(f"\n  {k} × {why}" for why, k in failures.most_common()) if failures else ""))
    if n and done == 0:
        raise typer.Exit(1)


def _count_inputs(paths: list[str]) -> int | None:
    """Articles in plain files and JSON Lines (non-blank lines), without parsing them; None
    when an input is stdin, a folder or a feed (its count is only known by reading it)."""
    from rasad.io.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES  # the reader's own suffixes

    total = 0
    for p in paths:
        path = Path(p)
        if p == "-" or not path.is_file():
            return None
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            total += 1
        else:
            return None
    return total


@contextmanager
def _dask_client(address: str) -> Iterator:
    """`rasad.distributed.connect`, its errors (bad address, no Dask, no scheduler) as usage errors."""
    from rasad.distributed import DaskError, connect

    try:
        with connect(address) as client:
            yield client
    except DaskError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dask") from exc


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(exists=True, help="gold JSON Lines (shared/eval/ANNOTATION.md)")],
    articles: Annotated[Optional[list[Path]], typer.Argument(help="articles: .jsonl/.txt/folder; default: the 'file' named in the gold")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write the scores here as JSON")] = None,
) -> None:
    """Score rasad against gold: event P/R/F1, main-event recall, per-field accuracy."""
    from rasad.eval.run import run_eval

    summary = run_eval(gold, articles or [], output)
    table = Table(title=f"rasad eval — {gold.name}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in ("gold_events", "predicted_events", "matched", "precision", "recall", "f1", "main_event_recall"):
        table.add_row(key, str(summary[key]))
    for f, v in summary["field_accuracy"].items():
        hits, total = summary["field_counts"][f]
        table.add_row(f"accuracy: {f}", f"{v} ({hits}/{total})" if v is not None else "—")
    for key, stage in (("date_accuracy", "date"), ("place_resolution", "place"), ("actor_linking", "actor")):
        hits, total = summary["stage_counts"][stage]
        table.add_row(f"stage: {key}", f"{summary[key]} ({hits}/{total})" if summary[key] is not None else "—")
    for cat, c in summary["categories"].items():
        table.add_row(f"recall: {cat}", f"{c['recall']} ({c['matched']}/{c['gold']})")
    if "fatalities" in summary["categories"]:
        c = summary["categories"]["fatalities"]
        table.add_row("fatalities right: stated tolls", f"{round(c['fatalities_right'] / c['matched'], 4) if c['matched'] else '—'} "
                      f"({c['fatalities_right']}/{c['matched']} matched)")
    Console().print(table)


@app.command("time")
def time_command(
    text: Annotated[str, typer.Argument(help="Arabic text")],
    published: Annotated[Optional[str], typer.Option(help="dateline YYYY-MM-DD")] = None,
) -> None:
    """Print the date expressions in TEXT, resolved against --published, as JSON."""
    from rasad.timex import time_expressions_json

    print(json.dumps(time_expressions_json(text, _published(published)), ensure_ascii=False, indent=2))


def main() -> None:
    from rasad.cli_extra import register

    register(app, sys.argv[1] if len(sys.argv) > 1 else None)
    app()


if __name__ == "__main__":
    main()
