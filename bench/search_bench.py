#!/usr/bin/env python3
"""Bytes per search: Practica's search index against Pagefind, in headless Chromium.

    python bench/search_bench.py --practica OUT --pagefind HUGO_OUT [--queries bench/queries.json]
                                 [--json FILE]

Serves each output folder with `python3 -m http.server` on 127.0.0.1 (a free port each) and, for
every query of queries.json, starts a fresh headless Chromium (new profile, cache disabled
through CDP), opens a blank page of the query's language on that origin and runs the search:

- Practica: `SearchIndex.load('/search/', lang)` then `.search({query, limit: 10, counts: false})`
  from /assets/js/search/engine.js (its results carry what a result list shows). Without facet
  counts, as Pagefind's search returns none until `pagefind.filters()` has loaded every filter.
- Pagefind: `pagefind.search(query)` from /pagefind/pagefind.js, then `data()` of the first
  10 results (a result list needs them), as its own UI does.

The bytes of a query are the bodies of every file the server sent from the moment the blank
page had loaded until the search returned, read from the server's request log and the files'
sizes (Pagefind fetches from a worker, which the page's resource timing does not see). Also
given: the same with each file gzip-compressed (level 6; files already gzipped count as they
are), as a host that compresses responses would send them, and the share that is code (.js,
.wasm). A query "finds its answer" when the expected practice is among the first 10 results.
Prints a table per query and the medians; --json writes everything.
"""
import argparse
import gzip
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "he", "ru", "bg"]

PRACTICA_JS = """
const [query, lang, done] = arguments;
(async () => {
  const t0 = performance.now();
  const { SearchIndex } = await import('/assets/js/search/engine.js');
  const index = await SearchIndex.load('/search/', lang);
  const response = await index.search({ query, limit: 10, counts: false });
  const ms = performance.now() - t0;
  // Once its files are cached, what a keystroke costs: the same search again (no new file, so no new bytes).
  const t1 = performance.now();
  await index.search({ query, limit: 10, counts: false });
  return { ids: response.results.map((r) => r.id), titles: response.results.map((r) => r.title),
           total: response.total, ms, warmMs: performance.now() - t1, engineBytes: index.bytesLoaded };
})().then(done, (e) => done({ error: String((e && e.stack) || e) }));
"""

PAGEFIND_JS = """
const [query, lang, done] = arguments;
(async () => {
  const t0 = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return { urls: data.map((d) => d.url), titles: data.map((d) => d.meta && d.meta.title),
           total: search.results.length, ms: performance.now() - t0 };
})().then(done, (e) => done({ error: String((e && e.stack) || e) }));
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`python3 -m http.server` on 127.0.0.1, its request log in a file."""

    def __init__(self, root, log_path):
        self.root = os.path.abspath(root)
        self.port = free_port()
        self.log_path = log_path
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-m", "http.server", "--bind", "127.0.0.1", "--directory", self.root, str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"the server for {root} did not start")

    def offset(self):
        self.log.flush()
        return os.path.getsize(self.log_path)

    def requests(self, start, end):
        """(path, status) of the requests logged between two offsets."""
        with open(self.log_path, "rb") as f:
            f.seek(start)
            text = f.read(end - start).decode("utf-8", "replace")
        out = []
        for line in text.splitlines():
            try:
                request = line.split('"')[1]
                status = line.split('"')[2].split()[0]
                method, path, _ = request.split(" ")
            except (IndexError, ValueError):
                continue
            if method == "GET":
                out.append((path, int(status)))
        return out

    def file_of(self, path):
        local = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        full = os.path.normpath(os.path.join(self.root, local.lstrip("/")))
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        return full

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


_gzip_sizes = {}


def sizes(path):
    """(bytes on disk, bytes gzip-compressed unless already gzip)."""
    if path not in _gzip_sizes:
        with open(path, "rb") as f:
            data = f.read()
        packed = len(data) if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 6))
        _gzip_sizes[path] = (len(data), packed)
    return _gzip_sizes[path]


def chromium():
    options = Options()
    options.binary_location = os.environ.get("BENCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or ""
    driver_path = os.environ.get("BENCH_CHROMEDRIVER") or shutil.which("chromedriver")
    if not options.binary_location or not driver_path:
        raise SystemExit("chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)")
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--disable-extensions", "--no-first-run", "--disable-background-networking",
                     f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_script_timeout(120)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver, profile


def write_blank_pages(root):
    for lang in LANGS:
        direction = "rtl" if lang == "he" else "ltr"
        with open(os.path.join(root, f"__bench-{lang}.html"), "w", encoding="utf-8") as f:
            f.write(f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>\n')


def run_query(server, script, query):
    driver, profile = chromium()
    try:
        driver.get(f"{server.base}/__bench-{query['lang']}.html")
        time.sleep(0.2)
        start = server.offset()
        result = driver.execute_async_script(script, query["query"], query["lang"])
        time.sleep(0.3)
        end = server.offset()
    finally:
        driver.quit()
        subprocess.run(["rm", "-rf", profile], check=False)
    raw = packed = code = code_packed = 0
    files = 0
    loaded = []
    for path, status in server.requests(start, end):
        if status != 200:
            continue
        local = server.file_of(path)
        a, b = sizes(local)
        raw += a
        packed += b
        files += 1
        loaded.append([path, a, b])
        if local.endswith((".js", ".wasm")) or os.path.basename(local).startswith("wasm."):
            code += a
            code_packed += b
    result = result or {"error": "no result"}
    result.update({"bytes": raw, "gzip_bytes": packed, "code_bytes": code, "code_gzip_bytes": code_packed, "files": files,
                   "loaded": loaded})
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--practica", required=True, help="practica build output")
    parser.add_argument("--pagefind", required=True, help="hugo output with pagefind/ in it")
    parser.add_argument("--queries", default=os.path.join(HERE, "queries.json"))
    parser.add_argument("--json", help="write the per-query results here")
    parser.add_argument("--logs", default=tempfile.gettempdir(), help="folder for the servers' request logs")
    args = parser.parse_args()

    queries = json.load(open(args.queries, encoding="utf-8"))["queries"]
    write_blank_pages(args.practica)
    write_blank_pages(args.pagefind)
    servers = {}
    rows = []
    try:
        servers["practica"] = Server(args.practica, os.path.join(args.logs, "bench-server-practica.log"))
        servers["pagefind"] = Server(args.pagefind, os.path.join(args.logs, "bench-server-pagefind.log"))
        for q in queries:
            row = {"lang": q["lang"], "query": q["query"], "expect": q["expect"], "kind": q.get("kind", "")}
            p = run_query(servers["practica"], PRACTICA_JS, q)
            p["found"] = q["expect"] in p.get("ids", [])
            f = run_query(servers["pagefind"], PAGEFIND_JS, q)
            f["found"] = any(f"/practices/{q['expect']}/" in (u or "") for u in f.get("urls", []))
            row["practica"], row["pagefind"] = p, f
            rows.append(row)
            for name, r in (("practica", p), ("pagefind", f)):
                if "error" in r:
                    print(f"  {name} error on {q['query']!r}: {r['error']}", file=sys.stderr)
            print(f"{q['lang']}  {q['query'][:28]:<28}  practica {p['bytes']:>9,} B {('found' if p['found'] else 'MISSED'):<6}"
                  f"  pagefind {f['bytes']:>9,} B {('found' if f['found'] else 'MISSED'):<6}", flush=True)
    finally:
        for server in servers.values():
            server.stop()
        for root in (args.practica, args.pagefind):
            for lang in LANGS:
                try:
                    os.remove(os.path.join(root, f"__bench-{lang}.html"))
                except OSError:
                    pass

    def med(engine, key):
        return statistics.median(r[engine][key] for r in rows)

    print()
    print("bytes per search (median over %d queries; cold: fresh browser, cache disabled)" % len(rows))
    print(f"{'':28}{'practica':>14}{'pagefind':>14}{'ratio p/pf':>12}")
    for key, label in (("bytes", "as served (no compression)"), ("gzip_bytes", "gzip-compressed"),
                       ("code_bytes", "of which code (js/wasm)"), ("files", "files fetched")):
        a, b = med("practica", key), med("pagefind", key)
        print(f"{label:<28}{a:>14,.0f}{b:>14,.0f}{(a / b if b else float('nan')):>12.2f}")
    for key, code in (("bytes", "code_bytes"), ("gzip_bytes", "code_gzip_bytes")):
        a = statistics.median(r["practica"][key] - r["practica"][code] for r in rows)
        b = statistics.median(r["pagefind"][key] - r["pagefind"][code] for r in rows)
        label = "index data only" + (" (gzip)" if key == "gzip_bytes" else "")
        print(f"{label:<28}{a:>14,.0f}{b:>14,.0f}{(a / b if b else float('nan')):>12.2f}")
    a, b = med("practica", "ms"), med("pagefind", "ms")
    print(f"{'time to results, ms (local)':<28}{a:>14,.0f}{b:>14,.0f}{a / b:>12.2f}")
    warm = [r["practica"]["warmMs"] for r in rows if "warmMs" in r["practica"]]
    if warm:
        print(f"{'practica, shards cached, ms':<28}{statistics.median(warm):>14,.1f}   (max {max(warm):.1f}; the search page adds a 60 ms pause after a keystroke)")
    print()
    print("answers found (expected practice in the top 10)")
    for lang in LANGS + ["all"]:
        subset = [r for r in rows if lang == "all" or r["lang"] == lang]
        if not subset:
            continue
        a = sum(r["practica"]["found"] for r in subset)
        b = sum(r["pagefind"]["found"] for r in subset)
        print(f"  {lang:<4} practica {a:>2}/{len(subset)}   pagefind {b:>2}/{len(subset)}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
