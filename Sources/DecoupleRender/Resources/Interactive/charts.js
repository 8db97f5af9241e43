// The pair's time charts on TradingView's Lightweight Charts: performance, rolling correlation
// with its band, beta, gap and residual drift. Hover read-outs, one crosshair and one zoom
// across the charts, series toggles, episodes shaded, event markers, and PNG/SVG/CSV export.
// One implementation for the dashboard's pair view and the interactive HTML report.
"use strict";
Decouple.pairCharts = (() => {
  const { fmt, el, download, showAll } = Decouple;
  const colors = { a: "#0072b2", b: "#e69f00", band: "#7f8c99", c: "#009e73", d: "#cc79a7" };

  const specs = [
    { name: "performance", title: "Performance (rebased to 100)", log: true, precision: 1,
      lines: [{ key: "perfA", label: (f) => f.pair.a, color: colors.a },
              { key: "perfB", label: (f) => f.pair.b, color: colors.b }] },
    { name: "correlation", title: "Rolling correlation, with its 95% band", shade: "correlation",
      lines: [{ key: "correlation", label: () => "correlation", color: colors.a },
              { key: "upper", label: () => "band", color: colors.band, dashed: true },
              { key: "lower", label: () => "band", color: colors.band, dashed: true, hideInLegend: true }] },
    { name: "beta", title: "Rolling beta of A on B", shade: "beta",
      lines: [{ key: "beta", label: () => "beta", color: colors.c }] },
    { name: "gap", title: "Performance gap and residual drift (log points)", shade: "gap", precision: 1,
      lines: [{ key: "gapPts", label: () => "gap", color: colors.d },
              { key: "driftPts", label: () => "residual drift", color: colors.a }] },
  ];

  const toISO = (t) => typeof t === "string" ? t
    : `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;

  /** Everything the charts draw, for every row, once per pair: none of it depends on the as-of
   *  day (rolling windows end on their day, percentiles rank against the days before), so a
   *  step of the as-of day only cuts these arrays. */
  function prepare(full, band) {
    const rows = full.series;
    const base = rows[0];
    const derived = new Map();
    for (const r of rows) {
      const b = band.get(r.date);
      derived.set(r.date, {
        ...r, perfA: 100 * r.closeA / base.closeA, perfB: 100 * r.closeB / base.closeB,
        upper: b?.upper ?? null, lower: b?.lower ?? null,
        gapPts: r.gap === null ? null : 100 * r.gap,
        driftPts: r.residualDrift === null ? null : 100 * r.residualDrift,
      });
    }
    const points = {};
    for (const spec of specs) {
      for (const line of spec.lines) {
        points[line.key] = rows.map((r) => {
          const v = derived.get(r.date)[line.key];
          return v === null || v === undefined || !Number.isFinite(v) ? { time: r.date } : { time: r.date, value: v };
        });
      }
    }
    const shading = {};
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
    return { derived, points, shading };
  }

  /**
   * Builds the charts of `full` (the analysis document: pair, window, series rows, episodes,
   * measures) with `band` (date → {lower, upper}).
   * - `mount(spec, card)` places each chart's card in the page;
   * - `svg(spec)` is what the SVG button does (a function), or a URL to download;
   * - `events` (embedded) and `userEvents()` (the reader's own) become markers;
   * - `titles` puts each chart's title in its card.
   * Returns `{ setAsOf(i), applyMarkers(), fit(), remove(), row(i) }`.
   */
  return function pairCharts({ full, band, events = [], userEvents = () => [], mount, svg, titles = true }) {
    const LC = window.LightweightCharts;
    const { derived, points, shading } = prepare(full, band);
    const charts = [];
    let asOfIndex = full.series.length - 1;
    let syncing = false;

    for (const spec of specs) {
      const box = el("div", { class: "chart", id: `chart-${spec.name}` });
      const readout = el("div", { class: "readout", id: `readout-${spec.name}` });
      const toolbar = el("div", { class: "toolbar" });
      const card = el("section", { class: "card", "data-chart": spec.name });
      if (titles) card.append(el("h2", { text: spec.title }));
      card.append(toolbar, box, readout);
      mount(spec, card);
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
          priceLineVisible: false, lastValueVisible: !line.dashed, title: "",
          priceFormat: { type: "price", precision: spec.precision ?? 2, minMove: 10 ** -(spec.precision ?? 2) } });
        entry.series.push({ api: s, ...line });
        if (line.hideInLegend) continue;
        const check = el("input", { type: "checkbox", checked: "", "aria-label": `Show ${line.label(full)}` });
        check.addEventListener("change", () => {
          s.applyOptions({ visible: check.checked });
          if (line.key === "upper") entry.series.find((x) => x.key === "lower").api.applyOptions({ visible: check.checked });
        });
        const swatch = el("span", { class: "legend-swatch" });
        swatch.style.background = line.color;
        toolbar.append(el("label", {}, check, swatch, line.label(full)));
      }
      if (spec.log) {
        const logBox = el("input", { type: "checkbox", checked: "", "aria-label": "Log scale" });
        logBox.addEventListener("change", () => chart.priceScale("right").applyOptions({
          mode: logBox.checked ? LC.PriceScaleMode.Logarithmic : LC.PriceScaleMode.Normal }));
        toolbar.append(el("label", {}, logBox, "log scale"));
      }
      const stem = `${full.pair.a}-${full.pair.b}-${spec.name}`;
      const png = el("button", { type: "button", class: "quiet", text: "PNG" });
      png.addEventListener("click", () => {
        const a = el("a", { href: chart.takeScreenshot().toDataURL("image/png"), download: `${stem}.png` });
        document.body.append(a); a.click(); a.remove();
      });
      const svgAction = svg(spec);
      let svgButton;
      if (typeof svgAction === "function") {
        svgButton = el("button", { type: "button", class: "quiet", text: "SVG" });
        svgButton.addEventListener("click", () => svgAction(`${stem}.svg`));
      } else {
        svgButton = el("a", { class: "quiet", text: "SVG", download: `${stem}.svg` });
        svgButton.href = svgAction;
      }
      const csv = el("button", { type: "button", class: "quiet", text: "CSV" });
      csv.addEventListener("click", exportVisible);
      toolbar.append(png, svgButton, csv);
      charts.push(entry);
    }

    // Zoom and pan, crosshair and read-outs, kept in step across the charts.
    const rowValue = (key, date) => { const d = derived.get(date); return d ? d[key] : null; };
    for (const c of charts) {
      c.chart.timeScale().subscribeVisibleLogicalRangeChange((range) => {
        if (range) c.card.dataset.visible = `${Math.round(range.from)}:${Math.round(range.to)}`;
        if (syncing || !range) return;
        syncing = true;
        for (const o of charts) if (o !== c) o.chart.timeScale().setVisibleLogicalRange(range);
        syncing = false;
        if (markerGap() !== placedGap) applyMarkers();
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

    /** Cuts every chart at row `i` (nothing after the as-of day is drawn). */
    function setAsOf(i) {
      asOfIndex = i;
      const rows = full.series.slice(0, i + 1);
      for (const c of charts) {
        for (const s of c.series) s.api.setData(points[s.key].slice(0, i + 1));
        if (c.shade) c.shade.setData((shading[c.spec.shade] ?? rows.map((r) => ({ time: r.date }))).slice(0, i + 1));
      }
      const corr = charts.find((c) => c.spec.name === "correlation");
      const low = full.measures?.correlation?.recordLow;
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
          if (!range || range.to <= i + 3 && range.from >= -Math.max(3, Math.round((i + 1) * 0.05))) continue;
          if (range.to - range.from > i + 1) showAll(ts, i + 1); else ts.scrollToPosition(0, false);
        }
      });
      applyMarkers();
      for (const c of charts) showReadout(c, null);
    }

    /** How many rows apart two events must be to get markers of their own at the current zoom
     *  and width: 80 pixels (room for a short label), and never closer than a week. */
    function markerGap() {
      const ts = charts[0]?.chart.timeScale();
      const range = ts?.getVisibleLogicalRange();
      const rows = range ? range.to - range.from : asOfIndex + 1;
      const width = Math.max(100, ts?.width() || 600);
      return Math.max(7, Math.round(rows * 80 / width));
    }
    let placedGap = 0;

    function applyMarkers() {
      placedGap = markerGap();
      const names = [full.pair.a, full.pair.b].map((s) => s.toUpperCase());
      const relevant = events.filter((e) => e.assets.some((x) => names.some((n) => n.startsWith(x))));
      const all = [...relevant.map((e) => ({ ...e, mine: false })), ...userEvents().map((e) => ({ ...e, mine: true }))];
      const dates = full.series.slice(0, asOfIndex + 1).map((r) => r.date);
      // Events closer than the gap (an approval and the first trading day) share one marker,
      // labelled by the first with the count of the others ("ETH ETFs approved +2"); zooming in
      // separates them.
      const placed = [];
      for (const e of all) {
        const at = dates.findIndex((d) => d >= e.date);
        if (at < 0) continue;
        placed.push({ at, text: e.short ?? e.label, mine: e.mine });
      }
      placed.sort((x, y) => x.at - y.at);
      const markers = [];
      for (const p of placed) {
        const last = markers[markers.length - 1];
        if (last && p.at - last.at <= placedGap) { last.texts.push(p.text); continue; }
        markers.push({ at: p.at, time: dates[p.at], position: "aboveBar", shape: "arrowDown",
          color: p.mine ? "#cc79a7" : "#5b6470", texts: [p.text] });
      }
      for (const m of markers) {
        m.text = m.texts.length > 1 ? `${m.texts[0]} +${m.texts.length - 1}` : m.texts[0];
        m.id = m.texts.join(" · ");
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

    /** The rows visible in the charts, up to the as-of day, as CSV. */
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

    return {
      setAsOf,
      applyMarkers,
      /** Shows the whole history (after the charts have their size). */
      fit() {
        requestAnimationFrame(() => requestAnimationFrame(() => {
          for (const c of charts) showAll(c.chart.timeScale(), asOfIndex + 1);
        }));
      },
      remove() { for (const c of charts) { c.chart.remove(); c.card.remove(); } },
    };
  };
})();
