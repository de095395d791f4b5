#!/bin/sh
# The Debian package, as a user without a build would get it: builds it with
# cpack in BUILD, unpacks it into a temporary root (dpkg-deb -x, no root
# rights needed), then uses each part from there: the CLI, the Python
# module, the C++ library through find_package(communique) and through
# pkg-config. Each must give the build tree's own CLI's record.
#   tests/packaging/deb_test.sh SOURCE_DIR BUILD_DIR PYTHON(ON|OFF)
set -eu
src=$1
build=$2
python=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
doc="$src/corpus/eu-india-ttc-2026.txt"

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/communique_*.deb)
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
dpkg-deb -x "$deb" "$work/root"
root="$work/root/usr"

printf '{"text": %s, "id": "consumer"}\n' "$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' "$doc")" >"$work/in.jsonl"
"$build/communique" extract - <"$work/in.jsonl" >"$work/expected.json"
# The library's record is the CLI's without "source" (where the CLI read it).
/usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1])); r.pop("source")
print(json.dumps(r, ensure_ascii=False, separators=(",", ":")))' "$work/expected.json" >"$work/expected-lib.json"

echo "installed CLI"
"$root/bin/communique" extract - <"$work/in.jsonl" >"$work/cli.json"
cmp "$work/expected.json" "$work/cli.json"

pydir=$(ls -d "$root"/lib/python3*/dist-packages 2>/dev/null || true)
if [ -z "$pydir" ]; then
  [ "$python" = OFF ] || { echo "the package lacks the Python module (COMMUNIQUE_PYTHON=$python)"; exit 1; }
  echo "installed Python module: not in the package (configured with COMMUNIQUE_PYTHON=OFF)"
else
echo "installed Python module"
# Where the package puts it, Debian's python3 looks without PYTHONPATH once it is installed.
/usr/bin/python3 -c 'import site, sys; sys.exit(sys.argv[1] not in site.getsitepackages())' \
  "/usr${pydir#"$root"}" || { echo "/usr${pydir#"$root"} is not a site-packages folder of /usr/bin/python3"; exit 1; }
PYTHONPATH="$pydir" /usr/bin/python3 -c '
import communique, sys
print(communique.Engine().extract_json(open(sys.argv[1]).read(), id="consumer"))' "$doc" >"$work/python.json"
cmp "$work/expected-lib.json" "$work/python.json"
fi

echo "find_package(communique)"
cmake -S "$src/tests/packaging" -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$root" \
  -DCMAKE_BUILD_TYPE=Release >"$work/consumer.log" 2>&1 || { cat "$work/consumer.log"; exit 1; }
cmake --build "$work/consumer" >>"$work/consumer.log" 2>&1 || { cat "$work/consumer.log"; exit 1; }
"$work/consumer/consumer" <"$doc" >"$work/cmake.json"
cmp "$work/expected-lib.json" "$work/cmake.json"

echo "pkg-config communique"
flags=$(PKG_CONFIG_PATH="$root/lib/pkgconfig" pkg-config --cflags --libs communique)
g++ -std=c++20 -O1 -o "$work/pc-consumer" "$src/tests/packaging/consumer.cc" $flags
"$work/pc-consumer" <"$doc" >"$work/pc.json"
cmp "$work/expected-lib.json" "$work/pc.json"
echo "package OK: $(basename "$deb")"
