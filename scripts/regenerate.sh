#!/usr/bin/env bash
# Rebuild generated/altegio_b2b from an OpenAPI description: source → normalise → generate →
# ruff → import check. Two runs on the same source give the same files.
#
#   scripts/regenerate.sh                    # openapi/altegio-b2b-v1.yaml
#   scripts/regenerate.sh --file PATH        # any local description (YAML or JSON)
#   scripts/regenerate.sh --url URL          # e.g. the upstream bundle
#   scripts/regenerate.sh --out DIR          # write DIR/altegio_b2b instead of generated/
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
source_file="$root/openapi/altegio-b2b-v1.yaml"
source_url=""
out_dir="$root/generated"

while [ $# -gt 0 ]; do
  case "$1" in
    --file) source_file=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --url) source_url=$2; shift 2 ;;
    --out) mkdir -p "$2"; out_dir=$(cd "$2" && pwd); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "regenerate.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$("$python" -c "import time; print(time.time())")

if [ -n "$source_url" ]; then
  echo "== source: $source_url"
  suffix=.yaml
  case "$source_url" in *.json) suffix=.json ;; esac
  "$python" - "$source_url" "$work/source$suffix" <<'PY'
import sys, httpx
response = httpx.get(sys.argv[1], follow_redirects=True, timeout=60)
response.raise_for_status()
open(sys.argv[2], "wb").write(response.content)
PY
  source_file="$work/source$suffix"
else
  echo "== source: ${source_file#"$root"/}"
fi
[ -f "$source_file" ] || { echo "regenerate.sh: no such file: $source_file" >&2; exit 2; }

echo "== normalise"
cp -R "$root/openapi/templates" "$work/templates"
"$python" "$root/scripts/normalize_spec.py" "$source_file" "$work/normalized.yaml" \
  --template-facts "$work/templates/facts.jinja"

echo "== generate"
"$python" -m openapi_python_client generate \
  --path "$work/normalized.yaml" \
  --config "$root/openapi/config.yaml" \
  --custom-template-path "$work/templates" \
  --meta none \
  --output-path "$work/altegio_b2b" \
  --fail-on-warning > "$work/generator.log" 2>&1 || { cat "$work/generator.log" >&2; exit 1; }
if grep -qi "warning" "$work/generator.log"; then
  cat "$work/generator.log" >&2
  echo "regenerate.sh: the generator printed warnings" >&2
  exit 1
fi
echo "generator: no warnings"
"$python" "$root/scripts/write_operation_index.py" "$work/normalized.yaml" "$work/altegio_b2b"

echo "== format"
"$python" -m ruff check --isolated --no-cache --quiet --fix --select F401,I --line-length 120 "$work/altegio_b2b" || true
"$python" -m ruff format --isolated --no-cache --quiet --line-length 120 "$work/altegio_b2b"

rm -rf "$out_dir/altegio_b2b"
mkdir -p "$out_dir"
cp -R "$work/altegio_b2b" "$out_dir/altegio_b2b"
find "$out_dir/altegio_b2b" -name '__pycache__' -prune -exec rm -rf {} +

echo "== verify"
PYTHONDONTWRITEBYTECODE=1 "$python" "$root/scripts/check_generated_imports.py" "$out_dir"
"$python" -c "import sys, time; print(f'regenerated {sys.argv[1]}/altegio_b2b in {time.time() - float(sys.argv[2]):.1f} s')" \
  "${out_dir#"$root"/}" "$started"
