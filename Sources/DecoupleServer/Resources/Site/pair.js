// The pair view: pickers, the as-of slider, the verdict, the senses table and the synced charts.
"use strict";
(() => {
  const { api, fmt, el, state, download } = Decouple;
  const $ = (id) => document.getElementById(id);
  const LC = window.LightweightCharts;
  const colors = { a: "#0072b2", b: "#e69f00", band: "#7f8c99", c: "#009e73", d: "#cc79a7" };
  const senseNames = {
    correlation: "Correlation", gap: "Performance gap", residualDrift: "Residual drift",
    beta: "Beta", dccCorrelation: "Dynamic correlation (DCC)", cointegration: "Long-run relation",
    changePoint: "Change in the relation",
  };

  let full = null;        // the analysis without an as-of day: every row, for the slider
  let band = new Map();   // date → {lower, upper} of the correlation's Fisher-z band
  let events = [];        // embedded events
  let charts = [];        // {chart, series: [{api, key, label}], readout, name}
  let asOfIndex = -1;
  let verdictSeq = 0;
  let syncing = false;

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
      applyMarkers();
    });
    $("event-clear").addEventListener("click", () => { localStorage.removeItem("decouple.events"); applyMarkers(); });
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
      events = ev.events;
      band = new Map((corr?.series ?? []).map((r) => [r.date, r]));
      buildCharts();
      prepare();
      const slider = $("asof");
      slider.max = String(full.series.length - 1);
      const wanted = state.get("asOf", null);
      const i = wanted ? full.series.findIndex((r) => r.date >= wanted) : -1;
      slider.value = String(i >= 0 ? i : full.series.length - 1);
      asOfIndex = -1;
      moveAsOf(+slider.value, wanted ? undefined : doc);
      // After the charts have their size (they measure themselves on the next frame).
      requestAnimationFrame(() => requestAnimationFrame(() => {
        for (const c of charts) c.chart.timeScale().fitContent();
      }));
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
    $("asof-label").textContent = row.date;
    setChartData(i);
    fillSenses(row, null);
    const latest = i === full.series.length - 1;
    state.set({ asOf: latest ? null : row.date });
    if (known) { showVerdict(known); return; }
    const seq = ++verdictSeq;
    $("verdict").classList.add("busy");
    clearTimeout(moveAsOf.timer);
    moveAsOf.timer = setTimeout(async () => {
      try {
        const doc = await api("analyze", { ...params(), to: latest ? null : row.date });
        if (seq === verdictSeq) showVerdict(doc);
      } catch (e) {
        if (seq === verdictSeq) Decouple.showError($("error"), e);
      }
    }, 90);
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
    const latest = doc.series[doc.series.length - 1];
    document.body.dataset.asOf = doc.asOf;
    // When the verdict showed, in ms since the page began loading (read by the speed check).
    document.body.dataset.verdictAtMs = String(Math.round(performance.now()));
    document.body.dataset.verdictFor = latest?.date ?? "";
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
  const chartSpecs = [
    { name: "performance", title: "Performance (rebased to 100)", log: true,
      lines: [{ key: "perfA", label: () => full.pair.a, color: colors.a },
              { key: "perfB", label: () => full.pair.b, color: colors.b }] },
    { name: "correlation", title: "Rolling correlation, with its 95% band", shade: "correlation",
      lines: [{ key: "correlation", label: () => "correlation", color: colors.a },
              { key: "upper", label: () => "band", color: colors.band, dashed: true },
              { key: "lower", label: () => "band", color: colors.band, dashed: true, hideInLegend: true }] },
    { name: "beta", title: "Rolling beta of A on B", shade: "beta",
      lines: [{ key: "beta", label: () => "beta", color: colors.c }] },
    { name: "gap", title: "Performance gap and residual drift (log points)", shade: "gap",
      lines: [{ key: "gapPts", label: () => "gap", color: colors.d },
              { key: "driftPts", label: () => "residual drift", color: colors.a }] },
  ];

  function buildCharts() {
    for (const c of charts) c.chart.remove();
    charts = [];
    const grid = $("charts");
    grid.replaceChildren();
    for (const spec of chartSpecs) {
      const box = el("div", { class: "chart", id: `chart-${spec.name}` });
      const readout = el("div", { class: "readout", id: `readout-${spec.name}` });
      const toolbar = el("div", { class: "toolbar" });
      const card = el("section", { class: "card", "data-chart": spec.name },
        el("h2", { text: spec.title }), toolbar, box, readout);
      grid.append(card);
      const chart = LC.createChart(box, {
        autoSize: true, layout: { fontSize: 11, textColor: "#1b1f24", background: { color: "#ffffff" } },
        grid: { vertLines: { color: "#eef1f4" }, horzLines: { color: "#eef1f4" } },
        rightPriceScale: { mode: spec.log ? LC.PriceScaleMode.Logarithmic : LC.PriceScaleMode.Normal },
        timeScale: { borderColor: "#d9dee4", minBarSpacing: 0.05 }, crosshair: { mode: LC.CrosshairMode.Normal },
      });
      const entry = { chart, spec, series: [], readout, card };
      if (spec.shade) {
        entry.shade = chart.addHistogramSeries({ priceScaleId: "shade", color: "rgba(204,121,167,0.18)",
          priceLineVisible: false, lastValueVisible: false });
        chart.priceScale("shade").applyOptions({ scaleMargins: { top: 0, bottom: 0 }, visible: false });
      }
      for (const line of spec.lines) {
        const s = chart.addLineSeries({ color: line.color, lineWidth: line.dashed ? 1 : 2,
          lineStyle: line.dashed ? LC.LineStyle.Dashed : LC.LineStyle.Solid,
          priceLineVisible: false, lastValueVisible: !line.dashed, title: "" });
        entry.series.push({ api: s, ...line });
        if (!line.hideInLegend) {
          const box = el("input", { type: "checkbox", checked: "", "aria-label": `Show ${line.label()}` });
          box.addEventListener("change", () => {
            s.applyOptions({ visible: box.checked });
            if (line.key === "upper") entry.series.find((x) => x.key === "lower").api.applyOptions({ visible: box.checked });
          });
          toolbar.append(el("label", {}, box, el("span", { class: "legend-swatch" }), line.label()));
          toolbar.lastChild.querySelector(".legend-swatch").style.background = line.color;
        }
      }
      if (spec.log) {
        const logBox = el("input", { type: "checkbox", checked: "", "aria-label": "Log scale" });
        logBox.addEventListener("change", () => chart.priceScale("right").applyOptions({
          mode: logBox.checked ? LC.PriceScaleMode.Logarithmic : LC.PriceScaleMode.Normal }));
        toolbar.append(el("label", {}, logBox, "log scale"));
      }
      const png = el("button", { type: "button", class: "quiet", text: "PNG" });
      png.addEventListener("click", () => {
        const a = el("a", { href: chart.takeScreenshot().toDataURL("image/png"),
          download: `${full.pair.a}-${full.pair.b}-${spec.name}.png` });
        document.body.append(a); a.click(); a.remove();
      });
      const svg = el("a", { class: "quiet", text: "SVG" });
      svg.href = `/api/v1/chart?${new URLSearchParams({ kind: spec.name === "gap" ? "gap" : spec.name, ...params() })}`;
      svg.download = `${full.pair.a}-${full.pair.b}-${spec.name}.svg`;
      const csv = el("button", { type: "button", class: "quiet", text: "CSV" });
      csv.addEventListener("click", exportVisible);
      toolbar.append(png, svg, csv);
      charts.push(entry);
    }
    // Zoom and pan, crosshair and read-outs, kept in step across the charts.
    for (const c of charts) {
      c.chart.timeScale().subscribeVisibleLogicalRangeChange((range) => {
        if (range) c.card.dataset.visible = `${Math.round(range.from)}:${Math.round(range.to)}`;
        if (syncing || !range) return;
        syncing = true;
        for (const o of charts) if (o !== c) o.chart.timeScale().setVisibleLogicalRange(range);
        syncing = false;
      });
      c.chart.subscribeCrosshairMove((p) => {
        if (syncing) return;
        syncing = true;
        const date = p?.time ? toISO(p.time) : null;
        for (const o of charts) {
          showReadout(o, date);
          if (o === c) continue;
          const first = o.series[0];
          const v = date ? rowValue(first.key, date) : null;
          if (date && v !== null && Number.isFinite(v)) o.chart.setCrosshairPosition(v, date, first.api);
          else o.chart.clearCrosshairPosition();
        }
        syncing = false;
      });
    }
    const scatter = el("section", { class: "card", "data-chart": "scatter" },
      el("h2", { text: "Daily returns: this window against the one before" }),
      el("div", { id: "scatter" }), el("div", { class: "readout", id: "readout-scatter" }));
    grid.append(scatter);
  }

  const toISO = (t) => typeof t === "string" ? t : `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;

  let derived = new Map(); // date → derived values (rebased performance, band, pts)
  let points = {};          // series key → chart points for every row (sliced at the as-of day)
  let shading = {};         // measure → histogram points: 1 on the days of its episodes
  function rowValue(key, date) { const d = derived.get(date); return d ? d[key] : null; }

  /** Everything the charts draw, for every row, once per loaded pair: none of it depends on
   *  the as-of day (rolling windows end on their day, percentiles use the days before), so a
   *  slider step only cuts these arrays. */
  function prepare() {
    const rows = full.series;
    const base = rows[0];
    derived = new Map();
    for (const r of rows) {
      const b = band.get(r.date);
      derived.set(r.date, {
        ...r, perfA: 100 * r.closeA / base.closeA, perfB: 100 * r.closeB / base.closeB,
        upper: b?.upper ?? null, lower: b?.lower ?? null,
        gapPts: r.gap === null ? null : 100 * r.gap, driftPts: r.residualDrift === null ? null : 100 * r.residualDrift,
      });
    }
    points = {};
    for (const spec of chartSpecs) {
      for (const line of spec.lines) {
        points[line.key] = rows.map((r) => {
          const v = derived.get(r.date)[line.key];
          return v === null || v === undefined || !Number.isFinite(v) ? { time: r.date } : { time: r.date, value: v };
        });
      }
    }
    shading = {};
    const index = new Map(rows.map((r, k) => [r.date, k]));
    for (const [m, info] of Object.entries(full.episodes ?? {})) {
      const on = new Uint8Array(rows.length);
      for (const e of info.episodes ?? []) {
        const from = index.get(e.start) ?? rows.findIndex((r) => r.date >= e.start);
        const to = e.end ? (index.get(e.end) ?? rows.findIndex((r) => r.date >= e.end)) : rows.length;
        for (let k = Math.max(0, from); k < (to < 0 ? rows.length : to); k++) on[k] = 1;
      }
      shading[m] = rows.map((r, k) => on[k] ? { time: r.date, value: 1 } : { time: r.date });
    }
  }

  /** Cuts every chart at row `i` (nothing after the as-of day is drawn). */
  function setChartData(i) {
    const rows = full.series.slice(0, i + 1);
    for (const c of charts) {
      for (const s of c.series) s.api.setData(points[s.key].slice(0, i + 1));
      if (c.shade) c.shade.setData((shading[c.spec.shade] ?? rows.map((r) => ({ time: r.date }))).slice(0, i + 1));
    }
    const corr = charts.find((c) => c.spec.name === "correlation");
    const low = full.measures.correlation.recordLow;
    if (corr.recordLine) corr.series[0].api.removePriceLine(corr.recordLine);
    corr.recordLine = null;
    if (i === full.series.length - 1 && low) {
      corr.recordLine = corr.series[0].api.createPriceLine({ price: low.value, color: "#b3261e",
        lineStyle: LC.LineStyle.Dotted, lineWidth: 1, axisLabelVisible: true, title: `record low ${low.date}` });
    }
    // A day earlier than the view's right edge: bring the as-of day to the right edge, keeping
    // the zoom, or show the whole history when it is shorter than the view (the other charts
    // follow).
    requestAnimationFrame(() => {
      for (const c of charts) {
        const ts = c.chart.timeScale();
        const range = ts.getVisibleLogicalRange();
        if (!range || range.to <= i + 3 && range.from >= -3) continue;
        if (range.to - range.from > i + 1) ts.fitContent(); else ts.scrollToPosition(0, false);
      }
    });
    applyMarkers();
    drawScatter(rows);
    for (const c of charts) showReadout(c, null);
  }

  function applyMarkers() {
    if (!full || !charts.length) return;
    const names = [full.pair.a, full.pair.b].map((s) => s.toUpperCase());
    const relevant = events.filter((e) => e.assets.some((x) => names.some((n) => n.startsWith(x))));
    const all = [...relevant.map((e) => ({ ...e, mine: false })), ...userEvents().map((e) => ({ ...e, mine: true }))];
    const dates = full.series.slice(0, asOfIndex + 1).map((r) => r.date);
    // Events a few days apart (an approval and the first trading day) share one marker.
    const placed = [];
    for (const e of all) {
      const at = dates.indexOf(dates.find((d) => d >= e.date));
      if (at < 0) continue;
      placed.push({ at, text: e.short ?? e.label, mine: e.mine });
    }
    placed.sort((x, y) => x.at - y.at);
    const markers = [];
    for (const p of placed) {
      const last = markers[markers.length - 1];
      if (last && p.at - last.at <= 7) { last.text += " · " + p.text; continue; }
      markers.push({ at: p.at, time: dates[p.at], position: "aboveBar", shape: "arrowDown",
        color: p.mine ? "#cc79a7" : "#5b6470", text: p.text });
    }
    for (const c of charts) if (c.spec.name === "performance" || c.spec.name === "correlation") c.series[0].api.setMarkers(markers);
  }

  function showReadout(c, date) {
    const d = date ? derived.get(date) : derived.get(full.series[asOfIndex].date);
    if (!d) { c.readout.textContent = ""; return; }
    const parts = [d.date];
    switch (c.spec.name) {
      case "performance":
        parts.push(`${full.pair.a} ${fmt.num(d.closeA, 2)} (${fmt.num(d.perfA, 1)})`, `${full.pair.b} ${fmt.num(d.closeB, 2)} (${fmt.num(d.perfB, 1)})`);
        break;
      case "correlation":
        parts.push(`correlation ${fmt.num(d.correlation)}`, `band ${fmt.num(d.lower)} to ${fmt.num(d.upper)}`, `percentile ${fmt.pct(d.correlationPercentile)}`);
        break;
      case "beta":
        parts.push(`beta ${fmt.num(d.beta)}`, `percentile ${fmt.pct(d.betaPercentile)}`);
        break;
      case "gap":
        parts.push(`gap ${fmt.num(d.gapPts, 1)} pts`, `residual drift ${fmt.num(d.driftPts, 1)} pts`);
        break;
    }
    c.readout.textContent = parts.join(" · ");
  }

  function exportVisible() {
    const range = charts[0].chart.timeScale().getVisibleLogicalRange();
    const rows = full.series.slice(0, asOfIndex + 1);
    const from = Math.max(0, Math.floor(range?.from ?? 0));
    const to = Math.min(rows.length - 1, Math.ceil(range?.to ?? rows.length - 1));
    const cols = ["date", "closeA", "closeB", "returnA", "returnB", "correlation", "lower", "upper", "beta", "gap", "residualDrift"];
    const lines = [cols.join(",")];
    for (const r of rows.slice(from, to + 1)) {
      const d = derived.get(r.date);
      lines.push(cols.map((k) => (d[k] === null || d[k] === undefined ? "" : d[k])).join(","));
    }
    download(`${full.pair.a}-${full.pair.b}-${rows[from].date}-${rows[to].date}.csv`, lines.join("\n") + "\n");
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
