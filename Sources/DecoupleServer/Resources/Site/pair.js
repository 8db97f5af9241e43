// The pair view: pickers, the as-of slider, the verdict, the senses table and the synced charts.
"use strict";
(() => {
  const { api, fmt, el, state } = Decouple;
  const $ = (id) => document.getElementById(id);
  const colors = { a: "#0072b2", b: "#e69f00" };
  const senseNames = {
    correlation: "Correlation", gap: "Performance gap", residualDrift: "Residual drift",
    beta: "Beta", dccCorrelation: "Dynamic correlation (DCC)", cointegration: "Long-run relation",
    changePoint: "Change in the relation",
  };

  let full = null;        // the analysis without an as-of day: every row, for the slider
  let band = new Map();   // date → {lower, upper} of the correlation's Fisher-z band
  let events = [];        // embedded events
  let pairCharts = null;  // the time charts (charts.js)
  let asOfIndex = -1;

  // ---------- controls ----------
  const params = () => ({
    a: $("a").value.trim().toUpperCase(), b: $("b").value.trim().toUpperCase(),
    window: $("window").value, returns: $("returns").value, frequency: $("frequency").value,
  });

  function initControls() {
    $("a").value = state.get("a", "ETH");
    $("b").value = state.get("b", "RUT");
    $("window").value = state.get("window", "90");
    $("returns").value = state.get("returns", "log");
    $("frequency").value = state.get("frequency", "daily");
    $("controls").addEventListener("submit", (e) => { e.preventDefault(); load(); });
    $("asof").addEventListener("input", () => moveAsOf(+$("asof").value));
    $("asof").addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow")) moveAsOf(+$("asof").value); });
    $("asof-latest").addEventListener("click", () => { $("asof").value = $("asof").max; moveAsOf(+$("asof").max); });
    $("event-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const mine = userEvents();
      mine.push({ date: $("event-date").value, label: $("event-label").value.trim() });
      localStorage.setItem("decouple.events", JSON.stringify(mine));
      $("event-label").value = "";
      pairCharts?.applyMarkers();
    });
    $("event-clear").addEventListener("click", () => { localStorage.removeItem("decouple.events"); pairCharts?.applyMarkers(); });
    Decouple.fillSymbols($("symbols"));
  }

  function userEvents() {
    try { return JSON.parse(localStorage.getItem("decouple.events") ?? "[]").filter((e) => e.date && e.label); }
    catch { return []; }
  }

  // ---------- loading ----------
  async function load() {
    const p = params();
    state.set({ ...p, asOf: null });
    Decouple.showError($("error"), null);
    $("verdict").classList.add("busy");
    try {
      const [doc, corr, ev] = await Promise.all([
        api("analyze", p),
        api("corr", p).catch(() => null),
        events.length ? Promise.resolve({ events }) : api("events").catch(() => ({ events: [] })),
      ]);
      full = doc;
      verdicts.clear();
      events = ev.events;
      band = new Map((corr?.series ?? []).map((r) => [r.date, r]));
      buildCharts();
      const slider = $("asof");
      slider.max = String(full.series.length - 1);
      const wanted = state.get("asOf", null);
      const i = wanted ? full.series.findIndex((r) => r.date >= wanted) : -1;
      slider.value = String(i >= 0 ? i : full.series.length - 1);
      asOfIndex = -1;
      moveAsOf(+slider.value, wanted ? undefined : doc);
      pairCharts.fit();
    } catch (e) {
      Decouple.showError($("error"), e);
      $("headline").textContent = "No answer for this pair.";
      $("verdict-note").textContent = "";
    } finally {
      $("verdict").classList.remove("busy");
    }
  }

  // ---------- the as-of day ----------
  /** Shows the pair as it stood on row `i`: charts cut there, the senses' values and
   *  percentiles from that row at once, then the verdict computed by the server as of that day
   *  (nothing after it is used). */
  function moveAsOf(i, known) {
    if (!full || i === asOfIndex && !known) return;
    asOfIndex = i;
    const row = full.series[i];
    if (known) verdicts.set(verdictKey(i), known);
    const cached = verdicts.get(verdictKey(i));
    // The verdict is asked for first: the server computes it while the page redraws.
    if (!cached) {
      $("verdict").classList.add("busy");
      wantedIndex = i;
      if (!inFlight) pump();
    }
    $("asof-label").textContent = row.date;
    setChartData(i);
    fillSenses(row, null);
    const latest = i === full.series.length - 1;
    state.set({ asOf: latest ? null : row.date });
    if (cached) {
      showVerdict(cached);
      if (!known) prefetchAround(i);
    }
  }

  // One request at a time; while it runs the slider may move on, and the newest day is asked
  // for next (days passed over in between are skipped). Answers are kept by day, and once the
  // slider rests the days either side are fetched ahead, so an arrow-key step shows at once.
  const verdicts = new Map();  // verdictKey → the analysis without rows
  let wantedIndex = null;
  let inFlight = false;
  const verdictKey = (i) => `${JSON.stringify(params())}|${full.series[i].date}`;

  async function fetchVerdict(i) {
    const key = verdictKey(i);
    if (verdicts.has(key)) return verdicts.get(key);
    const latest = i === full.series.length - 1;
    // The rows are here already: the verdict alone is asked for (a fraction of the bytes).
    const doc = await api("analyze", { ...params(), to: latest ? null : full.series[i].date, "no-series": true });
    if (verdicts.size > 400) verdicts.delete(verdicts.keys().next().value);
    verdicts.set(key, doc);
    return doc;
  }

  async function pump() {
    inFlight = true;
    while (wantedIndex !== null) {
      const i = wantedIndex;
      wantedIndex = null;
      try {
        const doc = await fetchVerdict(i);
        if (i === asOfIndex) showVerdict(doc);
      } catch (e) {
        if (i === asOfIndex) Decouple.showError($("error"), e);
      }
    }
    inFlight = false;
    prefetchAround(asOfIndex);
  }

  function prefetchAround(i) {
    clearTimeout(prefetchAround.timer);
    prefetchAround.timer = setTimeout(async () => {
      for (const j of [i + 1, i - 1]) {
        if (j < 0 || j >= full.series.length || asOfIndex !== i || inFlight) return;
        try { await fetchVerdict(j); } catch { return; }
      }
    }, 150);
  }

  function showVerdict(doc) {
    $("verdict").classList.remove("busy");
    Decouple.showError($("error"), null);
    $("headline").textContent = doc.verdict.headline;
    const n = doc.observations;
    $("verdict-note").textContent =
      `As of ${doc.asOf}: ${doc.window}-${doc.frequency === "weekly" ? "week" : "day"} window of ` +
      `${doc.returns} returns, ranked against ${n.toLocaleString("en-US")} observations since ${doc.historyStart}.`;
    const row = full.series.find((r) => r.date === doc.asOf) ?? full.series[asOfIndex];
    fillSenses(row, doc);
    document.body.dataset.asOf = doc.asOf;
    // When the verdict showed, in ms since the page began loading (read by the speed check).
    document.body.dataset.verdictAtMs = String(Math.round(performance.now()));
  }

  /** The senses table: values and percentiles from `row`; holds and evidence from `doc` when
   *  the server's answer for that day is in. */
  function fillSenses(row, doc) {
    const body = $("senses").tBodies[0];
    const findings = new Map((doc?.verdict.findings ?? []).map((f) => [f.measure, f]));
    const senses = new Map((doc?.senses ?? []).map((s) => [s.name, s]));
    // Whether a sense holds, as the server says (null: does not apply; "not called": too
    // little history, or the same series).
    const holds = (name) => {
      const s = senses.get(name);
      return s?.notCalled ? "not called" : s?.holds;
    };
    const rows = [];
    for (const m of ["correlation", "gap", "residualDrift", "beta"]) {
      const value = row[m];
      const shown = m === "gap" || m === "residualDrift" ? `${fmt.num(value * 100, 1)} pts` : fmt.num(value);
      const f = findings.get(m);
      rows.push(senseRow(m, shown, fmt.pct(row[m + "Percentile"]), doc ? holds(m) : undefined,
        f?.sentence ?? ""));
    }
    if (doc) {
      for (const s of doc.senses.filter((s) => !["correlation", "gap", "residualDrift", "beta"].includes(s.name))) {
        let now = "–", pct = "–", evidence = "";
        if (s.name === "dccCorrelation" && doc.dcc) { now = fmt.num(doc.dcc.current); pct = fmt.pct(doc.dcc.percentile); }
        if (s.name === "cointegration") evidence = doc.longRun?.sentence ?? "Too little history before the window to test.";
        if (s.name === "changePoint" && doc.relationshipBreaks) {
          const c = doc.relationshipBreaks.changes;
          evidence = c.length ? `Latest change in the relation: ${c[c.length - 1]}.` : "No change in the relation found.";
        }
        rows.push(senseRow(s.name, now, pct, holds(s.name), evidence));
      }
    }
    body.replaceChildren(...rows);
  }

  function senseRow(name, now, pct, holds, evidence) {
    const answer = holds === undefined ? "…" : holds === null ? "n/a"
      : typeof holds === "string" ? holds : holds ? "yes" : "no";
    const tr = el("tr", { "data-sense": name },
      el("td", { text: senseNames[name] ?? name }), el("td", { class: "num", text: now }),
      el("td", { class: "num", text: pct }),
      el("td", { class: answer === "yes" ? "yes" : "", text: answer }),
      el("td", { class: "wide note", text: evidence }));
    if (holds === true) tr.classList.add("holds");
    return tr;
  }

  // ---------- charts ----------
  function buildCharts() {
    pairCharts?.remove();
    $("charts").replaceChildren();
    pairCharts = Decouple.pairCharts({
      full, band, events, userEvents,
      mount: (spec, card) => $("charts").append(card),
      svg: (spec) => `/api/v1/chart?${new URLSearchParams({ kind: spec.name, ...params() })}`,
    });
    $("charts").append(el("section", { class: "card", "data-chart": "scatter" },
      el("h2", { text: "Daily returns: this window against the one before" }),
      el("div", { id: "scatter" }), el("div", { class: "readout", id: "readout-scatter" })));
  }

  /** Cuts the charts at row `i` (nothing after the as-of day is drawn). */
  function setChartData(i) {
    pairCharts.setAsOf(i);
    drawScatter(full.series.slice(0, i + 1));
  }

  // ---------- scatter ----------
  function drawScatter(rows) {
    const n = +full.window;
    const now = rows.slice(-n), before = rows.slice(-2 * n, -n);
    const box = $("scatter");
    const NS = "http://www.w3.org/2000/svg";
    const W = 520, H = 260, P = 34;
    const all = [...now, ...before].filter((r) => Number.isFinite(r.returnA) && Number.isFinite(r.returnB));
    if (all.length < 3) { box.replaceChildren(el("p", { class: "note", text: "Too few returns to draw." })); return; }
    const ext = (k) => Math.max(...all.map((r) => Math.abs(r[k]))) * 1.05 || 1;
    const xa = ext("returnB"), ya = ext("returnA");
    const X = (v) => P + (v + xa) / (2 * xa) * (W - 2 * P), Y = (v) => H - P - (v + ya) / (2 * ya) * (H - 2 * P);
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.setAttribute("class", "scatter");
    svg.setAttribute("role", "img");
    const add = (tag, attrs) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); svg.append(e); return e; };
    add("line", { x1: X(0), x2: X(0), y1: P / 2, y2: H - P, stroke: "#d9dee4" });
    add("line", { x1: P, x2: W - P / 2, y1: Y(0), y2: Y(0), stroke: "#d9dee4" });
    const periods = [[before, colors.b, rows[rows.length - n - 1]], [now, colors.a, rows[rows.length - 1]]];
    for (const [set, color, end] of periods) {
      for (const r of set) add("circle", { cx: X(r.returnB), cy: Y(r.returnA), r: 2.4, fill: color, "fill-opacity": 0.6 });
      if (!end || !Number.isFinite(end.beta) || set.length < 3) continue;
      const ma = set.reduce((s, r) => s + r.returnA, 0) / set.length, mb = set.reduce((s, r) => s + r.returnB, 0) / set.length;
      const f = (x) => ma + end.beta * (x - mb);
      add("line", { x1: X(-xa), y1: Y(f(-xa)), x2: X(xa), y2: Y(f(xa)), stroke: color, "stroke-width": 2 });
    }
    const t = add("text", { x: W / 2, y: H - 6, "text-anchor": "middle", "font-size": 11, fill: "#5b6470" });
    t.textContent = `${full.pair.b} return`;
    const t2 = add("text", { x: 10, y: H / 2, "font-size": 11, fill: "#5b6470", transform: `rotate(-90 10 ${H / 2})`, "text-anchor": "middle" });
    t2.textContent = `${full.pair.a} return`;
    box.replaceChildren(svg);
    const last = rows[rows.length - 1], prev = rows[rows.length - n - 1];
    $("readout-scatter").textContent = `this window (blue, ${now[0]?.date} to ${last.date}): beta ${fmt.num(last.beta)}, ` +
      `correlation ${fmt.num(last.correlation)}` + (prev ? ` · the window before (orange): beta ${fmt.num(prev.beta)}, correlation ${fmt.num(prev.correlation)}` : "");
  }

  initControls();
  load();
})();
