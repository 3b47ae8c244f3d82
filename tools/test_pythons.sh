#!/usr/bin/env bash
# `make test-pythons`: the unit tests on every supported Python besides the one of .venv.
# Each version gets its own environment (.venv-3.X: the package, its `testing` extra and the
# test group), built once and rebuilt when pyproject.toml changes. A version not installed on
# this machine is reported and skipped (pyenv's versions are found without a shim).
# Usage: tools/test_pythons.sh "3.10 3.12 3.13" [pytest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
versions=$1
shift

find_python() {
    local version=$1 candidate
    local pyenv_root
    pyenv_root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    for candidate in "python$version" "$pyenv_root"/versions/"$version".*/bin/python"$version"; do
        if "$candidate" -c "import sys; assert sys.version_info[:2] == tuple(map(int, '$version'.split('.')))" \
            >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

for version in $versions; do
    if ! python=$(find_python "$version"); then
        echo "test-pythons: Python $version is not installed here: skipped"
        continue
    fi
    venv=".venv-$version"
    if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ]; then
        "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[testing]' --group test
        touch "$venv/.installed"
    fi
    echo "test-pythons: $("$venv/bin/python" --version)"
    "$venv/bin/python" -m pytest "$@"
done
