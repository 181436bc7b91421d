#!/usr/bin/env python3
"""Check that `graphbuild evaluate` gives the same figures as the shared scorer on the same files.

    python scripts/check_evaluate_agreement.py --scorer ../shared/tools/score_triples.py \
        --gold ../shared/gold/seed.jsonl --pred out/triples.jsonl

Prints both JSON summaries and exits 1 when they differ. An evaluation command, not a test: the project's tests
never read ../shared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from graphbuild.evaluate import evaluate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scorer", required=True, type=Path)
    parser.add_argument("--gold", required=True, type=Path, action="append")
    parser.add_argument("--pred", required=True, type=Path)
    args = parser.parse_args()
    command = [sys.executable, str(args.scorer), "--pred", str(args.pred)]
    for gold in args.gold:
        command += ["--gold", str(gold)]
    theirs = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
    ours = evaluate(args.gold, args.pred).summary()
    print("scorer:    ", json.dumps(theirs, sort_keys=True))
    print("graphbuild:", json.dumps(ours, sort_keys=True))
    if theirs != ours:
        print("DISAGREE", file=sys.stderr)
        return 1
    print("agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
