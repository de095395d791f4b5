#!/bin/sh
# Writes everything `communique extract` produces for the inputs an
# optimization must not change, so two trees can be compared byte for byte:
#   bench/same_output.sh OLD/communique /tmp/before
#   bench/same_output.sh NEW/communique /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
# Inputs: corpus/ (compact and --pretty), and when ../shared is beside the
# clone, its gold releases and the 229 White House releases (default and
# --profile timeml), each at --jobs 1 and --jobs 2.
set -eu
bin=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
rm -rf "$out"
mkdir -p "$out"
run() { # name, extract args...
  name=$1
  shift
  "$bin" extract --jobs 1 "$@" > "$out/$name.jobs1.json"
  "$bin" extract --jobs 2 "$@" > "$out/$name.jobs2.json"
  cmp -s "$out/$name.jobs1.json" "$out/$name.jobs2.json" ||
    { echo "$name: --jobs 1 and --jobs 2 differ" >&2; exit 1; }
}
run corpus "$root/corpus"
run corpus-pretty --pretty "$root/corpus"
if [ -d "$shared/press/whitehouse" ]; then
  run gold "$shared/gold"
  run whitehouse "$shared/press/whitehouse"
  run whitehouse-timeml --profile timeml "$shared/press/whitehouse"
  run tempeval-timeml --profile timeml "$shared/eval/tempeval3/timebank" "$shared/eval/tempeval3/aquaint"
fi
echo "wrote $(ls "$out" | wc -l) files to $out"
