#!/usr/bin/env bash
# Runs the screening benchmark and, in the same run on the same machine, its peer: rapidfuzz
# (from PyPI, installed into target/tools/rapidfuzz) on the same names and queries.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"
cargo bench -p cruce-app --bench screening
py="$ROOT/target/tools/rapidfuzz"
[ -d "$py/rapidfuzz" ] || python3 -m pip install --quiet --disable-pip-version-check --target "$py" rapidfuzz==3.14.3
PYTHONPATH="$py" python3 "$ROOT/src-tauri/app/benches/screening_peer.py"
