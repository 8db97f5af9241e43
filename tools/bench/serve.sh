#!/usr/bin/env bash
# The dashboard's speed (issue 14): warm pair-view API latency at 50 concurrent clients (wrk),
# the cold as-of step (one analysis as of an earlier day), and the API's answer sizes.
# Needs wrk (Debian: wrk) and curl. Usage: [CONFIG=debug] tools/bench/serve.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
# CONFIG=debug times the debug build that `swift run` uses (default: release).
config="${CONFIG:-release}"
swift build -c "$config" --product decouple >/dev/null
store="$(mktemp -d)/bench.sqlite"   # no store: the embedded dataset only
port=8790
".build/$config/decouple" serve --port "$port" --rate-limit 0 --store "$store" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1.5
url="http://127.0.0.1:$port/api/v1/analyze?a=ETH&b=RUT"

echo "== first (cold) answer, then a cached one"
curl -s -o /dev/null -w "cold  %{time_total} s, %{size_download} bytes\n" "$url"
curl -s -o /dev/null -w "plain %{time_total} s, %{size_download} bytes\n" "$url"
curl -s -o /dev/null -H "Accept-Encoding: gzip" \
  -w "gzip  %{time_total} s, %{size_download} bytes\n" "$url"

echo "== warm, 50 clients, as a browser asks (gzip)"
wrk -t2 -c50 -d"${seconds}s" --latency -H "Accept-Encoding: gzip" "$url" | sed -n '/Latency Distribution/,/Requests\/sec/p'
echo "== warm, 50 clients, without compression"
wrk -t2 -c50 -d"${seconds}s" --latency "$url" | sed -n '/Latency Distribution/,/Requests\/sec/p'

# As the page asks when the slider moves: the verdict alone (no-series), for a day not computed
# before. ETH/RUT includes the driver attribution; BTC/RUT has none.
for pair in "a=ETH&b=RUT" "a=BTC&b=RUT"; do
  echo "== cold as-of steps, $pair: the analysis as of 12 earlier days (seconds)"
  for d in 2019-03-01 2020-03-16 2020-11-02 2021-05-19 2021-11-10 2022-06-13 2023-03-10 \
    2024-01-11 2024-07-23 2025-04-07 2025-11-03 2026-02-20; do
    curl -s -o /dev/null -H "Accept-Encoding: gzip" -w "%{time_total}\n" \
      "http://127.0.0.1:$port/api/v1/analyze?$pair&no-series=true&to=$d"
  done | sort -n | awk '{a[NR]=$1} END {printf "min %.3f  median %.3f  max %.3f\n", a[1], (a[6]+a[7])/2, a[NR]}'
done
