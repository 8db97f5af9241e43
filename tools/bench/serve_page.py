#!/usr/bin/env python3
"""The dashboard's page speed in headless Chromium (issue 14): how long until the pair view
shows its verdict (first load, cold and warm server cache), and how long one as-of slider step
takes in the page (charts cut, senses' values and percentiles redrawn; the verdict for that day
then comes from the server, timed by tools/bench/serve.sh).

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
        req(S, method="DELETE")
finally:
    driver.terminate()
