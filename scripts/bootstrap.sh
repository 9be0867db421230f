#!/usr/bin/env bash
# Create .venv with a Python >= 3.12 and install diplograph into it (editable).
#   scripts/bootstrap.sh          -> runtime only
#   scripts/bootstrap.sh test     -> plus the test extras and a headless Chromium for the browser tests
# Finds python3.13/python3.12 on PATH, or through pyenv, or $PYTHON if set.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  local candidates=("${PYTHON:-}" python3.13 python3.12 python3)
  if command -v pyenv >/dev/null 2>&1; then
    local root; root=$(pyenv root)
    for v in "$root"/versions/3.13* "$root"/versions/3.12*; do
      [ -x "$v/bin/python3" ] && candidates+=("$v/bin/python3")
    done
  fi
  for c in "${candidates[@]}"; do
    [ -n "$c" ] || continue
    if "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then
      command -v "$c" 2>/dev/null || echo "$c"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then
  PY=$(find_python) || { echo "diplograph needs Python >= 3.12 (python3.12 or python3.13, or pyenv); none found" >&2; exit 1; }
  rm -rf .venv
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install --quiet -e '.[test]'
  # The browser tests drive Debian's Chromium; install it when we may (root with apt), else they skip.
  if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "note: could not install chromium; browser tests will be skipped" >&2
  fi
else
  .venv/bin/python -m pip install --quiet -e .
fi
