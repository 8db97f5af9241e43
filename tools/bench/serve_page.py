#!/usr/bin/env python3
"""The dashboard's page speed in headless Chromium (issue 14): how long until the pair view
shows its verdict (first load, cold and warm server cache), and how long one as-of slider step
takes in the page (charts cut, senses' values and percentiles redrawn), and, end to end, how
long until the verdict of the new day shows after a one-day step and after a jump.

Start the server first (release build):
  .build/release/decouple serve --port 8770 --rate-limit 0 --store /tmp/none.sqlite &
  python3 tools/bench/serve_page.py --port 8770
Needs chromium and chromedriver (Debian: chromium, chromium-driver); standard library only."""
import argparse, json, statistics, subprocess, tempfile, time, urllib.request

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, default=8770)
p.add_argument("--driver-port", type=int, default=45199)
args = p.parse_args()
driver = subprocess.Popen(["chromedriver", f"--port={args.driver_port}"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
B = f"http://127.0.0.1:{args.driver_port}"
time.sleep(1.5)


def req(path, method="POST", body=None):
    data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
    r = urllib.request.Request(B + path, data=data, method=method,
                               headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(r))["value"]


def js(session, script):
    return req(session + "/execute/sync", body={"script": script, "args": []})


try:
    for run in range(4):
        profile = tempfile.mkdtemp()
        sid = req("/session", body={"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": [
                "--headless=new", "--no-sandbox", "--window-size=1280,2000",
                f"--user-data-dir={profile}"]}}}})["sessionId"]
        S = "/session/" + sid
        window = 90 + run if run < 2 else 90  # runs 0-1: a view the server has not computed
        req(S + "/url", body={"url": f"http://127.0.0.1:{args.port}/?a=ETH&b=RUT&window={window}"})
        for _ in range(600):
            if js(S, "return document.body.dataset.verdictAtMs !== undefined"):
                break
            time.sleep(0.05)
        shown = js(S, "return +document.body.dataset.verdictAtMs")
        steps = js(S, """const s = document.getElementById('asof'); const out = [];
          for (let k = 0; k < 20; k++) { const t = performance.now();
            s.value = String(+s.max - 30 * (k + 1)); s.dispatchEvent(new Event('input'));
            out.push(performance.now() - t); } return out;""")
        kind = "cold" if run < 2 else "warm"
        print(f"{kind} cache: verdict shown {shown} ms after navigation; slider step in the page "
              f"median {statistics.median(steps):.1f} ms, max {max(steps):.1f} ms (20 steps)")
        # End to end: from the slider's input event until the verdict of the new day shows.
        # A step of one day after the slider has rested for 1 s (the days either side are
        # fetched ahead by then), and a jump to a day not asked for before (a new analysis).
        if run >= 2:
            for label, delta in (("one-day step", 1), ("jump of 37 days", 37)):
                times = []
                for k in range(10):
                    time.sleep(1.0)
                    times.append(req(S + "/execute/async", body={"script": f"""
                      const done = arguments[arguments.length - 1];
                      const s = document.getElementById('asof');
                      const i = +s.value - {delta}; s.value = String(i);
                      const t = performance.now();
                      s.dispatchEvent(new Event('input'));
                      const want = document.getElementById('asof-label').textContent;
                      (function wait() {{
                        if (document.body.dataset.asOf === want) done(performance.now() - t);
                        else setTimeout(wait, 1);
                      }})();""", "args": []}))
                print(f"  as-of verdict, {label}: median {statistics.median(times):.1f} ms, "
                      f"min {min(times):.1f}, max {max(times):.1f} (10 steps, end to end)")
        req(S, method="DELETE")
finally:
    driver.terminate()
