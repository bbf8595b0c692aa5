#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] [TARGET...]: runs each fuzz target under libFuzzer
# (cargo-fuzz, nightly toolchain) for SECONDS (default 600), one after the
# other at low priority, starting from fuzz/seeds/<target> and the corpus
# kept in fuzz/corpus/<target> (not committed). Each run's final statistics
# go to fuzz/runs/<date>-<target>.log; a crash stops that target and its
# input is in fuzz/artifacts/<target>/: minimise it (`cargo +nightly fuzz
# tmin`), fix the bug and keep the input in fuzz/regressions/<target>/, which
# `cargo test` replays (tests/it/fuzz.rs). See docs/fuzzing.md.
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frontmatter yaml_data markdown slug period number)
day=$(date -u +%Y-%m-%d)
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" runs
  log="runs/$day-$t.log"
  echo "== $t: ${secs}s from $(date -u +%H:%M:%S) UTC, commit $(git rev-parse --short HEAD 2>/dev/null || cat COMMIT)" | tee "$log"
  nice -n 10 cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    >"runs/$t.out" 2>&1
  status=$?
  # Keep the summary: the final statistics and any crash report.
  grep -E '^(#[0-9]+ +DONE|stat::|==[0-9]+==|SUMMARY|Done [0-9]+ runs|thread .* panicked|artifact_prefix|Test unit written)' "runs/$t.out" >>"$log"
  echo "exit status $status; corpus $(ls "corpus/$t" | wc -l) inputs" | tee -a "$log"
done
