// The universe view: the ranked scan (sortable) and the clustered correlation matrix with a
// time slider.
"use strict";
(() => {
  const { api, fmt, el, state } = Decouple;
  const $ = (id) => document.getElementById(id);
  let members = [];
  let sortKey = "rank", sortUp = true;
  let days = [];
  let matrixSeq = 0;

  function init() {
    $("a").value = state.get("a", "ETH");
    $("universe").value = state.get("universe", "crypto");
    $("window").value = state.get("window", "90");
    $("since").value = state.get("since", "");
    $("controls").addEventListener("submit", (e) => { e.preventDefault(); load(); });
    $("matrix-day").addEventListener("input", () => {
      $("matrix-label").textContent = days[+$("matrix-day").value] ?? "";
      clearTimeout(init.t);
      init.t = setTimeout(loadMatrix, 120);
    });
    Decouple.fillSymbols($("symbols"));
    load();
  }

  const common = () => ({ window: $("window").value });

  async function load() {
    const a = $("a").value.trim().toUpperCase(), universe = $("universe").value;
    state.set({ a, universe, window: $("window").value, since: $("since").value || null });
    Decouple.showError($("error"), null);
    try {
      const scan = await api("scan", { a, universe, since: $("since").value || null, ...common() });
      members = scan.members;
      $("scan-title").textContent = `${a} against the ${universe} universe, as of each pair's last common day`;
      drawScan(scan);
      const m = await api("matrix", { universe, cluster: true, pairwise: true, history: true, ...common() });
      drawAverage(m.averageCorrelation);
      days = monthEnds(m.asOf, 60);
      $("matrix-day").max = String(days.length - 1);
      $("matrix-day").value = String(days.length - 1);
      $("matrix-label").textContent = m.asOf;
      drawMatrix(m);
    } catch (e) { Decouple.showError($("error"), e); }
  }

  /** The last `n` month ends up to `asOf` (the last one being `asOf` itself), oldest first. */
  function monthEnds(asOf, n) {
    const out = [asOf];
    let d = new Date(asOf + "T00:00:00Z");
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0));
    for (let i = 1; i < n; i++) {
      out.push(d.toISOString().slice(0, 10));
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0));
    }
    return out.reverse();
  }

  async function loadMatrix() {
    const seq = ++matrixSeq;
    const day = days[+$("matrix-day").value];
    try {
      const m = await api("matrix", { universe: $("universe").value, cluster: true, pairwise: true, to: day, ...common() });
      if (seq === matrixSeq) { Decouple.showError($("error"), null); drawMatrix(m); }
    } catch (e) { if (seq === matrixSeq) Decouple.showError($("error"), e); }
  }

  const columns = [
    ["rank", "Rank", true], ["name", "Member", false], ["asOf", "As of", false],
    ["correlation", "Correlation", true], ["beta", "Beta", true],
    ["pastCorrelation", "Past corr.", true], ["change", "Change", true],
  ];

  function drawScan(scan) {
    const head = el("tr", {}, ...columns.map(([k, label, num]) => {
      const th = el("th", { class: `sortable${num ? " num" : ""}`, text: label, "data-key": k, tabindex: "0" });
      const sort = () => { sortUp = sortKey === k ? !sortUp : true; sortKey = k; drawScan(scan); };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
      if (sortKey === k) th.setAttribute("aria-sort", sortUp ? "ascending" : "descending");
      return th;
    }));
    $("scan").tHead.replaceChildren(head);
    const sorted = [...members].sort((x, y) => {
      const a = x[sortKey], b = y[sortKey];
      if (a === null) return 1;
      if (b === null) return -1;
      return (a < b ? -1 : a > b ? 1 : 0) * (sortUp ? 1 : -1);
    });
    $("scan").tBodies[0].replaceChildren(...sorted.map((m) => el("tr", {},
      el("td", { class: "num", text: String(m.rank) }),
      el("td", {}, el("a", { href: `/?a=${encodeURIComponent(scan.a)}&b=${encodeURIComponent(m.name)}`, text: m.name })),
      el("td", { text: m.asOf ?? "–" }), el("td", { class: "num", text: fmt.num(m.correlation) }),
      el("td", { class: "num", text: fmt.num(m.beta) }), el("td", { class: "num", text: fmt.num(m.pastCorrelation) }),
      el("td", { class: "num", text: fmt.num(m.change) }))));
  }

  /** Diverging blue–white–orange for r in [−1, 1]. */
  function color(r) {
    if (r === null || !Number.isFinite(r)) return "#eeeeee";
    const t = Math.max(-1, Math.min(1, r));
    const mix = (a, b, f) => Math.round(a + (b - a) * f);
    const [R, G, B] = t >= 0 ? [mix(255, 0, t), mix(255, 114, t), mix(255, 178, t)] : [mix(255, 230, -t), mix(255, 159, -t), mix(255, 0, -t)];
    return `rgb(${R},${G},${B})`;
  }

  function drawMatrix(m) {
    const order = m.order ?? m.names;
    const idx = order.map((n) => m.names.indexOf(n));
    const grid = $("heatmap");
    grid.style.gridTemplateColumns = `auto repeat(${order.length}, minmax(2.2rem, 1fr))`;
    const cells = [el("div", { class: "head" }), ...order.map((n) => el("div", { class: "head", text: n }))];
    idx.forEach((i, r) => {
      cells.push(el("div", { class: "head", text: order[r] }));
      for (const j of idx) {
        const v = m.matrix[i][j];
        const c = el("div", { text: fmt.num(v), title: `${m.names[i]} / ${m.names[j]}: ${fmt.num(v)} (${m.counts[i][j]} returns)` });
        c.style.background = color(v);
        c.style.color = v !== null && Math.abs(v) > 0.6 ? "#fff" : "#1b1f24";
        cells.push(c);
      }
    });
    grid.replaceChildren(...cells);
    $("matrix-note").textContent = `${m.window}-day window ending ${m.asOf}` + (m.clusterNote ? `. ${m.clusterNote}` : ", rows ordered by average-linkage clustering on 1 − r.");
    document.body.dataset.matrixAsOf = m.asOf;
  }

  let avgChart = null;
  /** The universe's average pairwise correlation, one point a day, with a hover read-out. */
  function drawAverage(history) {
    const LC = window.LightweightCharts;
    if (avgChart) avgChart.remove();
    avgChart = LC.createChart($("avg-chart"), {
      autoSize: true, layout: { fontSize: 11, textColor: "#1b1f24", background: { color: "#ffffff" } },
      grid: { vertLines: { color: "#eef1f4" }, horzLines: { color: "#eef1f4" } },
      timeScale: { minBarSpacing: 0.05 },
    });
    const line = avgChart.addLineSeries({ color: "#0072b2", lineWidth: 2, priceLineVisible: false });
    // Days on which most pairs have a value: where members' histories start or end, fewer
    // pairs would change the average by who is in it rather than by how they move.
    const all = history?.series ?? [];
    const points = all.filter((p) => p.pairs >= 0.8 * history.pairs);
    line.setData(points.map((p) => p.average === null ? { time: p.date } : { time: p.date, value: p.average }));
    const byDate = new Map(points.map((p) => [p.date, p]));
    const show = (p) => {
      $("avg-readout").textContent = p ? `${p.date} · average ${fmt.num(p.average)} over ${p.pairs} of ${history.pairs} pairs (days when at least 80% of the pairs have a value)` : "";
    };
    show(points[points.length - 1]);
    avgChart.subscribeCrosshairMove((param) => {
      const t = param?.time;
      const d = t ? (typeof t === "string" ? t : `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`) : null;
      show(d ? byDate.get(d) : points[points.length - 1]);
    });
    requestAnimationFrame(() => requestAnimationFrame(() => Decouple.showAll(avgChart.timeScale(), points.length)));
  }

  init();
})();
