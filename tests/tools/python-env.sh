#!/usr/bin/env bash
# Creates target/venv with the Python tools the tests need, once, and prints its python.
#   PY=$(tests/tools/python-env.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$root/target/venv
requirements=$root/tests/tools/requirements.txt
stamp=$venv/.requirements
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$stamp"; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements" >&2
  cp "$requirements" "$stamp"
fi
echo "$venv/bin/python"
