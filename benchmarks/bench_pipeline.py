"""Side-by-side figures for the whole rasad pipeline, in one run (issue 12).

- articles per second on one core: rasad's `extract`, spaCy's blank Arabic tokenizer on
  the same texts (the cost floor of reading the text at all) and a naive keyword tagger
  (one regex alternation of every actor name over the normalised text: what a first
  attempt would do);
- where rasad's time goes, stage by stage, in ms per article;
- peak memory (max RSS) of this process;
- start-up, median wall time of fresh processes: bare Python, `rasad time`, `rasad places
  resolve`, `rasad extract` of the README sample (caches built).

Corpus: a JSON Lines or .txt path given on the command line, else the dev articles in
../shared/eval/ when present, else the bundled sample.

    python benchmarks/bench_pipeline.py [CORPUS] [--repeat N] [--startup-runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "dev_articles.jsonl"
SAMPLE = REPO / "examples" / "sample_article.txt"


def load_texts(path: Path | None) -> list[str]:
    if path is None:
        path = DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else SAMPLE
    if path.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [path.read_text(encoding="utf-8")]


def rate(texts: list[str], repeat: int, fn: Callable[[str], object]) -> float:
    """Seconds for `repeat` passes of `fn` over `texts` (one warm-up pass first)."""
    for text in texts:
        fn(text)
    t0 = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    return time.perf_counter() - t0


def naive_tagger() -> Callable[[str], list[str]]:
    """Every actor name of the dictionary as one regex alternation over the normalised text."""
    from rasad.actors import get_linker
    from rasad.text.normalise import normalise

    keys = sorted(get_linker()._keys, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)")
    return lambda text: pattern.findall(normalise(text).text)


def stage_times(texts: list[str], repeat: int) -> dict[str, float]:
    """Seconds per stage over `repeat` passes, building the doc as `rasad.pipeline.run` does."""
    from spacy.tokens import Doc

    from rasad import parse_date
    from rasad.pipeline import default_pipeline

    nlp = default_pipeline()
    try:
        from rasad.pipeline import _needs_tokens
    except ImportError:  # an older tree (before/after comparisons): spaCy tokenized every doc
        tokens = True
    else:
        tokens = _needs_tokens(nlp)
    stage_s: dict[str, float] = {"doc": 0.0}
    for _ in range(repeat):
        for text in texts:
            t = time.perf_counter()
            doc = nlp.make_doc(text) if tokens else Doc(nlp.vocab)
            stage_s["doc"] += time.perf_counter() - t
            doc._.meta = {"published": parse_date(None), "text": text}
            for name, proc in nlp.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                stage_s[name] = stage_s.get(name, 0.0) + time.perf_counter() - t
    return stage_s


def startup(runs: int) -> dict[str, float]:
    """Median wall time of fresh processes (one unmeasured run first, which builds caches)."""
    sample = SAMPLE.read_text(encoding="utf-8")
    sentence = sample.split("\n", 3)[-1][:200]
    rasad = [sys.executable, "-m", "rasad.cli"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "rasad time": [*rasad, "time", "--published", "2020-03-12", sentence],
        "rasad places resolve": [*rasad, "places", "resolve", sentence],
        "rasad extract (README sample)": [*rasad, "extract", str(SAMPLE), "--format", "json"],
    }
    # The warm-up run writes each module's bytecode, as any install does: a shell that sets
    # PYTHONDONTWRITEBYTECODE would otherwise time the compiling of every module, every run.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out: dict[str, float] = {}
    for name, cmd in commands.items():
        walls = []
        for i in range(runs + 1):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=REPO, env=env)
            if i:
                walls.append(time.perf_counter() - t0)
        out[name] = statistics.median(walls)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    parser.add_argument("--startup-runs", type=int, default=5, help="fresh processes per command (0: skip)")
    args = parser.parse_args()
    texts = load_texts(args.corpus)

    import spacy

    from rasad import extract
    from rasad.pipeline import default_pipeline

    t0 = time.perf_counter()
    default_pipeline()
    extract(texts[0])  # loads lexicons, gazetteer and actor dictionary once
    load_s = time.perf_counter() - t0

    events = sum(len(extract(text)["events"]) for text in texts)
    n = len(texts) * args.repeat
    rasad_s = rate(texts, args.repeat, extract)
    blank = spacy.blank("ar")
    floor_s = rate(texts, args.repeat, blank.make_doc)
    naive_s = rate(texts, args.repeat, naive_tagger())
    stage_s = stage_times(texts, args.repeat)
    total_stage = sum(stage_s.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    chars = sum(len(t) for t in texts) / len(texts)
    print(f"corpus: {len(texts)} articles × {args.repeat} passes, {chars:.0f} characters on average")
    print(f"in-process load (pipeline, lexicons, gazetteer, actors): {load_s:.2f} s")
    print("throughput on one core:")
    print(f"  rasad extract              {n / rasad_s:8.1f} articles/s  {1000 * rasad_s / n:6.2f} ms/article"
          f"  ({events} events per pass)")
    print(f"  spaCy blank 'ar' tokenizer {n / floor_s:8.1f} articles/s  {1000 * floor_s / n:6.2f} ms/article"
          f"  (rasad = {floor_s / rasad_s:.2f}× the floor)")
    print(f"  naive regex actor tagger   {n / naive_s:8.1f} articles/s  {1000 * naive_s / n:6.2f} ms/article")
    print(f"peak memory (max RSS): {peak_mb:.0f} MiB")
    print("time per stage (share of the pipeline):")
    for name, secs in stage_s.items():
        print(f"  {name:18s} {1000 * secs / n:6.2f} ms/article  {100 * secs / total_stage:5.1f}%")
    if args.startup_runs > 0:
        print(f"start-up, median of {args.startup_runs} fresh processes:")
        for name, secs in startup(args.startup_runs).items():
            print(f"  {name:30s} {secs:5.2f} s")


if __name__ == "__main__":
    main()
