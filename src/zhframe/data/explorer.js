// The term explorer page's functions (zhframe.plots.explorer). Installed once when the document
// is ready as window.zhframe; plain functions over the page's column data, Bokeh draws the rest.
function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function marked(text, s, e) {
  return esc(text.slice(0, s)) + "<mark>" + esc(text.slice(s, e)) + "</mark>" + esc(text.slice(e));
}
// every occurrence of `term` as a token: [paragraph row, start, end], in paragraph order
function occurrences(P, term) {
  const out = [], L = term.length;
  for (let r = 0; r < P.text.length; r++) {
    const t = P.text[r], lens = P.lens[r];
    if (t.indexOf(term) < 0) continue;
    let pos = 0;
    for (let k = 0; k < lens.length; k++) {
      const c = lens[k];
      if (c === "!") { pos += lens.charCodeAt(++k) - 48; continue; }
      let n;
      if (c === "~") { const j = lens.indexOf(";", k); n = parseInt(lens.slice(k + 1, j)); k = j; }
      else n = lens.charCodeAt(k) - 48;
      if (n === L && t.startsWith(term, pos)) out.push([r, pos, pos + n]);
      pos += n;
    }
  }
  return out;
}
function line(P, D, row, s, e, width) {
  const t = P.text[row], d = P.d[row];
  const left = t.slice(Math.max(0, s - width), s), right = t.slice(e, e + width);
  return '<details class="line"><summary><span class="loc">' + esc(D.doc[d]) + " ¶" +
    esc(P.para[row]) + '</span><span class="left"><span>' + (s > width ? "…" : "") + esc(left) +
    "</span></span><mark>" + esc(t.slice(s, e)) + '</mark><span class="right">' + esc(right) +
    (e + width < t.length ? "…" : "") + '</span></summary><p class="para">' + esc(D.doc[d]) +
    (D.title[d] ? " 《" + esc(D.title[d]) + "》" : "") + ", paragraph " + esc(P.para[row]) + " (" +
    esc(D.group[d]) + "): " + marked(t, s, e) + "</p></details>";
}
function pager(side, page, pages) {
  if (pages <= 1) return "";
  const b = (p, label) => '<button class="pg" ' + (p < 0 || p >= pages ? "disabled " : "") +
    'onclick="zhframe.turn(\'' + side + "'," + p + ')">' + label + "</button>";
  return '<div class="pager">' + b(page - 1, "‹ previous") + " page " + (page + 1) + " of " + pages +
    " " + b(page + 1, "next ›") + "</div>";
}
function num(x, digits, signed) {
  if (x === null || x === undefined || !isFinite(x)) return "n/a";
  return (signed && x >= 0 ? "+" : "") + x.toFixed(digits);
}
function lrText(A, i) {
  return num(A.log_ratio[i], 2, true) + " [" + num(A.lr_low[i], 2, true) + ", " + num(A.lr_high[i], 2, true) + "]";
}
// a paragraph's side: its group against the chosen target (the target can change on the page)
function sideOf(D, d, meta) { return D.group[d] === meta.target ? "target" : "rest"; }
function listsHtml(top, target, rest) {
  const items = ws => ws.map(w => '<li><a class="term" data-term="' + esc(w) +
    '" onclick="window.zhframe && zhframe.find(this.dataset.term)">' + esc(w) + "</a></li>").join("") ||
    "<li>none</li>";
  return '<div class="lists"><h4 class="t">More in ' + esc(target) + "</h4><ol>" + items(top[0]) +
    '</ol><h4 class="r">More in ' + esc(rest) + "</h4><ol>" + items(top[1]) + "</ol></div>";
}
function concordance(A, i, P, D, meta, pages, among) {
  const term = A.term[i];
  let h = '<div class="conc"><h3>' + esc(term) + "</h3>" + (A.note ? '<p class="notes">' + esc(A.note) + "</p>" : "") +
    '<p class="stats">' +
    esc(meta.target) + ": " + A.count_target[i] + " tokens (" + num(1e4 * A.count_target[i] / meta.totals[0], 1) +
    " per 10k); " + esc(meta.rest) + ": " + A.count_rest[i] + " tokens (" +
    num(1e4 * A.count_rest[i] / meta.totals[1], 1) + " per 10k). Log Ratio " + esc(lrText(A, i)) + ", q " +
    (A.q_value[i] === null || !isFinite(A.q_value[i]) ? "n/a" : String(Number(A.q_value[i].toPrecision(3)))) + ": <b>" + ["does not hold up", "holds up", "holds up", "not tested"][A.v[i]] +
    "</b>. In " + A.paragraphs[i] +
    " paragraphs of " + A.articles[i] + " articles; POS " + esc(A.pos[i]) + "; lexicon " +
    esc(A.category[i]) + ".</p>";
  const hits = occurrences(P, term);
  for (const [side, name] of [["target", meta.target], ["rest", meta.rest]]) {
    let mine = hits.filter(x => sideOf(D, P.d[x[0]], meta) === side);
    if (side === "rest" && among && among !== "all") mine = mine.filter(x => D.group[P.d[x[0]]] === among);
    const n = Math.max(1, Math.ceil(mine.length / meta.lines));
    const page = Math.min(pages[side] || 0, n - 1);
    const first = page * meta.lines, shown = mine.slice(first, first + meta.lines);
    h += '<div class="side ' + side + '"><h4>' + esc(side === "rest" && among && among !== "all" ? among : name) +
      ": " + mine.length + " line" + (mine.length === 1 ? "" : "s") + (meta.sampled ? " in the page's sample" : "") +
      (mine.length > meta.lines ? ", " + (first + 1) + "–" + (first + shown.length) + " shown" : "") + "</h4>";
    for (const [row, s, e] of shown) h += line(P, D, row, s, e, meta.width);
    if (!mine.length) h += '<p class="none">no occurrence as a token</p>';
    h += pager(side, page, n) + "</div>";
  }
  if (A.compounds[i]) {
    // the compounds' counts are per side of the page's first target; for another target, their total
    const first = !meta.initial || meta.target === meta.initial;
    h += '<h4>Dictionary words containing ' + esc(term) + " (tokens " +
      (first ? esc(meta.target) + " / " + esc(meta.rest) : "in every group") + ')</h4><table class="compounds">';
    for (const c of A.compounds[i].split("\x1e")) {
      const [w, a, b] = c.split("\x1f");
      h += "<tr><td>" + esc(w) + "</td><td>" + (first ? a + "</td><td>" + b : String(+a + +b)) + "</td></tr>";
    }
    h += "</table>";
  }
  return h + "</div>";
}
function keep(A, j, f) {
  return (f.pos === "all" || A.pos[j] === f.pos) &&
    (f.category === "all" || A.category[j] === f.category) &&
    A.count_target[j] + A.count_rest[j] >= f.min;
}
function install(A, shown, P, D, div, search, among, meta, ext) {
  // state.cur: the terms of the chosen target (A.data for the page's first target)
  const state = {term: null, pages: {target: 0, rest: 0}, filter: null, cur: A.data};
  ext = ext || {};
  const first = {labels: ext.labels ? ext.labels.data : null, lists: ext.lists ? ext.lists.text : null,
                 totals: meta.totals, rest: meta.rest, min: ext.mincount ? ext.mincount.value : 1, help: div.text};
  const z = {
    meta: meta,
    refilter(f, force) {
      state.filter = f;
      const a = state.cur, idx = [];
      for (let j = 0; j < a.term.length; j++) if (j === force || keep(a, j, f)) idx.push(j);
      const out = {};
      for (const k of Object.keys(a)) out[k] = idx.map(j => a[k][j]);
      out.size = idx.map(j => Math.min(22, Math.round(5 + 2 * Math.sqrt(a.paragraphs[j]))));
      shown.selected.indices = [];
      shown.data = out;
      return out;
    },
    redraw() {
      if (state.term === null) return;
      const i = state.cur.term.indexOf(state.term);
      if (i >= 0) div.text = concordance(state.cur, i, P.data, D.data, meta, state.pages, among.value);
      else div.text = concordance(z.unsent(state.term), 0, P.data, D.data, meta, state.pages, among.value);
    },
    // a term of the page not sent for the chosen target: its counts from its lines, no test
    unsent(term) {
      const a = A.data, j = a.term.indexOf(term), n = {target: 0, rest: 0};
      for (const [r] of occurrences(P.data, term)) n[sideOf(D.data, P.data.d[r], meta)]++;
      return {term: [term], count_target: [n.target], count_rest: [n.rest], log_ratio: [NaN], lr_low: [NaN],
              lr_high: [NaN], q_value: [null], v: [3], paragraphs: [a.paragraphs[j]], articles: [a.articles[j]],
              pos: [a.pos[j]], category: [a.category[j]], compounds: [a.compounds[j]],
              note: "Not among the terms that lean most to either side for " + meta.target +
                    " (not sent with the page): counts from its lines, no test."};
    },
    setTarget(g) {
      const k = meta.groups ? meta.groups.indexOf(g) : -1;
      if (k < 0 || g === meta.target) return;
      meta.target = g;
      meta.rest = meta.rests[k];
      if (g === meta.initial) {
        state.cur = A.data;
        meta.totals = first.totals;
        ext.labels.data = first.labels;
        ext.lists.text = first.lists;
      } else {
        const G = ext.G.data, a = A.data, idx = [];
        for (let r = 0; r < G.gi.length; r++) if (G.gi[r] === k) idx.push(r);
        const out = {};
        for (const key of Object.keys(a))
          out[key] = key in G ? idx.map(r => G[key][r]) : idx.map(r => a[key][G.ti[r]]);
        state.cur = out;
        meta.totals = meta.gtotals[k];
        const L = ext.GL.data, lab = {};
        for (const key of ["x", "y", "text", "dx", "dy", "align"]) lab[key] = [];
        for (let r = 0; r < L.gi.length; r++)
          if (L.gi[r] === k) for (const key of Object.keys(lab)) lab[key].push(L[key][r]);
        ext.labels.data = lab;
        ext.lists.text = listsHtml(meta.gtop[k], g, meta.rest);
      }
      ext.head.text = ext.head.text.replace(/(<span class="tn">)[^<]*(<\/span>)/g, "$1" + esc(g) + "$2")
        .replace(/(<span class="rn">)[^<]*(<\/span>)/g, "$1" + esc(meta.rest) + "$2");
      ext.plot.below[0].axis_label = meta.rest + ": tokens per 10,000 (log; equal counts jittered)";
      ext.plot.left[0].axis_label = g + ": tokens per 10,000 (log)";
      const others = meta.groups.filter(x => x !== g);
      among.value = "all";
      among.options = ["all"].concat(others);
      among.visible = others.length > 1;
      state.term = null;
      div.text = first.help;
      // a group's view holds few terms: all drawn; the first target opens as the page did
      const min = g === meta.initial ? first.min : 1;
      if (ext.mincount && ext.mincount.value !== min) ext.mincount.value = min;  // its callback refilters
      z.refilter(Object.assign({}, state.filter, {min: min}), -1);
      if (window.zhframeRhetoric) window.zhframeRhetoric();  // the rhetoric tab follows the target
    },
    show(term, pt, pr) {
      state.term = term;
      state.pages = {target: pt || 0, rest: pr || 0};
      z.redraw();
    },
    turn(side, page) { state.pages[side] = page; z.redraw(); },
    lrText: lrText,
    find(q, f) {
      if (!q) return;
      if (search.value !== q) { search.value = q; return; }  // the search box's callback comes back here
      const a = state.cur, j = a.term.indexOf(q);
      if (j < 0 && A.data.term.indexOf(q) >= 0) { z.show(q, 0, 0); return; }  // a term not sent for this target
      if (j < 0) {
        const near = A.data.term.filter(x => x.includes(q)).slice(0, 30);
        div.text = '<p class="none">' + esc(q) + " is not a term of this comparison" +
          (near.length ? "; terms containing it: " + near.map(esc).join("、") : "") + ".</p>";
        return;
      }
      const out = z.refilter(f || state.filter, j);
      z.show(q, 0, 0);
      shown.selected.indices = [out.term.indexOf(q)];
    },
  };
  window.zhframe = z;
}
// ctx (the term view's paragraphs P, documents D and the feature names): the hits carry a feature
// code, a paragraph row and a span, and the hit and its context are cut from the paragraph here
function hitsHtml(H, feature, group, label, ctx) {
  let h = '<div class="conc"><h3>' + esc(label) + " in " + esc(group) + "</h3>";
  let n = 0;
  if (ctx) {
    const P = ctx.P, D = ctx.D, f = ctx.names.indexOf(feature), w = ctx.w;
    for (let j = 0; j < H.f.length; j++) {
      if (H.f[j] !== f || D.group[P.d[H.row[j]]] !== group) continue;
      n++;
      const r = H.row[j], t = P.text[r], s = H.start[j], e = H.end[j];
      h += '<p class="hit"><span class="loc">' + esc(D.doc[P.d[r]]) + " ¶" + esc(P.para[r]) + "</span>" +
        (s >= 0 ? esc(t.slice(Math.max(0, s - w), s)) : "") + "<mark>" + esc(H.text[j] || t.slice(s, e)) +
        "</mark><span>" + (e >= 0 ? esc(t.slice(e, e + w)) : "") + '</span><br><span class="evidence">' +
        esc(H.evidence[j]) + "</span></p>";
    }
    return h + (n ? "" : '<p class="none">no hit</p>') + "</div>";
  }
  for (let j = 0; j < H.feature.length; j++) {
    if (H.feature[j] !== feature || H.group[j] !== group) continue;
    n++;
    h += '<p class="hit"><span class="loc">' + esc(H.doc_id[j]) + " ¶" + esc(H.para[j]) +
      '</span>' + esc(H.left[j]) + "<mark>" + esc(H.text[j]) +
      '</mark><span>' + esc(H.right[j]) + '</span><br><span class="evidence">' +
      esc(H.evidence[j]) + "</span></p>";
  }
  if (!n) h += '<p class="none">no hit</p>';
  return h + "</div>";
}
