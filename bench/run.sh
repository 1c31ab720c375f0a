#!/usr/bin/env bash
# The build and search benchmark (make bench; not part of make test): Practica against Hugo
# (+ Pagefind) on one generated corpus. See docs/benchmarks.md for what it measures and the
# figures of the last recorded run.
#
#   BENCH_PRACTICES=10000 BENCH_RUNS=3 bash bench/run.sh
#
# 1. Installs what is missing: Debian hugo, time (GNU /usr/bin/time), chromium, chromium-driver;
#    a venv .venv-bench with pagefind-bin (the pagefind binary, from PyPI) and selenium.
# 2. Builds practica (release, scratch path .build-bench).
# 3. Generates the corpus (bench/generate.py, BENCH_PRACTICES practices) into
#    .build-bench-data/site and its Hugo twin (bench/to_hugo.py) into .build-bench-data/hugo,
#    only when they are missing or N or the generator changed; `practica check` must pass on it.
# 4. Builds both BENCH_RUNS times, alternating, each under /usr/bin/time -v, and prints the
#    medians and ratios of wall time, CPU time and peak RSS, and pages per second. The previous
#    output is moved aside (deleted at the end) and the disk synced before each timed build: ext4
#    makes new inodes slowly for about half a minute after tens of thousands were deleted
#    (`recently_deleted` in the kernel's inode allocator), which added 5 to 20 s of system time to
#    whichever build came right after an `rm -rf` of the other's output.
# 5. Runs pagefind over Hugo's output BENCH_RUNS times: time, RSS, index size; and Practica's
#    search index size and the search stage's share of its build.
# 6. Bytes per search and answers found for bench/queries.json (bench/search_bench.py: both
#    outputs served by python3 -m http.server on 127.0.0.1, headless chromium).
# Full logs go to a new folder under /tmp (printed at the start and the end).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"

practices="${BENCH_PRACTICES:-10000}"
run_count="${BENCH_RUNS:-3}"
data="$repo/.build-bench-data"
site="$data/site"
hugo_site="$data/hugo"
practica_out="$data/out-practica"
hugo_out="$data/out-hugo"
logs="$(mktemp -d /tmp/practica-bench.XXXXXX)"
venv="$repo/.venv-bench"
practica="$repo/.build-bench/release/practica"

say() { printf '\n== %s\n' "$*"; }

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
apt_updated=""
apt_install() {
  echo "installing: $*" >&2
  if [ -z "$apt_updated" ]; then $sudo apt-get update -qq; apt_updated=1; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. Tools.
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
if [ ! -x "$venv/bin/python" ]; then
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    apt_install python3-venv
    python3 -m venv "$venv"
  fi
fi
if ! "$venv/bin/python" -c "import pagefind_bin, selenium" 2>/dev/null; then
  "$venv/bin/pip" install -q --disable-pip-version-check pagefind-bin selenium
fi
# pagefind-bin ships the binary inside the package; `python -m pagefind_bin` execs it. Running it
# directly keeps the Python start-up out of the timing.
pagefind="$("$venv/bin/python" -c 'import pagefind_bin; print(pagefind_bin.get_executable())')"

# 2. Practica.
say "building practica (release, .build-bench)"
make --no-print-directory deps
if ! swift build -c release --product practica --scratch-path .build-bench >"$logs/swift-build.log" 2>&1; then
  tail -n 30 "$logs/swift-build.log" >&2
  echo "practica did not build (full log: $logs/swift-build.log)" >&2
  exit 1
fi
tail -n 1 "$logs/swift-build.log"

say "machine"
{
  echo "date:       $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu:        $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
  echo "load:       $(cut -d" " -f1-3 /proc/loadavg) (1, 5, 15 min; other work on the machine skews the timings)"
  echo "memory:     $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "practica:   $("$practica" --version 2>&1 | head -n 1) (git $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "hugo:       $(hugo version 2>&1 | head -n 1)"
  echo "pagefind:   $("$pagefind" --version 2>&1 | head -n 1)"
  echo "chromium:   $(chromium --version 2>/dev/null | head -n 1)"
  echo "command:    BENCH_PRACTICES=$practices BENCH_RUNS=$run_count bash bench/run.sh"
  echo "logs:       $logs"
} | tee "$logs/machine.txt"

# 3. The corpus, regenerated only when missing, for another N, or from changed generator files.
stamp="practices=$practices $(cat bench/generate.py bench/lexicon.py bench/anchors.py bench/to_hugo.py bench/hugo/hugo.toml \
  $(find bench/hugo/layouts -type f | sort) | sha256sum | cut -c1-16)"
if [ ! -f "$data/stamp" ] || [ "$(cat "$data/stamp")" != "$stamp" ] || [ ! -d "$site/content" ] || [ ! -d "$hugo_site/content" ]; then
  say "generating $practices practices into $site"
  rm -f "$data/stamp"
  mkdir -p "$data"
  python3 bench/generate.py --out "$site" --practices "$practices" | tee "$data/corpus.txt"
  echo "checking it with practica check"
  if ! "$practica" check --site "$site" >"$logs/check.log" 2>&1; then
    grep -m 20 'error:' "$logs/check.log" >&2 || tail -n 20 "$logs/check.log" >&2
    echo "practica check failed on the generated corpus (full log: $logs/check.log)" >&2
    exit 1
  fi
  tail -n 1 "$logs/check.log"
  python3 bench/to_hugo.py --site "$site" --out "$hugo_site"
  echo "$stamp" >"$data/stamp"
else
  say "reusing the corpus in $site ($practices practices)"
fi
cat "$data/corpus.txt"
# Both corpora read once before the timed builds: the machine's memory reclaimer evicts cold files, and a
# first build that reads 17,000 files from disk took 19 s longer in its load stage than the runs after it.
find "$site" "$hugo_site" -type f -exec cat {} + >/dev/null

# 4. Builds, alternating.
say "builds: $run_count runs each, alternating practica and hugo"
trash="$data/trash"
# Left by a run that stopped early: deleted, then given the half minute ext4 needs before it allocates quickly.
if [ -d "$trash" ]; then rm -rf "$trash"; sync; sleep 40; fi
mkdir -p "$trash"
set_aside() { if [ -e "$1" ]; then mv "$1" "$trash/$(basename "$1")-$RANDOM$RANDOM"; fi; sync; }
for i in $(seq 1 "$run_count"); do
  set_aside "$practica_out"
  /usr/bin/time -v -o "$logs/practica-$i.time" "$practica" build --site "$site" --output "$practica_out" \
    >"$logs/practica-$i.log" 2>&1 || { echo "practica build failed in run $i (see $logs/practica-$i.log):" >&2; tail -n 20 "$logs/practica-$i.log" >&2; }
  echo "run $i practica: $(grep -E 'Elapsed' "$logs/practica-$i.time" | awk '{print $NF}') wall (load $(cut -d' ' -f1 /proc/loadavg)), $(tail -n 1 "$logs/practica-$i.log")"
  set_aside "$hugo_out"
  (cd "$hugo_site" && /usr/bin/time -v -o "$logs/hugo-$i.time" hugo --destination "$hugo_out" >"$logs/hugo-$i.log" 2>&1) \
    || { echo "hugo build failed in run $i (see $logs/hugo-$i.log):" >&2; tail -n 20 "$logs/hugo-$i.log" >&2; }
  echo "run $i hugo:     $(grep -E 'Elapsed' "$logs/hugo-$i.time" | awk '{print $NF}') wall (load $(cut -d' ' -f1 /proc/loadavg)), $(find "$hugo_out" -name '*.html' | wc -l) HTML pages"
done
python3 bench/report.py builds --logs "$logs" --practica-out "$practica_out" --hugo-out "$hugo_out" | tee "$logs/builds.txt"

# 5. Pagefind over Hugo's output.
say "pagefind: $run_count runs over hugo's output"
for i in $(seq 1 "$run_count"); do
  set_aside "$hugo_out/pagefind"
  /usr/bin/time -v -o "$logs/pagefind-$i.time" "$pagefind" --site "$hugo_out" >"$logs/pagefind-$i.log" 2>&1 \
    || { echo "pagefind failed in run $i (see $logs/pagefind-$i.log)" >&2; tail -n 20 "$logs/pagefind-$i.log" >&2; exit 1; }
  echo "run $i pagefind: $(grep -E 'Elapsed' "$logs/pagefind-$i.time" | awk '{print $NF}') wall (load $(cut -d' ' -f1 /proc/loadavg))"
done
python3 bench/report.py pagefind --logs "$logs" --practica-out "$practica_out" --hugo-out "$hugo_out" | tee "$logs/pagefind.txt"

# 6. Bytes per search.
say "bytes per search: bench/queries.json in headless chromium"
"$venv/bin/python" bench/search_bench.py --practica "$practica_out" --pagefind "$hugo_out" \
  --json "$logs/search.json" --logs "$logs" | tee "$logs/search.txt"

# 7. Incremental: edit-to-page latency under `practica serve` (the edited card's page is served first, then the
#    incremental rebuild finishes), for title edits and body edits.
say "edit-to-page under practica serve: ${BENCH_EDITS:-3} title edits and ${BENCH_EDITS:-3} body edits of one card"
"$venv/bin/python" bench/edit_to_page.py "$practica" "$site" "${BENCH_EDITS:-3}" title,body | tee "$logs/edit-to-page.txt"

rm -rf "$trash"
say "done; full logs in $logs"
