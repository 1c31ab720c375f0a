#!/usr/bin/env python3
"""Edit-to-page latency under `practica serve`: how long after a card is saved the served page shows the edit.

Usage: edit_to_page.py PRACTICA SITE [EDITS] [title,body]. It starts `practica serve` on a free loopback port, waits
for the first build, then edits one card's title EDITS times (default 3), and then, when asked, adds a paragraph to
its body EDITS times. For each edit it prints two times: until the
served page shows the new title (the server serves an edited card's page as soon as it is rendered, before the
rest of the rebuild), and until the rebuild has
finished and open tabs are told to reload (the build id in /__practica/status changes); then how many pages the
rebuild rendered and how long each stage took, from the status. Medians at the end. The card is restored at the
end. Only 127.0.0.1 is contacted.
"""
import glob
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

# Output is read through a pipe by bench/run.sh: print each line as it comes, not at the end.
sys.stdout.reconfigure(line_buffering=True)


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


def status(base):
    return json.loads(fetch(f"{base}/__practica/status") or "{}")


def wait_until(predicate, limit):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.02)
    raise TimeoutError(f"not within {limit} s")


def collect(stream, lines):
    """Keeps the server's log lines, so that its own account of each rebuild can be printed."""
    for line in stream:
        lines.append(line.rstrip("\n"))


def describe(state):
    rendered, skipped = state.get("pagesRendered", 0), state.get("pagesSkipped", 0)
    stages = ", ".join(f"{s['stage']} {s['milliseconds']:,}" for s in state.get("stages", []))
    return f"{rendered:,} of {rendered + skipped:,} pages re-rendered; stages (ms): {stages}"


def edit(card, original, number, base, page, what):
    """One edit: returns (seconds until the page shows it, seconds until the rebuild is done, status)."""
    before = status(base).get("served")
    marker = f"Edited {number} {time.time_ns()}"
    if what == "body":
        edited = original.rstrip("\n") + f"\n\n{marker}\n"
    else:
        edited = re.sub(r"^title: .*$", f"title: {marker}", original, count=1, flags=re.M)
    with open(card, "w", encoding="utf-8") as handle:
        handle.write(edited)
    saved = time.monotonic()
    wait_until(lambda: marker in fetch(page), 1800)
    shown = time.monotonic() - saved
    wait_until(lambda: status(base).get("served") not in (None, before), 1800)
    return shown, time.monotonic() - saved, status(base)


def restore(card, original, base):
    """Puts the card back and waits for that rebuild, so that each kind of edit starts from the original."""
    if open(card, encoding="utf-8").read() == original:
        return
    before = status(base).get("served")
    with open(card, "w", encoding="utf-8") as handle:
        handle.write(original)
    wait_until(lambda: status(base).get("served") not in (None, before), 1800)


def main():
    practica, site = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    kinds = (sys.argv[4] if len(sys.argv) > 4 else "title").split(",")
    card = sorted(glob.glob(os.path.join(site, "content/practices/*/en.md")))[0]
    card_id = card.split(os.sep)[-2]
    original = open(card, encoding="utf-8").read()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    lines = []
    server = subprocess.Popen([practica, "serve", "--site", site, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    threading.Thread(target=collect, args=(server.stderr, lines), daemon=True).start()
    try:
        first = wait_until(lambda: status(base).get("served") is not None, 3600)
        print(f"first build served after {first:.1f} s ({describe(status(base))})")
        page = f"{base}/en/practices/{card_id}/"
        for what in kinds:
            restore(card, original, base)
            shown_times, done_times = [], []
            for number in range(1, edits + 1):
                shown, done, state = edit(card, original, number, base, page, what)
                shown_times.append(shown)
                done_times.append(done)
                print(f"{what} edit {number}: page shows it after {shown * 1000:,.0f} ms, rebuild done after {done * 1000:,.0f} ms; {describe(state)}")
            print(f"median over {edits} {what} edits: page shows it after {statistics.median(shown_times) * 1000:,.0f} ms, "
                  f"rebuild done after {statistics.median(done_times) * 1000:,.0f} ms")
        print("server log:\n  " + "\n  ".join(line for line in lines if "rebuilt" in line or "built" in line))
    finally:
        with open(card, "w", encoding="utf-8") as handle:
            handle.write(original)
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            # Stopping waits for a running rebuild; a full one at scale can take minutes.
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
