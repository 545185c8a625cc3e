#!/usr/bin/env bash
# LiveKit server (the SFU that carries media in `MEDIA_MODE=sfu`) on loopback, for development,
# tests, benchmarks and CI.
#
#   scripts/livekit.sh build            builds the binary once into the cache and prints its path
#   scripts/livekit.sh start DIR [PORT]  starts it with its config, key and log in DIR, its HTTP
#                                       and signalling port on PORT (default: a free loopback port),
#                                       and prints LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET
#                                       as shell assignments; pid in DIR/livekit.pid
#   scripts/livekit.sh stop DIR         stops the server started with that DIR
set -euo pipefail
# shellcheck source=lib/daemon.sh
source "$(dirname "$0")/lib/daemon.sh"

# v1.13.6 and later replace pion modules with LiveKit's forks, which module proxies refuse.
VERSION=v1.13.5
CACHE_DIR="${HUDDLE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/huddle}"
BIN="$CACHE_DIR/livekit-$VERSION/server"

build() {
  if [ -x "$BIN" ]; then echo "$BIN"; return; fi
  if ! command -v go >/dev/null; then
    echo "livekit.sh: Go is needed to build LiveKit server (or set LIVEKIT_URL, or MEDIA_MODE=mesh)" >&2
    exit 1
  fi
  echo "livekit.sh: building LiveKit server $VERSION once (about five CPU-minutes)..." >&2
  local out
  out=$(mktemp -d)
  GOBIN="$out" CGO_ENABLED=0 GOFLAGS=-mod=mod \
    go install -trimpath -ldflags='-s -w' "github.com/livekit/livekit-server/cmd/server@$VERSION" >&2
  mkdir -p "$(dirname "$BIN")"
  mv "$out/server" "$BIN"
  rm -rf "$out"
  echo "$BIN"
}

# One key pair per DIR, kept there, so a restarted server accepts the tokens it handed out before.
credentials() {
  local dir=$1
  if [ ! -s "$dir/keys" ]; then
    (umask 077 && printf 'huddle-%s %s\n' "$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')" \
      "$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" >"$dir/keys")
  fi
  cat "$dir/keys"
}

# Ready when `GET /` answers 200 with the body OK.
answers_ok() {
  local response
  response=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET / HTTP/1.0\r\n\r\n' >&3 && cat <&3) 2>/dev/null) ||
    return 1
  [[ $response == "HTTP/1."?" 200"* && $response == *OK ]]
}

write_config() {
  local dir=$1 port=$2 udp=$3 tcp=$4 key=$5 secret=$6
  # Loopback only: one UDP port and one TCP port for media, candidates on `lo`, no public IP
  # discovery, and a loopback STUN entry so browsers are not sent to public STUN servers.
  cat >"$dir/livekit.yaml" <<EOF
port: $port
bind_addresses: [127.0.0.1]
rtc:
  udp_port: $udp
  tcp_port: $tcp
  use_external_ip: false
  enable_loopback_candidate: true
  node_ip: 127.0.0.1
  interfaces:
    includes: [lo]
  stun_servers: ['127.0.0.1:$udp']
keys:
  $key: $secret
logging:
  level: warn
EOF
}

start() {
  local dir=${1:?usage: livekit.sh start DIR [PORT]}
  local bin port udp tcp key secret
  bin=$(build)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  stop "$dir" # one left running by a process that died without stopping it
  port=${2:-$(free_port)}
  udp=$(free_port udp)
  tcp=$(free_port)
  read -r key secret < <(credentials "$dir")
  write_config "$dir" "$port" "$udp" "$tcp" "$key" "$secret"
  nohup "$bin" --config "$dir/livekit.yaml" >"$dir/livekit.log" 2>&1 &
  echo $! >"$dir/livekit.pid"
  for _ in $(seq 1 100); do
    if answers_ok "$port"; then
      printf 'LIVEKIT_URL=ws://127.0.0.1:%s\nLIVEKIT_API_KEY=%s\nLIVEKIT_API_SECRET=%s\n' \
        "$port" "$key" "$secret"
      return
    fi
    if ! kill -0 "$(cat "$dir/livekit.pid")" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "livekit.sh: LiveKit did not start; see $dir/livekit.log" >&2
  stop "$dir"
  exit 1
}

stop() {
  local dir=${1:?usage: livekit.sh stop DIR}
  stop_pidfile "$dir/livekit.pid"
}

case "${1:-}" in
  build) build ;;
  start) start "${2:-}" "${3:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: scripts/livekit.sh build | start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
