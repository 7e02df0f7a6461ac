#!/usr/bin/env bash
# The README's test command: installs what the tests need and this machine lacks, then runs every test.
#   - ICU (people's words are normalised, accents folded, through it)
#   - Debian's Chromium, which the admin panel's browser tests drive through Playwright (its own browser
#     download is never used)
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

exec dotnet test HealLink.sln "$@"
