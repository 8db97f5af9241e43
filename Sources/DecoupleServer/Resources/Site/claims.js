// The claims form: `decouple check` with its evidence.
"use strict";
(() => {
  const { api, el, state } = Decouple;
  const $ = (id) => document.getElementById(id);

  function showFields() {
    $("date-box").hidden = !["decoupled-since", "supply-deflationary-since"].includes($("claim").value);
    $("threshold-box").hidden = $("claim").value !== "correlation-below";
  }

  async function check() {
    const p = {
      a: $("a").value.trim().toUpperCase(), b: $("b").value.trim().toUpperCase(),
      claim: $("claim").value, window: $("window").value, to: $("to").value || null,
      since: ["decoupled-since", "supply-deflationary-since"].includes($("claim").value) ? $("date").value : null,
      threshold: $("claim").value === "correlation-below" ? $("threshold").value : null,
    };
    state.set(p);
    Decouple.showError($("error"), null);
    $("answer").classList.add("busy");
    try {
      const doc = await api("check", p);
      $("verdict").textContent = `${doc.verdict[0].toUpperCase()}${doc.verdict.slice(1)}.`;
      $("claim-text").textContent = `The claim: ${doc.claim.text} (as of ${doc.asOf}, ${doc.window}-day window).`;
      $("reason").textContent = doc.reason;
      $("evidence").replaceChildren(...doc.evidence.map((e) => el("li", { text: e })));
    } catch (e) {
      Decouple.showError($("error"), e);
      $("verdict").textContent = "";
      $("reason").textContent = "";
      $("evidence").replaceChildren();
    } finally { $("answer").classList.remove("busy"); }
  }

  $("a").value = state.get("a", "ETH");
  $("b").value = state.get("b", "RUT");
  $("claim").value = state.get("claim", "record-low-correlation");
  $("date").value = state.get("since", "2024-07-23");
  $("threshold").value = state.get("threshold", "0.2");
  $("to").value = state.get("to", "");
  $("window").value = state.get("window", "90");
  $("claim").addEventListener("change", showFields);
  $("controls").addEventListener("submit", (e) => { e.preventDefault(); check(); });
  showFields();
  Decouple.fillSymbols($("symbols"));
  check();
})();
