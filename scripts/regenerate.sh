#!/usr/bin/env bash
# Rebuild generated/altegio_b2b from an OpenAPI description: the maintainer's one command, a thin
# entry to the pipeline program (scripts/altegio_codegen): source → normalise → diff → generate →
# describe → format → verify → gate → swap → record. Nothing is replaced until every step passed; two
# runs on the same source give the same files.
#
#   scripts/regenerate.sh                    # the recorded source: openapi/upstream/openapi.* if
#                                            # present, else openapi/altegio-b2b-v1.yaml (the catalog import)
#   scripts/regenerate.sh --url URL          # download Altegio's bundle; keep it in openapi/upstream/
#   scripts/regenerate.sh --file PATH        # a local description (YAML or JSON); kept the same way
#   scripts/regenerate.sh --allow-breaking   # let a breaking change of the description through
#   scripts/regenerate.sh --out DIR          # only build DIR/altegio_b2b: nothing kept, no report
#   scripts/regenerate.sh --no-typecheck     # skip mypy in the verify step (reproducibility checks)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
case "$python" in /*) ;; */*) python="$PWD/$python" ;; esac
PYTHONPATH="$root/scripts${PYTHONPATH:+:$PYTHONPATH}" exec "$python" -m altegio_codegen "$@"
