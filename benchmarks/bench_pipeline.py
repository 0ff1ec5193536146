"""Articles per second on one core, and peak memory, for the whole rasad pipeline.

Beside it, spaCy's blank Arabic tokenizer on the same texts: the cost floor of reading
the text at all. Corpus: a JSON Lines or .txt path given on the command line, else the
dev articles in ../shared/eval/ when present, else the bundled sample.

    python benchmarks/bench_pipeline.py [CORPUS] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "dev_articles.jsonl"


def load_texts(path: Path | None) -> list[str]:
    if path is None:
        path = DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else REPO / "examples" / "sample_article.txt"
    if path.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [path.read_text(encoding="utf-8")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    args = parser.parse_args()
    texts = load_texts(args.corpus)

    import spacy

    from rasad import extract
    from rasad.pipeline import default_pipeline

    t0 = time.perf_counter()
    default_pipeline()
    extract(texts[0])  # loads lexicons, gazetteer and actor dictionary once
    startup = time.perf_counter() - t0

    n = len(texts) * args.repeat
    t0 = time.perf_counter()
    events = 0
    for _ in range(args.repeat):
        for text in texts:
            try:
                events += len(extract(text)["events"])
            except Exception as exc:  # report, keep measuring
                print(f"error: {exc}", file=sys.stderr)
    rasad_s = time.perf_counter() - t0

    # Where the time goes: each stage timed over the same passes.
    from rasad.pipeline import default_pipeline as pipeline
    from rasad import parse_date

    from spacy.tokens import Doc

    from rasad.pipeline import _needs_tokens

    stage_s: dict[str, float] = {"doc": 0.0}
    main = pipeline()
    tokens = _needs_tokens(main)  # as `rasad.pipeline.run` does: no spaCy tokens unless asked
    for _ in range(args.repeat):
        for text in texts:
            t = time.perf_counter()
            doc = main.make_doc(text) if tokens else Doc(main.vocab)
            stage_s["doc"] += time.perf_counter() - t
            doc._.meta = {"published": parse_date(None), "text": text}
            for name, proc in main.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                stage_s[name] = stage_s.get(name, 0.0) + time.perf_counter() - t
    total_stage = sum(stage_s.values())

    nlp = spacy.blank("ar")
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            nlp.make_doc(text)
    floor_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"corpus: {len(texts)} articles × {args.repeat} passes, {chars:.0f} characters on average")
    print(f"start-up (pipeline, lexicons, gazetteer, actors): {startup:.2f} s")
    print(f"rasad pipeline:            {n / rasad_s:8.1f} articles/s on one core ({1000 * rasad_s / n:.2f} ms/article, {events / args.repeat:.0f} events per pass)")
    print(f"spaCy blank 'ar' tokenizer: {n / floor_s:8.1f} articles/s (cost floor)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MiB")
    print("time per stage (share of the pipeline):")
    for name, secs in stage_s.items():
        print(f"  {name:18s} {1000 * secs / n:6.2f} ms/article  {100 * secs / total_stage:5.1f}%")


if __name__ == "__main__":
    main()
