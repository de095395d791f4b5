#!/bin/sh
# The repository names the shared data as ../shared/... and its own files by relative paths:
# an absolute path of the machine it was written on breaks every other clone (brief, "The
# contract"). Gold files are data and exempt. Skips (77) outside a git checkout.
cd "$(dirname "$0")/../.." || exit 1
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git checkout: skipped"; exit 77; }
hits=$(git grep -n -E '(^|[^.A-Za-z0-9_])/(work|home|root)/' -- . ':!*.gold.json' ':!tests/repo/no_machine_paths.sh')
if [ -n "$hits" ]; then
  echo "absolute paths of a machine in tracked files:"; echo "$hits"; exit 1
fi
echo "no absolute machine paths in $(git ls-files | wc -l) tracked files"
