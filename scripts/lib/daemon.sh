# Shared by the scripts that start a server in the background (sourced, not run).

# A free loopback port: `free_port` for TCP, `free_port udp` for UDP. Written as plain text:
# console.log colours a number when FORCE_COLOR is set (as in a Playwright worker).
free_port() {
  node -e "
    const onPort = (port, close) => { process.stdout.write(port + '\\n'); close(); };
    if (process.argv[1] === 'udp') {
      const s = require('dgram').createSocket('udp4');
      s.bind(0, '127.0.0.1', () => onPort(s.address().port, () => s.close()));
    } else {
      const s = require('net').createServer();
      s.listen(0, '127.0.0.1', () => onPort(s.address().port, () => s.close()));
    }" "${1:-tcp}"
}

# Whether process PID itself listens on TCP PORT, so that another server that took the port
# meanwhile is not mistaken for it. Where /proc is missing (macOS), whether PID still runs.
listens_on() {
  local pid=$1 port=$2
  kill -0 "$pid" 2>/dev/null || return 1
  [ -d "/proc/$pid/fd" ] || return 0
  local hex inode
  hex=$(printf '%04X' "$port")
  # /proc/net/tcp: local address is column 2 (IP:PORT in hex), state 0A is LISTEN, inode column 10.
  for inode in $(awk -v p=":$hex" '$2 ~ p"$" && $4 == "0A" { print $10 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null); do
    ls -l "/proc/$pid/fd" 2>/dev/null | grep -q "socket:\[$inode\]" && return 0
  done
  return 1
}

# Stops the process named in PIDFILE (TERM, then KILL after 10 s) and removes the file.
stop_pidfile() {
  local pidfile=$1
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}
