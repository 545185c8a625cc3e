#!/usr/bin/env bash
# FerretDB 1.24 (a MongoDB-compatible server on SQLite) for tests, CI and offline development.
#
#   scripts/ferretdb.sh build          builds the binary once into the cache and prints its path
#   scripts/ferretdb.sh start DIR [PORT]  starts it on PORT (default: a free loopback port) with
#                                      its data in DIR (or, with FERRETDB_POSTGRESQL_URL, in that
#                                      PostgreSQL database), prints the MONGODB_URI; pid in DIR/ferretdb.pid
#   scripts/ferretdb.sh stop DIR       stops the server started with that DIR
set -euo pipefail
# shellcheck source=lib/daemon.sh
source "$(dirname "$0")/lib/daemon.sh"

VERSION=v1.24.2
CACHE_DIR="${HUDDLE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/huddle}"
BIN="$CACHE_DIR/ferretdb-$VERSION"

build() {
  if [ -x "$BIN" ]; then echo "$BIN"; return; fi
  if ! command -v go >/dev/null; then
    echo "ferretdb.sh: Go is needed to build FerretDB (or set MONGODB_URI instead)" >&2
    exit 1
  fi
  mkdir -p "$CACHE_DIR"
  echo "ferretdb.sh: building FerretDB $VERSION once (about two minutes)..." >&2
  # `go install pkg@version` also asks the proxy for the module's version list, which some
  # proxies refuse; downloading the exact version and building it needs only that version.
  local src
  src=$(go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  # The module zip leaves build/version/version.txt empty (FerretDB's own build generates it),
  # so build from a writable copy with the version filled in.
  local work
  work=$(mktemp -d)
  cp -r "$src/." "$work"
  chmod -R u+w "$work"
  echo "$VERSION" >"$work/build/version/version.txt"
  (cd "$work" && go build -trimpath -o "$BIN.tmp" ./cmd/ferretdb) >&2
  rm -rf "$work"
  mv "$BIN.tmp" "$BIN"
  echo "$BIN"
}

start() {
  local dir=${1:?usage: ferretdb.sh start DIR [PORT]}
  local bin
  bin=$(build)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # A port picked here may be taken by another server before FerretDB binds it: pick again.
  local attempts=3
  [ -n "${2:-}" ] && attempts=1
  for _ in $(seq 1 "$attempts"); do
    launch "$bin" "$dir" "${2:-$(free_port)}" && return
  done
  echo "ferretdb.sh: FerretDB did not start; see $dir/ferretdb.log" >&2
  exit 1
}

# Starts BIN on PORT with its files in DIR; prints the URI once it is the one listening there.
launch() {
  local bin=$1 dir=$2 port=$3
  # SQLite in DIR by default; with FERRETDB_POSTGRESQL_URL set, that PostgreSQL database instead.
  local backend=(--handler=sqlite --sqlite-url="file:$dir/")
  if [ -n "${FERRETDB_POSTGRESQL_URL:-}" ]; then
    backend=(--handler=postgresql --postgresql-url="$FERRETDB_POSTGRESQL_URL")
  fi
  nohup "$bin" "${backend[@]}" --listen-addr="127.0.0.1:$port" \
    --state-dir="$dir" --debug-addr=- --telemetry=disable --log-level=warn \
    >"$dir/ferretdb.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$dir/ferretdb.pid"
  for _ in $(seq 1 100); do
    # Ours must be the one listening: another server on the port would answer in its place.
    kill -0 "$pid" 2>/dev/null || return 1
    if listens_on "$pid" "$port"; then
      echo "mongodb://127.0.0.1:$port/"
      return 0
    fi
    sleep 0.1
  done
  stop_pidfile "$dir/ferretdb.pid"
  return 1
}

stop() {
  local dir=${1:?usage: ferretdb.sh stop DIR}
  stop_pidfile "$dir/ferretdb.pid"
}

case "${1:-}" in
  build) build ;;
  start) start "${2:-}" "${3:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: scripts/ferretdb.sh build | start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
