#!/usr/bin/env bash
# Rebuild generated/altegio_b2b from an OpenAPI description: source → normalise → change report →
# generate → ruff → verify (imports, mypy) → swap in. Nothing is replaced until every step passed;
# two runs on the same source give the same files.
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
case "$python" in /*) ;; */*) python="$PWD/$python" ;; esac  # steps below change directory
upstream_dir="$root/openapi/upstream"
recorded=$(ls "$upstream_dir"/openapi.yaml "$upstream_dir"/openapi.json 2>/dev/null | head -1 || true)
source_file=${recorded:-$root/openapi/altegio-b2b-v1.yaml}
source_url=""
source_given=""
out_dir="$root/generated"
out_given=""
allow_breaking=""
typecheck=1

fail() { echo "regenerate: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --file) [ $# -ge 2 ] || fail "--file needs a path"
            [ -f "$2" ] || fail "no such file: $2"
            source_file=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); source_given=file; shift 2 ;;
    --url) [ $# -ge 2 ] || fail "--url needs a URL"; source_url=$2; source_given=url; shift 2 ;;
    --out) [ $# -ge 2 ] || fail "--out needs a directory"
           mkdir -p "$2"; out_dir=$(cd "$2" && pwd); out_given=1; shift 2 ;;
    --allow-breaking) allow_breaking=1; shift ;;
    --no-typecheck) typecheck=""; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) fail "unknown argument $1 (see --help)" ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$("$python" -c "import time; print(time.time())")

if [ -n "$source_url" ]; then
  echo "== source: $source_url"
  fetched=$("$python" "$root/scripts/fetch_spec.py" "$source_url" "$work/source.yaml") || exit 2
  source_file=$(printf '%s' "$fetched" | cut -f1)
else
  echo "== source: ${source_file#"$root"/}"
fi

echo "== normalise"
cp -R "$root/openapi/templates" "$work/templates"
"$python" "$root/scripts/normalize_spec.py" "$source_file" "$work/normalized.yaml" \
  --template-facts "$work/templates/facts.jinja"

# A new source (--url/--file into generated/) is compared with the one it replaces.
record=""
if [ -n "$source_given" ] && [ -z "$out_given" ]; then
  record=1
  previous=${recorded:-$root/openapi/altegio-b2b-v1.yaml}
  echo "== what changed for callers (against ${previous#"$root"/})"
  status=0
  "$python" "$root/scripts/spec_diff.py" "$previous" "$source_file" --markdown "$work/changes.md" \
    --title "$(date -u +%Y-%m-%d): ${source_url:-$(basename "$source_file")}" || status=$?
  if [ "$status" -eq 1 ] && [ -z "$allow_breaking" ]; then
    fail "the new description breaks callers (see above); review it, then rerun with --allow-breaking"
  elif [ "$status" -gt 1 ]; then
    fail "the change report failed"
  fi
fi

echo "== generate"
"$python" -m openapi_python_client generate \
  --path "$work/normalized.yaml" \
  --config "$root/openapi/config.yaml" \
  --custom-template-path "$work/templates" \
  --meta none \
  --output-path "$work/altegio_b2b" \
  --fail-on-warning > "$work/generator.log" 2>&1 || { cat "$work/generator.log" >&2; fail "the generator failed"; }
if grep -qi "warning" "$work/generator.log"; then
  cat "$work/generator.log" >&2
  fail "the generator printed warnings"
fi
echo "generator: no warnings"
"$python" "$root/scripts/write_operation_index.py" "$work/normalized.yaml" "$work/altegio_b2b"
: > "$work/altegio_b2b/py.typed"  # PEP 561: installed users' type checkers read the generated types

echo "== format"
"$python" -m ruff check --isolated --no-cache --quiet --fix --select F401,I --line-length 120 "$work/altegio_b2b" || true
"$python" -m ruff format --isolated --no-cache --quiet --line-length 120 "$work/altegio_b2b"
find "$work/altegio_b2b" -name '__pycache__' -prune -exec rm -rf {} +

echo "== verify (before anything is replaced)"
PYTHONDONTWRITEBYTECODE=1 "$python" "$root/scripts/check_generated_imports.py" "$work" || fail "the new client does not import"
if [ -n "$typecheck" ]; then
  (cd "$work" && "$python" -m mypy --config-file /dev/null --no-incremental --cache-dir=/dev/null \
     --python-version 3.11 --no-error-summary altegio_b2b > "$work/mypy.log" 2>&1) \
    || { grep -v "No \[mypy\] section" "$work/mypy.log" | head -40 >&2; fail "the new client does not type-check"; }
  echo "mypy: the generated package type-checks"
fi

mkdir -p "$out_dir"
if [ -d "$out_dir/altegio_b2b" ]; then
  mv "$out_dir/altegio_b2b" "$work/previous"
fi
mv "$work/altegio_b2b" "$out_dir/altegio_b2b"
if [ -z "$out_given" ]; then
  rm -rf "$root/.mypy_cache"  # errors cached for the previous client must not outlive it
fi

if [ -n "$record" ]; then
  mkdir -p "$upstream_dir"
  rm -f "$upstream_dir"/openapi.yaml "$upstream_dir"/openapi.json
  suffix=${source_file##*.}
  [ "$suffix" = "yml" ] && suffix=yaml
  cp "$source_file" "$upstream_dir/openapi.$suffix"
  "$python" - "$upstream_dir" "$upstream_dir/openapi.$suffix" "${source_url:-file:$(basename "$source_file")}" <<'PY'
import datetime, hashlib, json, pathlib, sys
folder, spec, origin = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
record = {
    "source": origin,
    "fetched": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "file": spec.name,
    "sha256": hashlib.sha256(spec.read_bytes()).hexdigest(),
}
(folder / "SOURCE.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
PY
  "$python" "$root/scripts/changelog.py" "$root/CHANGELOG.md" "$work/changes.md"
  echo "kept the description in ${upstream_dir#"$root"/}/ and the report in CHANGELOG.md"
fi

"$python" -c "import sys, time; print(f'regenerated {sys.argv[1]}/altegio_b2b in {time.time() - float(sys.argv[2]):.1f} s')" \
  "${out_dir#"$root"/}" "$started"
