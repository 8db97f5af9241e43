// The HTML report's interactive charts: reads the data embedded in the page, draws the time
// charts with charts.js above each static chart (kept for print and for the SVG button), and
// adds a slider that moves the charts back in time. Nothing is requested from anywhere.
"use strict";
(() => {
  const { el, download } = Decouple;
  const source = document.getElementById("decouple-data");
  if (!source || !window.LightweightCharts) return;
  const data = JSON.parse(source.textContent);
  const cols = data.columns;
  const keys = Object.keys(cols);
  const series = cols.date.map((date, i) => {
    const row = {};
    for (const k of keys) row[k] = cols[k][i];
    return row;
  });
  if (series.length < 2) return;
  const full = { ...data, series };
  const band = new Map(series.map((r) => [r.date, r]));
  const staticFigure = (name) => document.querySelector(`section#${name} figure.chart`);

  document.body.classList.add("interactive");
  const charts = Decouple.pairCharts({
    full, band, events: data.events ?? [], titles: false,
    userEvents: () => [],
    mount: (spec, card) => {
      const figure = staticFigure(spec.name);
      figure.classList.add("static");
      figure.before(card);
    },
    // The SVG button saves the report's own static chart.
    svg: (spec) => (name) => {
      const svg = staticFigure(spec.name)?.querySelector("svg");
      if (svg) download(name, new XMLSerializer().serializeToString(svg), "image/svg+xml");
    },
  });

  // The as-of slider: the charts and read-outs end on the chosen day (rolling values end on
  // their day and percentiles rank against the days before, so nothing later is used).
  const last = series.length - 1;
  const slider = el("input", { type: "range", id: "asof", min: "0", max: String(last), value: String(last),
    "aria-describedby": "asof-label" });
  const label = el("output", { id: "asof-label", for: "asof", text: series[last].date });
  const latest = el("button", { type: "button", class: "quiet", id: "asof-latest", text: "Latest" });
  const note = el("p", { class: "reading", id: "asof-note" });
  const bar = el("div", { class: "asof" }, el("label", { for: "asof", text: "Charts as of" }), slider, label, latest);
  const first = document.querySelector("section#performance");
  first.prepend(bar);
  bar.after(note);
  const move = (i) => {
    charts.setAsOf(i);
    label.textContent = series[i].date;
    document.body.dataset.asOf = series[i].date;
    note.textContent = i === last ? ""
      : `The charts end on ${series[i].date}; the verdict above is as of ${data.asOf}. ` +
        "`decouple serve` recomputes the verdict for any day.";
  };
  slider.addEventListener("input", () => move(+slider.value));
  latest.addEventListener("click", () => { slider.value = String(last); move(last); });
  move(last);
  charts.fit();
})();
