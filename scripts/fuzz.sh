#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer (make fuzz; not part of make test). See docs/fuzzing.md.
#
#   FUZZ_SECONDS=60 FUZZ_TARGETS="FuzzDocument FuzzValues" bash scripts/fuzz.sh
#   FUZZ_ASAN=1 bash scripts/fuzz.sh     # also AddressSanitizer (scratch path .build-fuzz-asan), about 3x slower
#
# 1. Installs what is missing: the Debian packages the build links (as `make deps` does).
# 2. Builds the Fuzz/ package in release with -sanitize=fuzzer (scratch path .build-fuzz).
# 3. Writes seed inputs for each target from content/ and docs/ into .build-fuzz/fuzz/seeds.
# 4. Runs each target for FUZZ_SECONDS (default 60), growing a corpus kept in .build-fuzz/fuzz/corpus
#    between runs. A crashing input is saved under .build-fuzz/fuzz/artifacts/<target>/.
# 5. Prints the runs per target and exits 1 when any target crashed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-FuzzFrontMatter FuzzDocument FuzzMarkdown FuzzValues}"
# Per-input time limit: far above the slowest honest input, so only pathological slowness trips it.
timeout="${FUZZ_TIMEOUT:-10}"
scratch="$repo/.build-fuzz"
sanitizers="fuzzer"
if [ -n "${FUZZ_ASAN:-}" ]; then
    scratch="$repo/.build-fuzz-asan"
    sanitizers="fuzzer,address"
    # Swift's runtime keeps caches for the life of the process, which LeakSanitizer would call leaks.
    export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
fi
# Corpora are shared between the plain and the AddressSanitizer builds.
work="$repo/.build-fuzz/fuzz"
apt_packages="libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config"

say() { printf '\n== %s\n' "$*"; }

install_missing() {
    local missing="" sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    for p in $apt_packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
    if [ -n "$missing" ]; then
        echo "installing:$missing"
        $sudo apt-get update -qq && $sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
    fi
}

build() {
    say "building the fuzzers (release, -sanitize=$sanitizers)"
    # -Xcc instruments the C parts too (libyaml inside Yams), so their branches guide the fuzzer as well.
    (cd Fuzz && swift build -c release --scratch-path "$scratch" \
        -Xswiftc -sanitize="$sanitizers" -Xswiftc -parse-as-library -Xcc -fsanitize="${sanitizers/fuzzer/fuzzer-no-link}")
}

# One seed file: a selector byte (decimal, or "" for none) followed by the bytes of the named files.
seed() {
    local dir="$1" name="$2" selector="$3"
    shift 3
    {
        [ -z "$selector" ] || printf "\\x$(printf %02x "$selector")"
        cat "$@"
    } >"$dir/$name"
}

# Seed inputs, regenerated on every run from what the repository holds today.
write_seeds() {
    local seeds="$1" file name
    rm -rf "$seeds"
    mkdir -p "$seeds"/{FuzzFrontMatter,FuzzDocument,FuzzMarkdown,FuzzValues}
    for file in content/*/*/*.md; do
        name="$(echo "$file" | tr / _)"
        seed "$seeds/FuzzFrontMatter" "$name" "" "$file"
        seed "$seeds/FuzzMarkdown" "$name" "" "$file"
        case "$file" in
            content/practices/*) seed "$seeds/FuzzDocument" "$name" 0 "$file" ;;
            content/models/*) seed "$seeds/FuzzDocument" "$name" 2 "$file" ;;
            content/pages/*) seed "$seeds/FuzzDocument" "$name" 3 "$file" ;;
        esac
    done
    # Windows line ends and a byte-order mark, which the splitter must see through.
    sed 's/$/\r/' content/practices/families-first/en.md >"$seeds/FuzzFrontMatter/crlf.md"
    { printf '\xef\xbb\xbf'; cat content/pages/about/en.md; } >"$seeds/FuzzFrontMatter/bom.md"
    for file in content/practices/*/he.md; do
        [ -f "${file%he.md}en.md" ] || continue
        { printf '\x01'; cat "${file%he.md}en.md"; printf '\x00'; cat "$file"; } >"$seeds/FuzzDocument/pair_$(basename "$(dirname "$file")")"
    done
    seed "$seeds/FuzzDocument" site.yml 4 content/site.yml
    seed "$seeds/FuzzDocument" taxonomies.yml 5 content/taxonomies.yml
    for file in README.md docs/*.md templates/README.md; do
        [ -f "$file" ] && seed "$seeds/FuzzMarkdown" "$(echo "$file" | tr / _)" "" "$file"
    done
    write_value_seeds "$seeds/FuzzValues"
}

# Durations as the sample content writes them and as the contract allows; costs as NUL-separated fields.
write_value_seeds() {
    local dir="$1" n=0 text
    {
        grep -rhoE '(_time|duration): *[^,}]+' content | sed -E 's/^[a-z_]+: *//'
        printf '%s\n' "6 months" "1 year" "6-12 months" "6–12 months" "6+ months" "12 weeks" "10 days" \
            "P6M" "P1Y6M" "P1W3D" "P0.5Y" "1.5 years"
    } | sort -u | while IFS= read -r text; do
        n=$((n + 1))
        printf '\x00%s' "$text" >"$dir/duration_$n"
        printf '\x01100000\x001000000\x00RUB\x00a year\x00%s' "$text" >"$dir/cost_quoted_$n"
        printf '\x02%s\x00\x00EUR\x00\x00%s' "$n" "$text" >"$dir/cost_plain_$n"
    done
    printf '\x03\x40\xf8\x6a\x00\x00\x00\x00\x00\x41\x2e\x84\x80\x00\x00\x00\x00' >"$dir/bands"
}

# Runs one fuzzer for the set time; its output goes to a log, its summary to the terminal.
run_target() {
    local binary="$1" target="$2" max_len dict
    case "$target" in
        FuzzValues) max_len=512 dict=values ;;
        FuzzMarkdown) max_len=16384 dict=markdown ;;
        *) max_len=8192 dict=yaml ;;
    esac
    mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
    say "$target for ${seconds}s (log: $work/logs/$target.log)"
    local status=0
    # Swift's own crash handler would exit before libFuzzer's could save the input.
    SWIFT_BACKTRACE=enable=no "$binary" "$work/corpus/$target" "$work/seeds/$target" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=4096 \
        -dict="Fuzz/Dictionaries/$dict.dict" -artifact_prefix="$work/artifacts/$target/" \
        -print_final_stats=1 >"$work/logs/$target.log" 2>&1 || status=$?
    grep -E '^#[0-9]+.*(INITED|DONE)|^==[0-9]+== ERROR|^SUMMARY|fuzz property failed|Fatal error|stat::number_of_executed_units|Test unit written' \
        "$work/logs/$target.log" || true
    return "$status"
}

report() {
    local failed="$1" target runs
    say "summary"
    for target in $targets; do
        runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/logs/$target.log" | grep -o '[0-9]*$' || echo "?")"
        printf '%-16s %12s runs  corpus %5s files\n' "$target" "$runs" "$(ls "$work/corpus/$target" | wc -l)"
    done
    if [ -n "$failed" ]; then
        echo "crashed:$failed (inputs in $work/artifacts/)"
        exit 1
    fi
}

main() {
    install_missing
    build
    write_seeds "$work/seeds"
    mkdir -p "$work/logs"
    local failed="" target
    for target in $targets; do
        run_target "$scratch/release/$target" "$target" || failed="$failed $target"
    done
    report "$failed"
}

main "$@"
