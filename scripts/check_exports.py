"""Check a GEXF export against the official GEXF 1.3 RELAX NG schema (and the structural check the test
suite runs). Prints one line per problem and a last line `OK`/`INVALID`; exit status 0 when valid.

    python scripts/check_exports.py out/graph.gexf --schema ../shared/reference/schemas/gexf-1.3/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphbuild.export.validate import gexf_problems, gexf_schema_problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gexf", nargs="+", type=Path, help="GEXF files to check")
    parser.add_argument("--schema", type=Path, required=True, help="folder holding gexf.rng (GEXF 1.3)")
    args = parser.parse_args(argv)
    invalid = 0
    for path in args.gexf:
        problems = gexf_problems(path) + gexf_schema_problems(path, args.schema)
        for problem in problems:
            print(f"{path}: {problem}")
        print(f"{path}: {'INVALID' if problems else 'OK'} (GEXF 1.3 RELAX NG, {args.schema / 'gexf.rng'})")
        invalid += bool(problems)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
