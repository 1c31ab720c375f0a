#!/usr/bin/env python3
"""Reads the `/usr/bin/time -v` files that bench/run.sh leaves and prints medians and ratios.

    python3 bench/report.py builds   --logs DIR --practica-out OUT --hugo-out OUT
    python3 bench/report.py pagefind --logs DIR --practica-out OUT --hugo-out OUT

`builds` reads DIR/practica-<i>.time and DIR/hugo-<i>.time (and practica's stage lines in
DIR/practica-<i>.log); `pagefind` reads DIR/pagefind-<i>.time. Standard library only.
"""
import argparse
import glob
import os
import re
import statistics


def parse_time(path):
    """wall seconds, cpu seconds (user + sys), max RSS bytes, exit status from `time -v` output."""
    text = open(path, encoding="utf-8", errors="replace").read()

    def field(name):
        match = re.search(re.escape(name) + r":\s*(.+)", text)
        return match.group(1).strip() if match else None

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    user = float(field("User time (seconds)"))
    system = float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) * 1024
    status = int(field("Exit status") or 0)
    return {"wall": wall, "cpu": user + system, "rss": rss, "status": status}


def runs(logs, name):
    files = sorted(glob.glob(os.path.join(logs, f"{name}-*.time")), key=lambda p: int(re.findall(r"-(\d+)\.time$", p)[0]))
    return [parse_time(p) for p in files]


def medians(items):
    return {key: statistics.median(item[key] for item in items) for key in ("wall", "cpu", "rss")}


def folder_bytes(path, exclude=()):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            if any(re.match(pattern, name) for pattern in exclude):
                continue
            total += os.path.getsize(os.path.join(root, name))
    return total


def count_files(path, suffix):
    return sum(1 for _, _, files in os.walk(path) for name in files if name.endswith(suffix))


def stage_line(log, stage):
    """A stage's wall time in ms, the process's peak RSS in MB after it, and its CPU time in ms
    (None where the line has none)."""
    text = open(log, encoding="utf-8", errors="replace").read()
    match = re.search(r"^\s+" + re.escape(stage) + r"\s+([\d.]+) ms(?:\s+cpu\s+([\d.]+) ms)?(?:\s+peak\s+(\d+) MB)?$",
                      text, re.M)
    if not match:
        return None, None, None
    cpu = float(match.group(2)) if match.group(2) else None
    return float(match.group(1)), (int(match.group(3)) if match.group(3) else None), cpu


def stage_ms(log, stage):
    return stage_line(log, stage)[0]


def mb(n):
    return f"{n / 1e6:,.1f} MB"


def builds(args):
    practica, hugo = runs(args.logs, "practica"), runs(args.logs, "hugo")
    for name, items in (("practica", practica), ("hugo", hugo)):
        failed = [i + 1 for i, r in enumerate(items) if r["status"] != 0]
        if failed:
            print(f"WARNING: {name} failed in run(s) {failed}; see {args.logs}/{name}-<n>.log")
    p, h = medians(practica), medians(hugo)
    p_pages = count_files(args.practica_out, ".html")
    h_pages = count_files(args.hugo_out, ".html")
    print(f"build: median of {len(practica)} practica and {len(hugo)} hugo runs, alternated")
    print(f"{'':24}{'practica':>14}{'hugo':>14}{'practica/hugo':>15}")
    print(f"{'wall time, s':<24}{p['wall']:>14.2f}{h['wall']:>14.2f}{p['wall'] / h['wall']:>15.2f}")
    print(f"{'CPU time (user+sys), s':<24}{p['cpu']:>14.2f}{h['cpu']:>14.2f}{p['cpu'] / h['cpu']:>15.2f}")
    print(f"{'peak RSS, MB':<24}{p['rss'] / 1e6:>14.0f}{h['rss'] / 1e6:>14.0f}{p['rss'] / h['rss']:>15.2f}")
    print(f"{'HTML pages written':<24}{p_pages:>14,}{h_pages:>14,}{p_pages / h_pages:>15.2f}")
    print(f"{'pages per second':<24}{p_pages / p['wall']:>14.0f}{h_pages / h['wall']:>14.0f}"
          f"{(p_pages / p['wall']) / (h_pages / h['wall']):>15.2f}")
    print(f"{'output size':<24}{mb(folder_bytes(args.practica_out)):>14}{mb(folder_bytes(args.hugo_out, (r'^pagefind$',))):>14}")
    print("  per run (wall s / cpu s / RSS MB):")
    for i, (a, b) in enumerate(zip(practica, hugo), 1):
        print(f"  run {i}: practica {a['wall']:.2f} / {a['cpu']:.2f} / {a['rss'] / 1e6:.0f}   hugo {b['wall']:.2f} / {b['cpu']:.2f} / {b['rss'] / 1e6:.0f}")
    stages, peaks, cpus = {}, {}, {}
    for log in sorted(glob.glob(os.path.join(args.logs, "practica-*.log"))):
        for stage in ("load", "read", "validate", "theme", "prepare", "render", "site files", "search", "copy files", "swap"):
            ms, peak, cpu = stage_line(log, stage)
            if ms is not None:
                stages.setdefault(stage, []).append(ms)
            if cpu is not None:
                cpus.setdefault(stage, []).append(cpu)
            if peak is not None:
                peaks.setdefault(stage, []).append(peak)
    if stages:
        print("  practica stages (median ms): " + ", ".join(f"{k} {statistics.median(v):,.0f}" for k, v in stages.items()))
    if cpus:
        print("  practica stages' CPU time (median ms): " + ", ".join(f"{k} {statistics.median(v):,.0f}" for k, v in cpus.items()))
    if peaks:
        print("  practica peak RSS after each stage (median MB): " + ", ".join(f"{k} {statistics.median(v):,.0f}" for k, v in peaks.items()))


PAGEFIND_UI = (r"^pagefind-(component-|modular-)?ui\.(js|css)$", r"^pagefind-highlight\.js$")


def pagefind(args):
    items = runs(args.logs, "pagefind")
    pf = medians(items)
    hugo = medians(runs(args.logs, "hugo"))
    practica = medians(runs(args.logs, "practica"))
    folder = os.path.join(args.hugo_out, "pagefind")
    total = folder_bytes(folder)
    without_ui = folder_bytes(folder, PAGEFIND_UI)
    files = sum(len(f) for _, _, f in os.walk(folder))
    search = os.path.join(args.practica_out, "search")
    p_index = folder_bytes(search)
    p_files = sum(len(f) for _, _, f in os.walk(search))
    p_code = folder_bytes(os.path.join(args.practica_out, "assets", "js", "search")) + \
        folder_bytes(os.path.join(args.practica_out, "assets", "js", "analysis"))
    search_ms = [stage_ms(log, "search") for log in sorted(glob.glob(os.path.join(args.logs, "practica-*.log")))]
    search_ms = [ms for ms in search_ms if ms is not None]
    print(f"pagefind over hugo's output: median of {len(items)} runs")
    print(f"  wall {pf['wall']:.2f} s, CPU {pf['cpu']:.2f} s, peak RSS {pf['rss'] / 1e6:.0f} MB")
    print(f"  index: {total:,} bytes in {files:,} files ({without_ui:,} bytes without the UI bundles)")
    print(f"practica's search index: {p_index:,} bytes in {p_files:,} files (search/), "
          f"plus {p_code:,} bytes of engine code (assets/js/search, assets/js/analysis)")
    print(f"  index size practica/pagefind: {p_index / without_ui:.2f} (against pagefind without UI bundles), "
          f"{p_index / total:.2f} (against all of pagefind/)")
    if search_ms:
        share = statistics.median(search_ms) / 1000 / practica["wall"]
        print(f"  practica's search stage: median {statistics.median(search_ms) / 1000:.2f} s, {share:.0%} of its build's wall time")
    both = hugo["wall"] + pf["wall"]
    print(f"hugo + pagefind wall {both:.2f} s (CPU {hugo['cpu'] + pf['cpu']:.2f} s) against practica {practica['wall']:.2f} s "
          f"(CPU {practica['cpu']:.2f} s): ratio practica/(hugo+pagefind) wall {practica['wall'] / both:.2f}, "
          f"CPU {practica['cpu'] / (hugo['cpu'] + pf['cpu']):.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("builds", "pagefind"))
    parser.add_argument("--logs", required=True)
    parser.add_argument("--practica-out", required=True)
    parser.add_argument("--hugo-out", required=True)
    args = parser.parse_args()
    builds(args) if args.what == "builds" else pagefind(args)


if __name__ == "__main__":
    main()
