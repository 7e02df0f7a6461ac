#!/usr/bin/env bash
# The README's test command: installs what the tests need and this machine lacks, then runs every test.
#   - ICU (people's words are normalised, accents folded, through it)
#   - Debian's Chromium, which the admin panel's browser tests drive through Playwright (its own browser
#     download is never used)
#   - Debian's PostgreSQL: a throwaway server (tools/postgres.sh) on 127.0.0.1 for the run, deleted at the end
# Two legs: the whole suite on SQLite (the tests that name PostgreSQL run there too), then the whole suite again with
# every test database, bot and panel on PostgreSQL (HEALLINK_TEST_DATABASE=Postgres). The second leaves out the tests
# marked Database=Sqlite (they read SQLite's own files, plans or settings) and Database=Postgres (they name their
# provider, so the first leg ran them already). HEALLINK_TEST_LEGS="sqlite" or "postgres" runs one.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Browser").
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing=()
ldconfig -p | grep -q 'libicuuc\.so' || missing+=(libicu72)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages…" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

eval "$(bash tools/postgres.sh start)"
trap 'bash tools/postgres.sh stop "$HEALLINK_PG_DIR"' EXIT

legs=${HEALLINK_TEST_LEGS:-sqlite postgres}
status=0
if [[ " $legs " == *" sqlite "* ]]; then
  dotnet test HealLink.sln "$@" || status=$?
fi
if [[ " $legs " == *" postgres "* ]]; then
  echo "PostgreSQL leg: the suite with every test database on PostgreSQL" >&2
  HEALLINK_TEST_DATABASE=Postgres dotnet test HealLink.sln --filter "Database!=Sqlite&Database!=Postgres" "$@" || status=$?
fi
exit "$status"
