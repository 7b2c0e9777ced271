"use strict";
// The review workbench: filters, sorting and paging of the events table, and the reviewer's
// decisions written as rows of patterns/corrections.csv. Data comes from the page's JSON block;
// every text is put in the page with textContent, never as HTML.
(() => {
  const COLUMNS = ["action", "doc_id", "kind", "text", "start_char", "end_char", "target_id", "target_name", "event_ids", "comment"];
  const PAGE_SIZE = 50;
  const FACETS = ["type", "status", "leader", "country", "doc"];
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, attrs = {}) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const readJson = (id) => { const node = $(id); return node ? JSON.parse(node.textContent) : null; };

  // ---- decisions: kept in localStorage so that index and document pages share them ----
  const csvCell = (value) => {
    const text = value === undefined || value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  };
  const csvRow = (decision) => COLUMNS.map((c) => csvCell(decision[c])).join(",");
  const decisionKey = (d) => COLUMNS.filter((c) => c !== "comment").map((c) => d[c] ?? "").join("\u0001");

  function makeDecisions(report) {
    const storeKey = "press-events-review:" + report;
    let list = [];
    // Read again before every use: another page of the report (another tab) may have changed them.
    const load = () => {
      try { list = JSON.parse(localStorage.getItem(storeKey) || "[]"); } catch (e) { /* no storage: this page only */ }
      return list;
    };
    const listeners = [];
    const save = () => {
      try { localStorage.setItem(storeKey, JSON.stringify(list)); } catch (e) { /* file:// without storage: this page only */ }
      listeners.forEach((f) => f());
    };
    const same = (d) => (x) => decisionKey(x) === decisionKey(d);
    window.addEventListener("storage", (ev) => { if (ev.key === storeKey || ev.key === null) listeners.forEach((f) => f()); });
    return {
      all: () => load().slice(),
      has: (d) => load().some(same(d)),
      add(d) { if (!load().some(same(d))) { list.push(d); save(); } },
      remove(d) { list = load().filter((x) => !same(d)(x)); save(); },
      clear() { list = []; save(); },
      onChange(f) { listeners.push(f); },
      rows: () => load().map(csvRow).join("\n") + (list.length ? "\n" : ""),
    };
  }

  function setupDecisionPanel(decisions) {
    const box = document.querySelector("#decisions details");
    let shown = -1;
    const render = () => {
      const items = decisions.all();
      // Folded while empty (it floats over the table on a laptop), unfolded when the first decision comes.
      if (shown <= 0 && items.length > 0) box.open = true;
      if (shown === -1 && items.length === 0) box.open = false;
      shown = items.length;
      $("decision-count").textContent = String(items.length);
      const ol = $("decision-list");
      ol.replaceChildren(...items.map((d) => {
        const li = el("li", d.action + " " + (d.event_ids || [d.doc_id, d.text || (d.start_char + "–" + d.end_char)].filter(Boolean).join(" ")) + (d.target_id ? " → " + d.target_id : "") + " ");
        const undo = el("button", "undo", { type: "button", "aria-label": "undo " + d.action });
        undo.addEventListener("click", () => decisions.remove(d));
        li.append(undo);
        return li;
      }));
      $("corrections").value = decisions.rows();
    };
    decisions.onChange(render);
    $("copy-rows").addEventListener("click", () => copyRows(decisions.rows()));
    $("download-rows").addEventListener("click", () => downloadRows(decisions.rows()));
    $("clear-decisions").addEventListener("click", () => decisions.clear());
    render();
  }

  function copyRows(text) {
    const done = () => { $("decision-status").textContent = "Copied " + text.split("\n").filter(Boolean).length + " row(s)."; };
    const fallback = () => { const area = $("corrections"); area.focus(); area.select(); document.execCommand("copy"); done(); };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  function downloadRows(text) {
    const link = el("a", null, { download: "corrections-rows.csv" });
    link.href = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
    document.body.append(link);
    link.click();
    link.remove();
    $("decision-status").textContent = "Downloaded corrections-rows.csv: append its rows to patterns/corrections.csv and re-run.";
  }

  // ---- the events table ----
  function setupWorkbench(data, decisions) {
    const events = data.events;
    const form = $("filters");
    const state = { sort: "id", order: "asc", page: 0, focus: "" };
    const byId = new Map(events.map((e) => [e.id, e]));
    const selected = new Set();
    events.forEach((e) => { e.searchText = e.evidence.toLowerCase(); });

    const facetValues = {
      type: (e) => [e.type], status: (e) => [e.status], leader: (e) => e.leaders, country: (e) => e.countries, doc: (e) => e.docs,
    };
    const facetLabel = {
      type: (v) => v, status: (v) => v, leader: (v) => data.leaders[v] || v, country: (v) => v, doc: (v) => v,
    };
    const filters = () => Object.fromEntries(new FormData(form).entries());
    const passes = (e, f, skip) => {
      for (const facet of FACETS) {
        if (facet !== skip && f[facet] && !facetValues[facet](e).includes(f[facet])) return false;
      }
      if (f.from && !(e.end || e.start) ) return false;
      if (f.from && (e.end || e.start) < f.from) return false;
      if (f.to && !e.start) return false;
      if (f.to && e.start > f.to) return false;
      if (f.conf !== undefined && f.conf !== "" && !(e.conf < Number(f.conf))) return false;
      if (f.q && !e.searchText.includes(f.q.toLowerCase())) return false;
      return true;
    };

    function fillFacetOptions(f) {
      for (const facet of FACETS) {
        const counts = new Map();
        for (const e of events) {
          if (!passes(e, f, facet)) continue;
          for (const v of facetValues[facet](e)) counts.set(v, (counts.get(v) || 0) + 1);
        }
        const select = form.elements[facet];
        const current = select.value;
        const values = new Set([...counts.keys(), ...(current ? [current] : [])]);
        const sorted = [...values].sort((a, b) => facetLabel[facet](a).localeCompare(facetLabel[facet](b)));
        const options = [el("option", "all", { value: "" })].concat(sorted.map((v) => el("option", facetLabel[facet](v) + " (" + (counts.get(v) || 0) + ")", { value: v })));
        select.replaceChildren(...options);
        select.value = current;
      }
    }

    const sortKeys = {
      id: (e) => e.id, type: (e) => e.type, status: (e) => e.status, date: (e) => e.start || "~",
      leaders: (e) => e.leaders.map((l) => data.leaders[l] || l).join("; "), countries: (e) => e.countries.join(" "),
      amount: (e) => e.amount ?? -Infinity, n: (e) => e.n, conf: (e) => e.conf,
    };
    function sorted(rows) {
      const key = sortKeys[state.sort] || sortKeys.id;
      const sign = state.order === "desc" ? -1 : 1;
      return rows.slice().sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        return (typeof x === "number" ? x - y : String(x).localeCompare(String(y))) * sign || a.id.localeCompare(b.id);
      });
    }

    function eventRow(e) {
      const tr = el("tr", null, { id: e.id, "data-event": e.id });
      if (e.id === state.focus) tr.classList.add("focused");
      const rejected = decisions.has(rejectEvent(e.id));
      if (rejected) tr.classList.add("rejected");
      const pick = el("input", null, { type: "checkbox", "aria-label": "select " + e.id + " to merge" });
      pick.checked = selected.has(e.id);
      pick.addEventListener("change", () => { pick.checked ? selected.add(e.id) : selected.delete(e.id); updateMergeButton(); });
      const reject = el("button", rejected ? "undo reject" : "reject", { type: "button", class: "reject", "aria-label": (rejected ? "undo reject " : "reject ") + e.id });
      reject.addEventListener("click", () => { rejected ? decisions.remove(rejectEvent(e.id)) : decisions.add(rejectEvent(e.id)); });
      const when = e.start === e.end ? e.start : e.start + "\n– " + e.end;
      const where = e.countries.join(" ") + (e.location ? "\n" + e.location : "");
      const cells = [
        [pick, reject], e.id, e.type, e.status, when, e.leaders.map((l) => data.leaders[l] || l).join("; "),
        where, e.agreements.join("; "), e.amountText,
      ];
      const classes = { 1: "id", 4: "date", 6: "where", 7: "agreements" };
      for (const [i, value] of cells.entries()) {
        const td = el("td", Array.isArray(value) ? null : value, classes[i] ? { class: classes[i] } : {});
        if (Array.isArray(value)) td.append(...value);
        tr.append(td);
      }
      const evidence = el("td", null, { class: "evidence" });
      evidence.append(el("span", e.evidence), el("br"));
      e.links.forEach(([doc, sentence], i) => {
        if (i) evidence.append(" ");
        const a = el("a", doc + " §" + sentence);
        a.href = "docs/" + encodeURIComponent(data.pages[doc]) + "#s" + sentence;
        evidence.append(a);
      });
      tr.append(el("td", e.n), el("td", e.conf), evidence);
      return tr;
    }
    const rejectEvent = (id) => ({ action: "reject_event", event_ids: id, comment: "rejected in review" });

    function updateMergeButton() {
      const button = $("merge-selected");
      button.disabled = selected.size < 2;
      button.textContent = "Merge " + selected.size + " selected event(s)";
    }
    $("merge-selected").addEventListener("click", () => {
      const ids = events.filter((e) => selected.has(e.id)).map((e) => e.id);
      if (ids.length < 2) return;
      decisions.add({ action: "merge_events", event_ids: ids.join(";"), comment: "merged in review" });
      selected.clear();
      updateMergeButton();
    });

    function render() {
      const f = filters();
      const shown = sorted(events.filter((e) => passes(e, f)));
      const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
      if (state.focus) {
        const at = shown.findIndex((e) => e.id === state.focus);
        if (at >= 0) state.page = Math.floor(at / PAGE_SIZE);
      }
      state.page = Math.min(Math.max(0, state.page), pages - 1);
      const slice = shown.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
      $("events-body").replaceChildren(...slice.map(eventRow));
      $("event-count").textContent = shown.length + " of " + events.length + " events match";
      $("page-info").textContent = "page " + (state.page + 1) + " of " + pages + " (" + (slice.length ? state.page * PAGE_SIZE + 1 : 0) + "–" + (state.page * PAGE_SIZE + slice.length) + ")";
      $("prev-page").disabled = state.page === 0;
      $("next-page").disabled = state.page >= pages - 1;
      document.querySelectorAll("#events th[data-sort]").forEach((th) => {
        th.setAttribute("aria-sort", th.dataset.sort === state.sort ? (state.order === "asc" ? "ascending" : "descending") : "none");
      });
      fillFacetOptions(f);
      writeHash(f);
      const focused = state.focus && $(state.focus);
      if (focused) focused.scrollIntoView({ block: "center" });
    }

    // ---- the filter state lives in the URL's fragment: a link reproduces the view ----
    function writeHash(f) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(f)) if (v) params.set(k, v);
      if (state.sort !== "id" || state.order !== "asc") params.set("sort", state.sort + ":" + state.order);
      if (state.page) params.set("page", String(state.page + 1));
      const hash = params.toString() ? "#" + params.toString() : "#all";
      if (location.hash !== hash && !state.focus) history.replaceState(null, "", hash);
    }
    const clearForm = () => { for (const field of form.elements) if (field.name) field.value = ""; };
    function readHash() {
      const raw = decodeURIComponent(location.hash.slice(1));
      state.focus = "";
      if (raw && !location.hash.includes("=") && byId.has(raw)) { clearForm(); state.focus = raw; return; }
      if (raw === "all") { clearForm(); Object.assign(state, { sort: "id", order: "asc", page: 0 }); return; }
      if (!location.hash.includes("=")) return; // a section of the page
      const params = new URLSearchParams(location.hash.slice(1));
      clearForm();
      for (const [k, v] of params) {
        if (form.elements[k] && form.elements[k].tagName === "SELECT") form.elements[k].append(el("option", v, { value: v }));
        if (form.elements[k]) form.elements[k].value = v;
      }
      const [sort, order] = (params.get("sort") || "id:asc").split(":");
      Object.assign(state, { sort, order: order === "desc" ? "desc" : "asc", page: Number(params.get("page") || 1) - 1 });
    }

    form.addEventListener("input", () => { state.page = 0; state.focus = ""; render(); });
    form.addEventListener("submit", (ev) => ev.preventDefault());
    form.addEventListener("reset", () => setTimeout(() => { state.page = 0; state.focus = ""; render(); }));
    $("prev-page").addEventListener("click", () => { state.page -= 1; state.focus = ""; render(); });
    $("next-page").addEventListener("click", () => { state.page += 1; state.focus = ""; render(); });
    document.querySelectorAll("#events th[data-sort] button").forEach((button) => button.addEventListener("click", () => {
      const column = button.parentElement.dataset.sort;
      state.order = state.sort === column && state.order === "asc" ? "desc" : "asc";
      state.sort = column;
      state.focus = "";
      render();
    }));
    window.addEventListener("hashchange", () => { readHash(); render(); });
    decisions.onChange(render);
    readHash();
    updateMergeButton();
    render();
  }

  // ---- a document page: decisions on its highlighted mentions ----
  function setupMentions(data, decisions) {
    const byId = new Map(data.mentions.map((m) => [m.id, m]));
    const tool = $("mention-tool");
    const rejectHere = (m) => ({ action: "reject_mention", doc_id: data.doc_id, kind: m.kind, start_char: m.start, end_char: m.end, comment: "rejected in review: " + m.text });
    const rejectText = (m) => ({ action: "reject_mention", kind: m.kind, text: m.text, comment: "rejected everywhere in review" });
    const mapTo = (m, id, everywhere) => ({ action: m.kind === "leaders" ? "map_leader" : "map_agreement", doc_id: everywhere ? "" : data.doc_id, text: m.text, target_id: id, target_name: data.ids[m.kind][id] || "", comment: "mapped in review" });

    function mentionControls(m) {
      const box = el("div", null, { class: "mention-controls" });
      box.append(el("p", m.value, { class: "mention-value" }));
      const here = el("button", "reject this mention", { type: "button", "data-action": "reject", "data-mention": m.id });
      here.addEventListener("click", () => decisions.add(rejectHere(m)));
      const everywhere = el("button", "reject \u201c" + m.text + "\u201d everywhere", { type: "button", "data-action": "reject-text" });
      everywhere.addEventListener("click", () => decisions.add(rejectText(m)));
      box.append(here, " ", everywhere);
      if (m.kind === "leaders" || m.kind === "agreements") box.append(mapControls(m));
      return box;
    }
    function mapControls(m) {
      const wrap = el("p");
      const listId = "ids-" + m.kind;
      const input = el("input", null, { list: listId, "aria-label": "map to " + (m.kind === "leaders" ? "leader" : "agreement") + " id", placeholder: m.kind === "leaders" ? "leader id" : "agreement id" });
      const all = el("input", null, { type: "checkbox", "aria-label": "in every document" });
      const button = el("button", "map", { type: "button", "data-action": "map" });
      button.addEventListener("click", () => { if (input.value.trim()) decisions.add(mapTo(m, input.value.trim(), all.checked)); });
      const label = el("label", " in every document ");
      label.prepend(all);
      wrap.append("map to ", input, " ", label, button);
      return wrap;
    }
    function open(ids, anchor) {
      const mentions = ids.map((id) => byId.get(id)).filter(Boolean);
      if (!mentions.length) return;
      tool.replaceChildren(el("h2", "Mention" + (mentions.length > 1 ? "s" : "") + " here"), ...mentions.map(mentionControls));
      const close = el("button", "close", { type: "button" });
      close.addEventListener("click", () => { tool.hidden = true; anchor && anchor.focus(); });
      tool.append(close);
      tool.hidden = false;
      tool.querySelector("button").focus();
    }
    for (const kind of ["leaders", "agreements"]) {
      const list = el("datalist", null, { id: "ids-" + kind });
      list.append(...Object.entries(data.ids[kind]).map(([id, name]) => el("option", name, { value: id })));
      document.body.append(list);
    }
    document.querySelectorAll("mark[data-mentions]").forEach((mark) => {
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      const go = () => open(mark.dataset.mentions.split(" "), mark);
      mark.addEventListener("click", go);
      mark.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); } });
    });
    document.querySelectorAll("button[data-open-mention]").forEach((b) => b.addEventListener("click", () => open([b.dataset.openMention], b)));
    document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") tool.hidden = true; });
    const markDecided = () => document.querySelectorAll("mark[data-mentions]").forEach((mark) => {
      const gone = mark.dataset.mentions.split(" ").some((id) => byId.has(id) && decisions.has(rejectHere(byId.get(id))));
      mark.classList.toggle("rejected", gone);
    });
    decisions.onChange(markDecided);
    markDecided();
  }

  // ---- sortable static tables (documents, mentions) ----
  function setupStaticSort() {
    document.querySelectorAll("table.sortable th button").forEach((button) => button.addEventListener("click", () => {
      const th = button.parentElement;
      const column = [...th.parentElement.children].indexOf(th);
      const body = th.closest("table").tBodies[0];
      const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent.trim();
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      th.parentElement.querySelectorAll("th").forEach((h) => h.setAttribute("aria-sort", "none"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const numeric = x !== "" && y !== "" && !isNaN(x) && !isNaN(y);
        return (numeric ? x - y : x.localeCompare(y)) * (ascending ? 1 : -1);
      });
      body.append(...rows);
    }));
  }

  const index = readJson("review-data");
  const doc = readJson("document-data");
  const decisions = makeDecisions((index || doc).report);
  setupDecisionPanel(decisions);
  setupStaticSort();
  if (index) setupWorkbench(index, decisions);
  if (doc) setupMentions(doc, decisions);
  const ms = Math.round(performance.now());
  const loaded = $("load-time");
  if (loaded) loaded.textContent = "Ready in " + ms + " ms" + (index ? " (" + index.events.length + " events)" : "") + ".";
  document.documentElement.dataset.loadMs = String(ms);
  window.reviewReady = true;
})();
