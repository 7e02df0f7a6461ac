#!/usr/bin/env bash
# Fetches ONNX Runtime's official Linux x64 library from its npm package into native/onnxruntime/.
# The binary is never committed (native/ is git-ignored). Safe to run again: it skips a good copy.
# `npm pack` only downloads and checks the tarball; it runs no install script (onnxruntime-node's
# post-install would fetch GPU binaries we do not want).
set -euo pipefail
cd "$(dirname "$0")/.."

package=onnxruntime-node@1.30.0
integrity='sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw=='
member=package/bin/napi-v6/linux/x64/libonnxruntime.so.1
library_sha256=ffb75a925ba05e47b235bb66e3e3911714a80b328a9c9425539feb204aa32a23
dest=native/onnxruntime
target="$dest/libonnxruntime.so.1"

if [[ -f "$target" ]] && echo "$library_sha256  $target" | sha256sum --check --status; then
  echo "ONNX Runtime already present: $target"
  exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch $package" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Fetching $package (about 113 MB)..."
(cd "$work" && npm pack --silent "$package" >/dev/null)
tarball=$(ls "$work"/*.tgz)

actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [[ "$actual" != "$integrity" ]]; then
  echo "Integrity mismatch for $package: expected $integrity, got $actual" >&2
  exit 1
fi

tar -xzf "$tarball" -C "$work" "$member"
if ! echo "$library_sha256  $work/$member" | sha256sum --check --status; then
  echo "Unexpected sha256 for $member: $(sha256sum "$work/$member" | cut -d' ' -f1)" >&2
  exit 1
fi

mkdir -p "$dest"
mv "$work/$member" "$target.tmp"
mv "$target.tmp" "$target"
echo "ONNX Runtime 1.30.0 is in $target"
