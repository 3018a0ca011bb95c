// Helpers of the term explorer page (zhframe.plots.explorer): prepended to each CustomJS
// callback. Plain functions over the page's column data; Bokeh draws everything.
function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
function marked(text, s, e) {
  return esc(text.slice(0, s)) + "<mark>" + esc(text.slice(s, e)) + "</mark>" + esc(text.slice(e));
}
function line(P, row, s, e, width) {
  const t = P.text[row];
  const left = t.slice(Math.max(0, s - width), s), right = t.slice(e, e + width);
  return '<details class="line"><summary><span class="loc">' + esc(P.doc[row]) + " ¶" +
    esc(P.para[row]) + '</span><span class="left"><span>' + (s > width ? "…" : "") + esc(left) +
    "</span></span><mark>" + esc(t.slice(s, e)) + '</mark><span class="right">' + esc(right) +
    (e + width < t.length ? "…" : "") + '</span></summary><p class="para">' + esc(P.doc[row]) +
    (P.title[row] ? " 《" + esc(P.title[row]) + "》" : "") + ", paragraph " + esc(P.para[row]) + " (" + esc(P.group[row]) + "): " + marked(t, s, e) +
    "</p></details>";
}
function concordance(d, i, P, meta) {
  const term = d.term[i];
  let h = '<div class="conc"><h3>' + esc(term) + "</h3><p class=\"stats\">" +
    esc(meta.target) + ": " + d.count_target[i] + " tokens (" + d.rate_target[i].toFixed(1) +
    " per 10k); " + esc(meta.rest) + ": " + d.count_rest[i] + " tokens (" +
    d.rate_rest[i].toFixed(1) + " per 10k). Log Ratio " + esc(d.lr_text[i]) + ", q " +
    esc(d.q_text[i]) + ": <b>" + esc(d.verdict[i]) + "</b>. In " + d.paragraphs[i] +
    " paragraphs of " + d.articles[i] + " articles; POS " + esc(d.pos[i]) + "; lexicon " +
    esc(d.category[i]) + ".</p>";
  const hits = d.hits[i] ? d.hits[i].split(";").map(x => x.split(",").map(Number)) : [];
  const sides = [["target", meta.target, d.count_target[i]], ["rest", meta.rest, d.count_rest[i]]];
  h += '<div class="sides">';
  for (const [side, name, n] of sides) {
    const mine = hits.filter(x => P.side[x[0]] === side);
    h += '<div class="side ' + side + '"><h4>' + esc(name) + " (" + mine.length + " of " + n +
      " shown)</h4>";
    for (const [row, s, e] of mine) h += line(P, row, s, e, meta.width);
    if (!mine.length) h += '<p class="none">no occurrence as a token</p>';
    h += "</div>";
  }
  h += "</div>";
  if (d.compounds[i]) {
    h += '<h4>Dictionary words containing ' + esc(term) + ' (tokens ' + esc(meta.target) +
      " / " + esc(meta.rest) + ')</h4><table class="compounds">';
    for (const c of d.compounds[i].split("\x1e")) {
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
function refilter(A, shown, f, force) {
  const idx = [];
  for (let j = 0; j < A.term.length; j++) if (j === force || keep(A, j, f)) idx.push(j);
  const out = {};
  for (const k of Object.keys(A)) out[k] = idx.map(j => A[k][j]);
  shown.selected.indices = [];
  shown.data = out;
  return out;
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
