// The web UI: one static page (HTML, CSS and script, no external resources)
// that calls the JSON API of server.cc. Every value from the database is
// inserted as text (textContent), never as markup.
#include <string_view>

#include "server/server.h"

namespace newsgraph::server {
namespace {

constexpr std::string_view kPage = R"NGUI(<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#223;color:#fff;padding:.6em 1em;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
header b{font-size:1.15em}header a{color:#cde;text-decoration:none}header a.on{color:#fff;border-bottom:2px solid #fff}
main{max-width:1100px;margin:1em auto;padding:0 1em}
form{display:flex;gap:.5em;flex-wrap:wrap;margin:.5em 0 1em}input,select,button{font:inherit;padding:.25em .4em}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef}.muted{color:#777;font-size:.9em}.err{color:#a00;font-weight:bold}
.card{background:#fff;border:1px solid #ddd;padding:.6em .8em;margin:.5em 0}
mark{background:#ffe36e}a{color:#2456a6}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:1em;line-height:1.7}
.m-PERSON{border-bottom:2px solid #2a7}.m-ORG{border-bottom:2px solid #a52}.m-GPE,.m-LOC{border-bottom:2px solid #36c}
.m-NORP{border-bottom:2px dotted #36c}.q-content{background:#fff6c2}.q-source{background:#d7ecff}
.q-cue{font-weight:bold;color:#064}.ev{background:#ffd6d6;font-weight:bold}
.legend span{margin-right:1em;padding:0 .3em}.nw{white-space:nowrap}
</style></head><body>
<header><b>newsgraph</b>
<a href="#overview">Overview</a><a href="#search">Search</a><a href="#quotes">Quotes</a>
<a href="#events">Events</a><a href="#actors">Actors</a><a href="#dyad">Dyad</a></header>
<main id="main"></main>
<script>
"use strict";
const main = document.getElementById("main");
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e[k] = v; else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
}
async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== undefined) q.set(k, v);
  const r = await fetch(path + (q.toString() ? "?" + q : ""));
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
function show(...nodes) { main.replaceChildren(...nodes); }
function fail(e) { main.append(el("p", {class: "err"}, e.message)); }
function articleLink(id, label) { return el("a", {href: "#article/" + id}, label || "article " + id); }
function table(heads, rows) {
  return el("table", {}, el("tr", {}, ...heads.map(h => el("th", {}, h))),
            ...rows.map(r => el("tr", {}, ...r.map(c => el("td", {}, c)))));
}
function form(fields, run) {
  const inputs = {};
  const f = el("form", {onsubmit: ev => { ev.preventDefault(); const v = {};
    for (const [k, i] of Object.entries(inputs)) v[k] = i.value.trim();
    location.hash = location.hash.split("?")[0] + "?" + new URLSearchParams(v); }});
  const cur = new URLSearchParams(location.hash.split("?")[1] || "");
  for (const [name, ph] of fields) {
    inputs[name] = el("input", {name, placeholder: ph});
    inputs[name].value = cur.get(name) || "";
    f.append(inputs[name]);
  }
  f.append(el("button", {type: "submit"}, "Go"));
  const v = {}; for (const [k] of fields) v[k] = cur.get(k) || "";
  return [f, v, cur.toString() !== ""];
}
function marked(snippet) {
  const out = el("span");
  snippet.split("\x01").forEach((part, i) => {
    if (i === 0) { out.append(part); return; }
    const [hit, rest] = part.split("\x02");
    out.append(el("mark", {}, hit), rest || "");
  });
  return out;
}
const args = a => a.map(x => x.name || x.code || "?").join(", ");

const views = {
  async overview() {
    const s = await api("/api/stats");
    show(el("h2", {}, "What this database holds"),
      table(["articles", "quotes (attributed)", "events", "actors (linked)", "dates"],
        [[s.articles, s.quotes + " (" + s.attributed_quotes + ")", s.events,
          s.actors + " (" + s.linked_actors + ")", (s.first_date || "?") + " to " + (s.last_date || "?")]]),
      el("h3", {}, "Events by type"), table(["type", "reports"], s.events_by_type.map(c => [c.key, c.n])),
      el("h3", {}, "Outlets"), table(["outlet", "articles"], s.outlets.map(c => [c.key, c.n])));
  },
  async search() {
    const [f, v, asked] = form([["q", "words or FTS5 query"]]);
    show(el("h2", {}, "Full-text search"), f);
    if (!asked || !v.q) return;
    const r = await api("/api/search", {q: v.q, limit: 50});
    main.append(r.hits.length ? table(["", "what", "where"], r.hits.map(h => [h.kind,
      el("div", {}, h.speaker ? el("b", {}, h.speaker + ": ") : "", marked(h.snippet)),
      el("div", {}, articleLink(h.article, h.title || "article " + h.article), el("div", {class: "muted"},
        (h.published || "") + " " + (h.outlet || ""))) ])) : el("p", {}, "No hits."));
  },
  async quotes() {
    const [f, v, asked] = form([["speaker", "speaker (any name)"], ["about", "about an actor"],
                                ["since", "since YYYY-MM-DD"], ["until", "until"]]);
    show(el("h2", {}, "Who said what"), f);
    if (!asked) return;
    const r = await api("/api/quotes", {...v, limit: 100});
    main.append(r.quotes.length ? table(["speaker", "quote", "where"], r.quotes.map(q => [
      el("div", {}, q.speaker || el("i", {}, "unattributed"), el("div", {class: "muted"}, (q.cue || "") + " · " + q.kind)),
      q.content, el("div", {}, articleLink(q.article, q.title), el("div", {class: "muted"}, (q.published || "") + " " + (q.outlet || "")))]))
      : el("p", {}, "No quotes."));
  },
  async events() {
    const [f, v] = form([["actor", "actor or recipient"], ["type", "PLOVER type"],
                         ["since", "since YYYY-MM-DD"], ["until", "until"]]);
    show(el("h2", {}, "Who did what to whom (merged across articles)"), f);
    const r = await api("/api/events", {...v, limit: 200});
    main.append(r.events.length ? table(["date", "type", "actor → recipient", "where", "reports"],
      r.events.map(e => [el("span", {class: "nw"}, e.date || "undated"), el("div", {}, e.type, el("div", {class: "muted"}, e.modality + (e.cameo ? " · CAMEO " + e.cameo : ""))),
        el("div", {}, args(e.actor) + " → " + args(e.recipient), el("div", {class: "muted"}, "“" + e.trigger + "”")),
        e.location || "", el("div", {}, e.mentions + " in " + e.sources + " sources ", articleLink(e.article, "first"))]))
      : el("p", {}, "No events."));
  },
  async actors() {
    const [f, v, asked] = form([["name", "one actor's name"]]);
    show(el("h2", {}, "Actors"), f);
    if (asked && v.name) {
      const p = await api("/api/actor", {name: v.name});
      main.append(el("div", {class: "card"}, el("h3", {}, p.actor.name + " ",
          el("span", {class: "muted"}, [p.actor.type, p.actor.code, p.actor.sector].filter(Boolean).join(" · "))),
        el("p", {}, "Also called: " + (p.aliases.join(", ") || "—")),
        el("p", {}, p.actor.articles + " articles, " + p.actor.mentions + " mentions, " + p.actor.quotes + " quotes"),
        table(["month", "mentions"], p.months.map(m => [m.key, m.n])),
        el("h4", {}, "Appears with"), table(["actor", "shared articles"], p.cooccurring.map(a => [a.name, a.articles]))));
      return;
    }
    const r = await api("/api/actors", {top: 50});
    main.append(table(["actor", "type", "code", "articles", "mentions", "quotes"],
      r.actors.map(a => [el("a", {href: "#actors?name=" + encodeURIComponent(a.name)}, a.name), a.type || "", a.code || "", a.articles, a.mentions, a.quotes])));
  },
  async dyad() {
    const [f, v, asked] = form([["a", "actor A (name or code)"], ["b", "actor B"], ["type", "PLOVER type"]]);
    show(el("h2", {}, "Dyad timeline"), f);
    if (!asked || !v.a || !v.b) return;
    const r = await api("/api/dyad", v);
    const a = r.a.codes[0] || r.a.query, b = r.b.codes[0] || r.b.query;
    main.append(table(["date", "type", a + " → " + b, b + " → " + a, "reports"],
      r.days.map(d => [d.date, d.type, d.a_to_b, d.b_to_a, d.mentions])),
      el("p", {class: "muted"}, r.undated + " undated events not shown"));
  },
  async article(id) {
    const a = await api("/api/articles/" + encodeURIComponent(id));
    const chars = Array.from(a.text);  // code points, as the offsets count
    const cls = chars.map(() => new Set()), tips = chars.map(() => []);
    const paint = (s, c, tip) => { if (!s) return;
      for (let i = Math.max(0, s.start); i < Math.min(s.end, chars.length); i++) { cls[i].add(c); if (tip) tips[i].push(tip); } };
    for (const m of a.mentions) paint(m.span, "m-" + m.type, m.kind + " " + m.type + (m.name ? ": " + m.name : "") + (m.code ? " [" + m.code + (m.sector ? " " + m.sector : "") + "]" : ""));
    for (const q of a.quotes) { paint(q.content_span, "q-content", "quote " + q.id + " (" + q.kind + ") by " + (q.speaker || "?"));
      paint(q.source_span, "q-source", "speaker of " + q.id); paint(q.cue_span, "q-cue", "cue of " + q.id); }
    for (const e of a.events) paint(e.trigger_span, "ev", e.type + " " + e.actors + " → " + e.recipients + " (" + e.modality + (e.date ? ", " + e.date : "") + ")");
    const text = el("div", {class: "text"});
    for (let i = 0; i < chars.length;) {
      let j = i + 1; const key = [...cls[i]].sort().join(" "), tip = tips[i].join("\n");
      while (j < chars.length && [...cls[j]].sort().join(" ") === key && tips[j].join("\n") === tip) j++;
      const piece = chars.slice(i, j).join("");
      text.append(key ? el("span", {class: key, title: tip}, piece) : piece);
      i = j;
    }
    show(el("h2", {}, a.title || "article " + a.id),
      el("p", {class: "muted"}, [a.published, a.outlet].filter(Boolean).join(" · "), " ", a.url ? el("a", {href: a.url, rel: "noreferrer"}, "source") : ""),
      el("p", {class: "legend"}, el("span", {class: "q-content"}, "quote"), el("span", {class: "q-source"}, "speaker"),
        el("span", {class: "q-cue"}, "cue"), el("span", {class: "ev"}, "event"), el("span", {class: "m-PERSON"}, "person"),
        el("span", {class: "m-ORG"}, "organisation"), el("span", {class: "m-GPE"}, "place")), text,
      el("h3", {}, "Quotes"), table(["id", "speaker", "cue", "kind"], a.quotes.map(q => [q.id, q.speaker || "", q.cue || "", q.kind || ""])),
      el("h3", {}, "Events"), table(["id", "type", "actor → recipient", "date", "modality"], a.events.map(e => [e.id, e.type, e.actors + " → " + e.recipients, e.date || "", e.modality])));
  },
};
async function route() {
  const [name, rest] = (location.hash.slice(1) || "overview").split("/");
  const view = name.split("?")[0];
  for (const a of document.querySelectorAll("header a")) a.className = a.getAttribute("href") === "#" + view ? "on" : "";
  try { await (views[view] || views.overview)(rest); } catch (e) { fail(e); }
}
window.onhashchange = route;
route();
</script></body></html>
)NGUI";

}  // namespace

std::string_view UiPage() { return kPage; }

}  // namespace newsgraph::server
