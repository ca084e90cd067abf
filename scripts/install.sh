#!/usr/bin/env bash
# Installs runding for a team: the release binary in PREFIX/bin, the content in PREFIX/share/runding.
# Usage: scripts/install.sh [PREFIX]   (default /usr/local)
set -euo pipefail
prefix=${1:-/usr/local}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

swift build -c release --product runding
bin=$(swift build -c release --show-bin-path)

install -d "$prefix/bin" "$prefix/share/runding"
install -m 0755 "$bin/runding" "$prefix/bin/runding"
rm -rf "$prefix/share/runding/Glossary" "$prefix/share/runding/Dialogues"
cp -R Glossary Dialogues "$prefix/share/runding/"
install -d "$prefix/share/doc/runding"
install -m 0644 README.md docs/authoring.md "$prefix/share/doc/runding/"
chmod -R a+rX "$prefix/share/runding"
echo "installed $prefix/bin/runding and $prefix/share/runding"
