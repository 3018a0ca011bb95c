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
function concordance(A, i, P, D, meta, pages, among) {
  const term = A.term[i];
  let h = '<div class="conc"><h3>' + esc(term) + '</h3><p class="stats">' +
    esc(meta.target) + ": " + A.count_target[i] + " tokens (" + num(1e4 * A.count_target[i] / meta.totals[0], 1) +
    " per 10k); " + esc(meta.rest) + ": " + A.count_rest[i] + " tokens (" +
    num(1e4 * A.count_rest[i] / meta.totals[1], 1) + " per 10k). Log Ratio " + esc(lrText(A, i)) + ", q " +
    (A.q_value[i] === null || !isFinite(A.q_value[i]) ? "n/a" : String(Number(A.q_value[i].toPrecision(3)))) + ": <b>" + ["does not hold up", "holds up", "holds up", "not tested"][A.v[i]] +
    "</b>. In " + A.paragraphs[i] +
    " paragraphs of " + A.articles[i] + " articles; POS " + esc(A.pos[i]) + "; lexicon " +
    esc(A.category[i]) + ".</p>";
  const hits = occurrences(P, term);
  for (const [side, name] of [["target", meta.target], ["rest", meta.rest]]) {
    let mine = hits.filter(x => D.side[P.d[x[0]]] === side);
    if (side === "rest" && among && among !== "all") mine = mine.filter(x => D.group[P.d[x[0]]] === among);
    const n = Math.max(1, Math.ceil(mine.length / meta.lines));
    const page = Math.min(pages[side] || 0, n - 1);
    const first = page * meta.lines, shown = mine.slice(first, first + meta.lines);
    h += '<div class="side ' + side + '"><h4>' + esc(side === "rest" && among && among !== "all" ? among : name) +
      ": " + mine.length + " line" + (mine.length === 1 ? "" : "s") +
      (mine.length > meta.lines ? ", " + (first + 1) + "–" + (first + shown.length) + " shown" : "") + "</h4>";
    for (const [row, s, e] of shown) h += line(P, D, row, s, e, meta.width);
    if (!mine.length) h += '<p class="none">no occurrence as a token</p>';
    h += pager(side, page, n) + "</div>";
  }
  if (A.compounds[i]) {
    h += '<h4>Dictionary words containing ' + esc(term) + ' (tokens ' + esc(meta.target) +
      " / " + esc(meta.rest) + ')</h4><table class="compounds">';
    for (const c of A.compounds[i].split("\x1e")) {
      const [w, a, b] = c.split("\x1f");
      h += "<tr><td>" + esc(w) + "</td><td>" + a + "</td><td>" + b + "</td></tr>";
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
function install(A, shown, P, D, div, search, among, meta) {
  const state = {term: null, pages: {target: 0, rest: 0}, filter: null};
  const z = {
    refilter(f, force) {
      state.filter = f;
      const a = A.data, idx = [];
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
      const i = A.data.term.indexOf(state.term);
      div.text = concordance(A.data, i, P.data, D.data, meta, state.pages, among.value);
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
      const a = A.data, j = a.term.indexOf(q);
      if (j < 0) {
        const near = a.term.filter(x => x.includes(q)).slice(0, 30);
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
function hitsHtml(H, feature, group, label) {
  let h = '<div class="conc"><h3>' + esc(label) + " in " + esc(group) + "</h3>";
  let n = 0;
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
