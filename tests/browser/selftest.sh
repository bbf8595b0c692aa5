#!/usr/bin/env bash
# selftest: shows that check-site.mjs passes a good site and that each of its
# checks can fail. Every bad fixture is correct but for one mistake, so the
# checker must exit 1 with failures in exactly that one check (see
# fixture-site/README.md). Screenshots land in tests/artifacts/selftest/.
set -euo pipefail

cd "$(dirname "$0")"
FIXTURES=fixture-site
ARTIFACTS=../artifacts/selftest
TMP="$(mktemp -d -t selftest.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
OUT="$TMP/out"
failures=0

# run_checker NAME SITE [options...]: runs check-site into $OUT, sets $status.
run_checker() {
  local name=$1 site=$2
  shift 2
  local start=$SECONDS
  status=0
  node check-site.mjs "$FIXTURES/$site" --artifacts "$ARTIFACTS/$name" "$@" >"$OUT" 2>&1 || status=$?
  elapsed=$((SECONDS - start))
  # Exit 2: the checker could not run at all (a tool is missing); every case
  # would fail the same way, so stop here and show why.
  if [ "$status" -eq 2 ]; then
    cat "$OUT" >&2
    echo "selftest: check-site could not run (case $name)" >&2
    exit 2
  fi
}

# The checks that reported a failure, sorted, space-separated.
failed_checks() {
  sed -n 's/^FAIL [^ ]* \([a-z]*\): .*/\1/p' "$OUT" | sort -u | tr '\n' ' ' | sed 's/ $//'
}

report() { # report ok|FAIL MESSAGE
  printf '%-4s %s (%ss)\n' "$1" "$2" "$elapsed"
  if [ "$1" != ok ]; then
    failures=$((failures + 1))
    sed 's/^/     | /' "$OUT"
  fi
}

summary_line_ok() {
  grep -v '^check-site: ' "$OUT" | tail -n 1 | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'
}

# expect_output NAME TEXT: the last run's output also holds TEXT.
expect_output() {
  if grep -qF -- "$2" "$OUT"; then
    report ok "$1: also reports: $2"
  else
    report FAIL "$1: expected the output to hold: $2"
  fi
}

# expect_pass NAME SITE [options...]
expect_pass() {
  run_checker "$@"
  if [ "$status" -eq 0 ] && [ -z "$(failed_checks)" ] && summary_line_ok; then
    report ok "$1: passes ($(grep -Ev '^check-site: ' "$OUT" | tail -n 1))"
  else
    report FAIL "$1: expected a pass, got exit $status"
  fi
}

# expect_fail NAME CHECKS SITE [options...]: must exit 1 and fail exactly CHECKS.
expect_fail() {
  local name=$1 want=$2
  shift 2
  run_checker "$name" "$@"
  local got
  got="$(failed_checks)"
  if [ "$status" -eq 1 ] && [ "$got" = "$want" ] && summary_line_ok; then
    report ok "$name: fails $want: $(grep -m 1 '^FAIL ' "$OUT" | cut -c 1-140)"
  else
    report FAIL "$name: expected exit 1 failing only [$want], got exit $status failing [$got]"
  fi
}

expect_pass good good --base-path /ba-dinh/
if [ "$(find "$ARTIFACTS/good" -name '*.png' -size +1k | wc -l)" -ne 4 ]; then
  elapsed=0
  report FAIL "good: expected 4 screenshots in $ARTIFACTS/good"
fi
expect_fail bad-overflow overflow bad/overflow
expect_fail bad-axe axe bad/axe
expect_fail bad-html html bad/html
expect_fail bad-links links bad/links
expect_output bad-links 'muc-luc.html has no element with id="muc-9"'
expect_fail bad-requests requests bad/requests
# The good site served at the wrong base path: its stylesheet 404s and its
# root-relative links miss, which shows --base-path is honoured.
expect_fail wrong-base-path "links requests" good
# Screenshots that cannot be written (the folder's parent is a plain file)
# fail the screenshot check; the later --artifacts wins.
: >"$TMP/not-a-folder"
expect_fail unwritable-artifacts screenshot good --base-path /ba-dinh/ --artifacts "$TMP/not-a-folder/shots"

if [ "$failures" -ne 0 ]; then
  echo "selftest: $failures case(s) failed" >&2
  exit 1
fi
echo "selftest: all cases behaved as expected"
