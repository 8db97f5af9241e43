#!/usr/bin/env bash
# The watch's speed (issue 15): one cycle of a 100-pair watchlist with its data already in the
# store (imported from ../shared/data, so the refresh asks no service), the next day's cycle,
# a cycle with nothing new, and the replay of ETH/RUT since 2017 with the default rules.
# Whole-process times, median of RUNS (default 7). Usage: [RUNS=7] [CONFIG=release] tools/bench/watch.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${RUNS:-7}"
config="${CONFIG:-release}"
data="${DATA:-../shared/data}"
swift build -c "$config" --product decouple >/dev/null 2>&1
bin="$PWD/.build/$config/decouple"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
store="$work/bench.sqlite"

# Fourteen long daily histories: crypto (Yahoo, CoinGecko), US indices and ETFs.
declare -A files=(
  [ETH]=prices/ETH-USD.yahoo.csv [BTC]=prices/BTC-USD.yahoo.csv
  [ETHCG]=prices/ETH-USD.coingecko.csv [BTCCG]=prices/BTC-USD.coingecko.csv
  [RUT]=indices/RUT.ibkr.csv [SPX]=indices/SPX.ibkr.csv [IXIC]=indices/IXIC.ibkr.csv
  [IWM]=prices/IWM.yahoo.csv [SPY]=prices/SPY.yahoo.csv [QQQ]=prices/QQQ.yahoo.csv
  [ADA]=universe/crypto-coingecko/ADA-USD.coingecko.csv
  [BNB]=universe/crypto-coingecko/BNB-USD.coingecko.csv
  [LTC]=universe/crypto-coingecko/LTC-USD.coingecko.csv
  [XRP]=universe/crypto-coingecko/XRP-USD.coingecko.csv
)
for sym in "${!files[@]}"; do
  "$bin" import "$data/${files[$sym]}" --as "$sym" --store "$store" >/dev/null
done
symbols=(ETH BTC ETHCG BTCCG RUT SPX IXIC IWM SPY QQQ ADA BNB LTC XRP)
{
  echo "pairs:"
  n=0
  for a in "${symbols[@]}"; do
    for b in "${symbols[@]}"; do
      [[ "$a" == "$b" || $n -ge 100 ]] && continue
      echo "  - pair: $a/$b"
      n=$((n + 1))
    done
  done
} >"$work/watch.yaml"
echo "watchlist: $(grep -c 'pair:' "$work/watch.yaml") pairs, default rules (4 senses entering their extreme)"

# The clock: the end of 2026-05-29 (every series has data to then), then the next day.
day1=$(( $(date -u -d 2026-05-30 +%s) + 3600 ))
day2=$(( day1 + 86400 ))
median() { sort -n | awk '{a[NR]=$1} END {printf "min %.3f  median %.3f  max %.3f s (%d runs)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }
timed() { local s e; s=$(date +%s.%N); "$@" >/dev/null || true; e=$(date +%s.%N); echo "$e - $s" | bc; }

echo "== first cycle on a store with no watch state (fresh copy each run)"
for _ in $(seq "$runs"); do
  cp "$store" "$work/run.sqlite"
  DECOUPLE_NOW=$day1 timed "$bin" watch --once --watchlist "$work/watch.yaml" --store "$work/run.sqlite"
done | median
cp "$store" "$work/run.sqlite"
DECOUPLE_NOW=$day1 "$bin" watch --once --watchlist "$work/watch.yaml" --store "$work/run.sqlite" >"$work/first.txt" || true
head -1 "$work/first.txt"
echo "== the next day's cycle (one new closed day per pair)"
for _ in $(seq "$runs"); do
  cp "$work/run.sqlite" "$work/next.sqlite"
  DECOUPLE_NOW=$day2 timed "$bin" watch --once --watchlist "$work/watch.yaml" --store "$work/next.sqlite"
done | median
echo "== a cycle with nothing new (same day again)"
for _ in $(seq "$runs"); do
  DECOUPLE_NOW=$day1 timed "$bin" watch --once --watchlist "$work/watch.yaml" --store "$work/run.sqlite"
done | median

printf 'pairs:\n  - pair: ETH/RUT\n' >"$work/ethrut.yaml"
echo "== replay of ETH/RUT from 2017-01-01, default rules"
for _ in $(seq "$runs"); do
  DECOUPLE_NOW=$day1 timed "$bin" watch --replay 2017-01-01 --watchlist "$work/ethrut.yaml" --store "$work/run.sqlite"
done | median

# The rules that refit a model on the history up to each day they check: three runs each.
refits() {  # <pair> <window> <from> <rule lines> <label>
  local pair=$1 window=$2 from=$3 rule=$4 label=$5
  printf 'pairs:\n  - pair: %s\n    window: %s\n    rules:\n%s\n' "$pair" "$window" "$rule" >"$work/refit.yaml"
  for step in 5 20; do
    echo "== replay of $pair (window $window) from $from, $label rule refitted every $step observations"
    for _ in $(seq 3); do
      DECOUPLE_NOW=$day1 timed "$bin" watch --replay "$from" --refit-step "$step" --watchlist "$work/refit.yaml" --store "$work/run.sqlite"
    done | median
  done
}
refits BTC/QQQ 60 2018-01-01 '      - when: change-point' change-point
refits ETH/RUT 90 2017-01-01 '      - when: enters
        sense: dynamic-correlation' dynamic-correlation
