#!/usr/bin/env python3
"""Edit-to-page latency under `practica serve`: how long after a card is saved the served page shows the edit.

Usage: edit_to_page.py PRACTICA SITE [EDITS]. It starts `practica serve --port 0`-like on a free loopback port,
waits for the first build, then edits one card's title EDITS times (default 3), each time polling the served
page until the new title appears, and prints each latency and the median. The card is restored at the end.
Only 127.0.0.1 is contacted.
"""
import glob
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except Exception:
        return ""


def wait_until(predicate, limit):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.02)
    raise TimeoutError(f"not within {limit} s")


def main():
    practica, site = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    card = sorted(glob.glob(os.path.join(site, "content/practices/*/en.md")))[0]
    card_id = card.split(os.sep)[-2]
    original = open(card, encoding="utf-8").read()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([practica, "serve", "--site", site, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = wait_until(lambda: json.loads(fetch(f"{base}/__practica/status") or "{}").get("served") is not None, 1800)
        print(f"first build served after {first:.1f} s")
        page = f"{base}/en/practices/{card_id}/"
        times = []
        for number in range(1, edits + 1):
            marker = f"Edited {number} {time.time_ns()}"
            edited = re.sub(r"^title: .*$", f"title: {marker}", original, count=1, flags=re.M)
            with open(card, "w", encoding="utf-8") as handle:
                handle.write(edited)
            saved = time.monotonic()
            wait_until(lambda: marker in fetch(page), 1800)
            times.append(time.monotonic() - saved)
            print(f"edit {number}: {times[-1] * 1000:,.0f} ms")
        print(f"edit-to-page median over {len(times)} edits: {statistics.median(times) * 1000:,.0f} ms")
    finally:
        with open(card, "w", encoding="utf-8") as handle:
            handle.write(original)
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
