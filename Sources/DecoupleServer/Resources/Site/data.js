// The data view: the store's status, the watch's open alerts, every symbol and where it comes
// from, the live sources, and a refresh that runs `update` with live progress.
"use strict";
(() => {
  const { api, el, fmt } = Decouple;
  const $ = (id) => document.getElementById(id);
  let symbols = [];

  async function load() {
    try {
      const [status, list, sources, alerts] = await Promise.all([
        api("status"), api("symbols"), api("sources"), api("alerts", { "open-only": true })]);
      drawAlerts(alerts);
      $("status").textContent = status.storeExists
        ? `${status.store}: ${status.storedSeries} stored series, newest observation ${status.lastObservation ?? "none"}.`
        : `No store yet at ${status.store}: fetch or import a series (decouple fetch, decouple import) to create it.`;
      $("refresh").disabled = !status.storeExists || status.updateRunning;
      symbols = list.symbols;
      drawSymbols();
      $("sources").tBodies[0].replaceChildren(...sources.sources.map((s) => el("tr", {},
        el("td", { text: s.name }), el("td", { text: s.serves }),
        el("td", { text: s.keyVariable ? (s.keySet ? `${s.keyVariable} is set` : `needs ${s.keyVariable}`) : "none needed" }))));
    } catch (e) { Decouple.showError($("error"), e); }
  }

  /** The open alerts of `decouple watch`, newest first, with any delivery still pending. */
  function drawAlerts(doc) {
    const rows = doc.alerts;
    $("alerts-note").textContent = rows.length
      ? `${rows.length} alert${rows.length === 1 ? "" : "s"} whose condition still held on the last day watched` +
        (doc.pending ? `; ${doc.pending} deliver${doc.pending === 1 ? "y" : "ies"} pending.` : ".")
      : "None open. `decouple watch` raises them from a watchlist; `decouple alerts` lists them all.";
    $("alerts").hidden = rows.length === 0;
    $("alerts").tBodies[0].replaceChildren(...rows.map((a) => {
      const pending = a.deliveries.filter((d) => d.status === "pending").map((d) => d.channel);
      return el("tr", {},
        el("td", { class: "day", text: a.day }), el("td", { text: a.pair }), el("td", { text: a.ruleText }),
        el("td", { class: "day", text: a.since }), el("td", { class: "wide note", text: a.sentence }),
        el("td", { text: pending.length ? `pending: ${pending.join(", ")}` : (a.deliveries.length ? "delivered" : "terminal only") }));
    }));
  }

  function drawSymbols() {
    const f = $("filter").value.trim().toLowerCase();
    const shown = symbols.filter((s) => !f || `${s.symbol} ${s.description} ${s.origin}`.toLowerCase().includes(f));
    $("symbols").tBodies[0].replaceChildren(...shown.map((s) => el("tr", {},
      el("td", { text: s.symbol }), el("td", { text: s.kind }), el("td", { text: s.origin }),
      el("td", { class: "num", text: s.rows.toLocaleString("en-US") }), el("td", { class: "day", text: s.first }),
      el("td", { class: "day", text: s.last }), el("td", { class: "wide note", text: s.description }))));
  }

  /** POST /api/v1/update with the page's session token, showing each progress event. */
  async function refresh() {
    $("refresh").disabled = true;
    const log = $("log");
    log.hidden = false;
    log.textContent = "Updating…\n";
    try {
      const res = await fetch("/api/v1/update", { method: "POST", headers: { "X-Decouple-Token": Decouple.token } });
      if (!res.ok) {
        const body = await res.json().catch(() => ({}));
        throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "{}");
          if (name === "progress") {
            if (data.status) log.textContent += data.status + "\n";
            else if (data.total) log.textContent += `${data.label}: ${data.done} of ${data.total}\n`;
          } else if (name === "done") {
            const n = (data.fetched ?? data.outcomes ?? []).length;
            const current = (data.upToDate ?? []).length;
            const parts = [n ? `${n} series fetched` : "", current ? `${current} already up to date` : ""].filter(Boolean);
            log.textContent += `Done${parts.length ? ": " + parts.join(", ") : ""}.\n`;
          } else if (name === "error") {
            log.textContent += `Failed: ${data.message}\n`;
          }
          log.scrollTop = log.scrollHeight;
        }
      }
    } catch (e) {
      log.textContent += `Failed: ${e.message}\n`;
    }
    await load();
  }

  $("refresh").addEventListener("click", refresh);
  $("filter").addEventListener("input", drawSymbols);
  load();
})();
