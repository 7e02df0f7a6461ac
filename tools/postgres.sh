#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benchmarks: a new cluster in a temporary folder, listening on
# 127.0.0.1 only, trusted locally (nothing else can reach it), stopped and deleted by `stop`. Installs Debian's
# postgresql package when the server is missing.
#   eval "$(tools/postgres.sh start)"   # sets HEALLINK_TEST_POSTGRES (a connection string) and HEALLINK_PG_DIR
#   tools/postgres.sh stop "$HEALLINK_PG_DIR"
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

as_owner() {
  # PostgreSQL refuses to run as root; the package makes a 'postgres' user for it.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [ -z "$(bin_dir)" ]; then
    echo "Installing postgresql from Debian's packages…" >&2
    local sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq postgresql >/dev/null
  fi
  local bin dir port
  bin=$(bin_dir)
  dir=$(mktemp -d /tmp/heallink-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U heallink --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # Room for three bot instances, the panel and the parallel test classes, each with a pool.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  echo "export HEALLINK_PG_DIR='$dir'"
  echo "export HEALLINK_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=heallink;Database=postgres'"
}

stop() {
  local dir=${1:?the folder start printed}
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
