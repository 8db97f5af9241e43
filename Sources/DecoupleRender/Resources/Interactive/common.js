// Shared by every page: the API helper, errors, number formats, the session token.
"use strict";
const Decouple = (() => {
  const token = document.querySelector('meta[name="decouple-token"]')?.content ?? "";

  /** GET /api/v1/<name>?<params>; resolves to the JSON document or throws an Error whose
   *  message is the server's sentence. */
  async function api(name, params = {}) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined || v === null || v === "") continue;
      q.append(k, String(v));
    }
    const res = await fetch(`/api/v1/${name}?${q}`, { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      const e = new Error(body?.error?.message ?? `The server answered ${res.status}.`);
      e.parameter = body?.error?.parameter;
      throw e;
    }
    return body;
  }

  function showError(el, error) { el.textContent = error ? String(error.message ?? error) : ""; }

  const fmt = {
    num(v, d = 2) {
      if (v === null || v === undefined || !Number.isFinite(v)) return "–";
      const s = v.toFixed(d);
      return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
    },
    pct(v) {
      if (v === null || v === undefined || !Number.isFinite(v)) return "–";
      return `${Math.round(v * 100)}%`;
    },
    signedPct(v) {
      if (v === null || v === undefined || !Number.isFinite(v)) return "–";
      const p = (Math.exp(v) - 1) * 100;
      return `${p >= 0 ? "+" : ""}${p.toFixed(0)}%`;
    },
  };

  /** Shows all `n` points of a time scale with a margin of 3% on the left, so the first
   *  year's label is not cut by the chart's edge (fitContent puts the first point on it). */
  function showAll(timeScale, n) {
    timeScale.setVisibleLogicalRange({ from: -Math.max(2, Math.round(n * 0.03)), to: n + 1 });
  }

  /** Downloads `text` as a file. */
  function download(name, text, type = "text/csv") {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = Object.assign(document.createElement("a"), { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v);
    }
    e.append(...children);
    return e;
  }

  /** Fills a <datalist> with every symbol (store and embedded) and its description. */
  async function fillSymbols(list) {
    try {
      const doc = await api("symbols");
      const items = doc.symbols ?? doc;
      list.replaceChildren(
        ...items.map((s) => el("option", { value: s.symbol, label: s.description || s.kind || "" })));
    } catch (e) { /* the inputs still take any symbol */ }
  }

  /** Reads and writes the page's query string (so a view can be bookmarked and shared). */
  const state = {
    get(name, fallback) { return new URLSearchParams(location.search).get(name) ?? fallback; },
    set(values) {
      const q = new URLSearchParams(location.search);
      for (const [k, v] of Object.entries(values)) {
        if (v === null || v === undefined || v === "") q.delete(k); else q.set(k, v);
      }
      history.replaceState(null, "", `${location.pathname}?${q}`);
    },
  };

  return { api, showError, fmt, download, el, fillSymbols, state, token, showAll };
})();
