#!/usr/bin/env bash
# Builds every fuzz/fuzz_*.cc with clang + libFuzzer + ASan/UBSan in
# build-fuzz and runs each for N seconds (default 20) on its seed corpus
# fuzz/corpus/<name>/ (copied to a scratch dir so the seeds stay clean).
# Exits non-zero when a fuzzer finds a crash (artifacts in build-fuzz/artifacts/).
#
#   fuzz/run.sh [seconds] [fuzzer-name...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
secs="${1:-20}"
shift || true
build="${NG_FUZZ_BUILD:-$root/build-fuzz}"  # .ci/run passes its clang ASan tree
jobs="${NG_FUZZ_JOBS:-2}"

if ! grep -q '^NG_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNG_FUZZ=ON -DNG_BUILD_TESTS=OFF -DNG_BENCH=OFF >/dev/null
fi
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/fuzz_*.cc; do names+=("$(basename "$f" .cc)"); done
fi
ninja -C "$build" -j"$jobs" "${names[@]}"

mkdir -p "$build/artifacts"
status=0
for name in "${names[@]}"; do
  work="$build/corpus/$name"
  mkdir -p "$work"
  if [ -d "$here/corpus/$name" ]; then cp -n "$here/corpus/$name"/* "$work"/ 2>/dev/null || true; fi
  echo "== $name: ${secs}s"
  if ! "$build/fuzz/$name" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/artifacts/$name-" -print_final_stats=1 "$work" \
      2> "$build/$name.log"; then
    echo "!! $name crashed; see $build/$name.log and $build/artifacts/"
    tail -30 "$build/$name.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$build/$name.log" | tail -2
  fi
done
exit $status
