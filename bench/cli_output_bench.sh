#!/bin/sh
# Does `communique extract -o DIR` scale with --jobs as stdout does? Builds a
# batch of many releases with sidecars from corpus/ (each file three corpus
# texts in a row, about 4.5 KB, near the 4.9 KB of an average White House
# release; files and sidecar ids renamed so that every document is
# distinct), then times --jobs 1 and --jobs 2 to stdout and to -o DIR,
# alternated, ROUNDS times.
#   bench/cli_output_bench.sh build/communique [COPIES [ROUNDS]]
# Default: 573 copies of the 16 documents (9,168 releases, as issue 16's
# 9,160) and 3 rounds; the batch goes to ${TMPDIR:-/tmp}. Prints one line
# per run and the best time of each. On a machine other jobs load, wall
# times mean little; see bench/README.md for how the results were taken.
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
copies=${2:-573}
rounds=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/communique-outbench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/in"
docs=""
for doc in "$root"/corpus/*.txt "$root"/corpus/*.md; do
  [ -f "$doc" ] && [ "$(basename "$doc" .md)" != README ] && docs="$docs $doc"
done
set -- $docs
count=$#
i=0
while [ "$i" -lt "$copies" ]; do
  k=0
  for doc in $docs; do
    name=$(basename "$doc")
    stem=${name%.*}
    # This text and the next two, so that a file is release-sized.
    eval "second=\${$(( (k + 1) % count + 1 ))}; third=\${$(( (k + 2) % count + 1 ))}"
    cat "$doc" "$second" "$third" > "$work/in/c$i-$name"
    meta="$root/corpus/$stem.meta.json"
    if [ -f "$meta" ]; then
      sed "s/\"id\": *\"/\"id\": \"c$i-/" "$meta" > "$work/in/c$i-$stem.meta.json"
    fi
    k=$((k + 1))
  done
  i=$((i + 1))
done
docs=$(ls "$work/in" | grep -cv '\.meta\.json$')
mb=$(cat "$work"/in/*.txt "$work"/in/*.md 2>/dev/null | wc -c)
echo "batch: $docs documents with sidecars, $((mb / 1000000)) MB of text; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
best() { sort -n | head -1; }
timed() { # seconds for one run of: communique extract ARGS
  start=$(date +%s.%N)
  "$bin" extract "$@" > "$work/stdout.jsonl"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
: > "$work/times"
r=0
while [ "$r" -lt "$rounds" ]; do
  for jobs in 1 2; do
    t=$(timed --jobs "$jobs" "$work/in"); echo "stdout jobs=$jobs $t" | tee -a "$work/times"
    rm -rf "$work/out"
    t=$(timed --jobs "$jobs" -o "$work/out" "$work/in"); echo "dir jobs=$jobs $t" | tee -a "$work/times"
  done
  r=$((r + 1))
done
for kind in stdout dir; do
  one=$(grep "^$kind jobs=1 " "$work/times" | cut -d' ' -f3 | best)
  two=$(grep "^$kind jobs=2 " "$work/times" | cut -d' ' -f3 | best)
  echo "$kind: best --jobs 1 ${one}s, --jobs 2 ${two}s, speed-up $(echo "scale=2; $one / $two" | bc)x"
done
