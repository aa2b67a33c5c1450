#!/usr/bin/env bash
# The cold scores of corpus/README.md, measured again: each batch's files (with the labels as they are
# now) checked by the checker of the commit its cold score was taken at, and scored by today's scorer
# (src/core/check/score.ts and src/cli/corpus.ts copied into a worktree of that commit). With `warm`,
# today's checker scores each batch instead. Needs the repository's history and `npm install`.
#   scripts/corpus/rescore-cold.sh [warm] [BATCH…]
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${TMPDIR:-/tmp}/baocao-rescore
MODE=cold
if [ "${1:-}" = warm ]; then MODE=warm; shift; fi
mkdir -p "$WORK"
ONLY=" $* "
# batch, the commit of its cold score, the commits that added its files
BATCHES=(
  "A 9312004 2756ad6"
  "B 743b35b 3598f8f d1dacbf"
  "C d873c30 2ed8580"
  "D f155b69 2974b60"
  "E1 b6cf6ec c63f2e5"
  "E2 9cbb633 3cf7b35"
  "F2 991b950 486c104"
  "F1 991b950 10b42b9"
  "G1 d5976e7 a2c75bd"
  "G2 d5976e7 fe36482"
  "H2 e144533 8cd0136"
  "H1 a31bdd0 ba3cd8f"
  "I1 80eb6da cb607ab"
  "I2 80eb6da f6cef4f"
  "J1 15a027d 320eb4d"
  "J2 15a027d d0b655f"
  "K1 ea1d625 df81a3c"
  "K2 ea1d625 ae52830"
  "L1 716211d d49e377"
  "L2 c2bba5d aabfca2"
  "M1 31872fb 4fbeab2"
  "M2 31872fb eb2353e"
  "N1 1baa551 b2a70a0"
  "N2 1baa551 04626a6"
  "O2 8843f2c d7ccdd1"
  "P2 f450eb7 5fe3d34"
  "Q2 7026122 eeb6eac 67312f7 d040a05"
  "R2 545081f e3f9d3d 1edd04b 4328264"
  "S2 18196be 2cacba0 486cb10 4bd93c4 c1d874c dbfcd89"
  "T2 dad5ebb cd1eb73 023f363 25b5ce5"
  "U2 4551bc4 bfda281 3cf41f2 ce6028d"
  "V2 2c49f95 3534dd2"
  "V3 11d6f38 c170b8e"
  "V4 2616bb7 2a926e9"
  "V5 2cc5618 8d4d310"
  "V6 710620b cdd3e4a"
  "V7 721df32 e980896"
  "V8 e59dee9 b30a67b"
  "V9 f71615b fadb6cf"
  "V10 2d99cf5 92ca9b0"
)
run() {
  local batch=$1 commit=$2; shift 2
  local dir=$WORK/$batch
  rm -rf "$dir"; mkdir -p "$dir"
  for c in "$@"; do
    for f in $(git -C "$ROOT" show --name-only --diff-filter=A --format= "$c" | grep '^corpus/[^/]*$' | grep -v README); do
      git -C "$ROOT" show HEAD:"$f" > "$dir/$(basename "$f")" 2>/dev/null || rm -f "$dir/$(basename "$f")"
    done
  done
  local tree=$ROOT
  if [ "$MODE" = cold ]; then
    tree=$WORK/wt-$commit
    if [ ! -d "$tree" ]; then git -C "$ROOT" worktree add -q --detach "$tree" "$commit" && ln -s "$ROOT/node_modules" "$tree/node_modules"; fi
    cp "$ROOT/src/core/check/score.ts" "$tree/src/core/check/score.ts"
    cp "$ROOT/src/cli/corpus.ts" "$tree/src/cli/corpus.ts"
  fi
  echo "== $batch ($MODE, checker at $([ "$MODE" = cold ] && echo "$commit" || git -C "$ROOT" rev-parse --short HEAD)): $(ls "$dir" | wc -l) files"
  (cd "$tree" && npx baocao score --corpus "$dir" 2>&1 | tail -2)
}
for b in "${BATCHES[@]}"; do
  set -- $b
  if [ "$ONLY" != "  " ] && [[ "$ONLY" != *" $1 "* ]]; then continue; fi
  run "$@"
done
