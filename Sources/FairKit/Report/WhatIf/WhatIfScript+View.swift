/// The page's JavaScript, part 4: the controls and what they show. Every string from the data
/// (column names, levels, group names) reaches the page through `textContent`, option text or an
/// attribute value, never through `innerHTML`, so it stays text. Colours come from the Okabe-Ito
/// palette and every coloured mark has its number or sign written beside it.
///
/// The URL fragment holds the state (`WhatIfScript.fragment`: read at load and on `hashchange`,
/// written back after every change), and the hidden table `#whatif-results` carries what the page
/// computed, every number in JavaScript's shortest round-trip form, for browser tests; `bench=1`
/// times 20 threshold moves and 20 edits and writes the median and largest times there too.
extension WhatIfScript {
    static let view = #"""
const $ = function (id) { return document.getElementById(id); };
const SVGNS = "http://www.w3.org/2000/svg";
const PALETTE = D.palette;
const state = { row: 0, values: rowValues(0), grouping: 0, thresholds: [], index: null };

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const k in attrs || {}) node.setAttribute(k, attrs[k]);
  if (text !== undefined) node.textContent = text;
  return node;
}
function svg(tag, attrs, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const k in attrs || {}) node.setAttribute(k, attrs[k]);
  if (text !== undefined) node.textContent = text;
  return node;
}
function fmt(x, digits) { return x === null || x === undefined || !isFinite(x) ? "\u2014" : x.toFixed(digits); }
function signed(x) { return (x > 0 ? "+" : x < 0 ? "\u2212" : "\u00b1") + Math.abs(x).toFixed(4); }
function valueText(c, v) {
  const col = COLS[c];
  if (col.type === "categorical") return col.levels[v];
  if (col.type === "boolean") return v ? "true" : "false";
  return String(v);
}

function buildFeatureInputs() {
  const box = $("features");
  box.textContent = "";
  COLS.forEach(function (col, c) {
    const field = el("div", { class: "field" });
    field.appendChild(el("label", { for: "feature-" + c }, col.name));
    let input;
    if (col.type === "numeric") {
      input = el("input", { id: "feature-" + c, type: "number", step: "any", min: col.min, max: col.max });
      field.appendChild(el("span", { class: "hint" }, "data range " + col.min + " to " + col.max));
    } else {
      input = el("select", { id: "feature-" + c });
      const levels = col.type === "boolean" ? ["false", "true"] : col.levels;
      levels.forEach(function (level, k) {
        const seen = col.type !== "categorical" || k < col.known;
        input.appendChild(el("option", { value: String(k) }, seen ? level : level + " (not seen in training)"));
      });
    }
    input.addEventListener("change", function () {
      let v = Number(input.value);
      if (col.type === "numeric") {
        if (!isFinite(v)) v = state.values[c];
        v = Math.min(col.max, Math.max(col.min, v));
        input.value = String(v);
      }
      state.values[c] = v;
      updateRow();
      scheduleFragment();
    });
    field.insertBefore(input, field.childNodes[1]);
    box.appendChild(field);
  });
}

function showRowInputs() {
  COLS.forEach(function (col, c) { $("feature-" + c).value = String(state.values[c]); });
  $("row-input").value = String(state.row);
}

function selectRow(i) {
  state.row = Math.min(N - 1, Math.max(0, i | 0));
  state.values = rowValues(state.row);
  showRowInputs();
  updateRow();
  scheduleFragment();
}

function buildThresholds() {
  const grouping = D.groups[state.grouping], box = $("thresholds");
  box.textContent = "";
  state.index = groupIndex(state.grouping);
  state.thresholds = grouping.levels.map(function () { return D.threshold; });
  grouping.levels.forEach(function (level, k) {
    const field = el("div", { class: "field" });
    const slider = el("input", { id: "threshold-" + k, type: "range", min: "0", max: "1", step: "0.01", value: String(D.threshold) });
    const number = el("input", { id: "threshold-number-" + k, type: "number", min: "0", max: "1", step: "0.01", value: String(D.threshold) });
    field.appendChild(el("label", { for: "threshold-" + k }, "Threshold for " + grouping.column + " = " + level));
    field.appendChild(slider);
    number.setAttribute("aria-label", "Threshold for " + grouping.column + " = " + level + " (number)");
    field.appendChild(number);
    function set(v) {
      if (!isFinite(v)) return;
      state.thresholds[k] = Math.min(1, Math.max(0, v));
      slider.value = number.value = String(state.thresholds[k]);
      updateAll();
      scheduleFragment();
    }
    slider.addEventListener("input", function () { set(Number(slider.value)); });
    number.addEventListener("change", function () { set(Number(number.value)); });
    box.appendChild(field);
  });
  buildHistograms();
}

function setThresholds(t) {
  state.thresholds = state.thresholds.map(function () { return t; });
  showThresholds();
}

function showThresholds() {
  state.thresholds.forEach(function (v, k) { $("threshold-" + k).value = $("threshold-number-" + k).value = String(v); });
}

const BINS = 20;
function buildHistograms() {
  const box = $("histograms"), grouping = D.groups[state.grouping];
  box.textContent = "";
  state.index.forEach(function (group, k) {
    const counts = histogram(group, BINS), top = Math.max.apply(null, Array.from(counts).concat([1]));
    const figure = el("figure", { class: "histogram" });
    const title = "Scores of " + grouping.column + " = " + grouping.levels[k];
    const chart = svg("svg", { viewBox: "0 0 300 90", width: "300", height: "90", role: "img", "aria-label": title + ", " + BINS + " bins of width 0.05" });
    chart.appendChild(svg("title", {}, title));
    for (let b = 0; b < BINS; b++) {
      const h = 70 * counts[b] / top;
      chart.appendChild(svg("rect", { x: String(b * 15), y: String(75 - h), width: "14", height: String(h), fill: PALETTE[k % PALETTE.length] }));
    }
    chart.appendChild(svg("line", { x1: "0", x2: "300", y1: "75", y2: "75", stroke: "#555" }));
    chart.appendChild(svg("text", { x: "0", y: "88", "font-size": "10" }, "0"));
    chart.appendChild(svg("text", { x: "292", y: "88", "font-size": "10" }, "1"));
    chart.appendChild(svg("text", { x: "150", y: "88", "font-size": "10", "text-anchor": "middle" }, "score"));
    chart.appendChild(svg("line", { class: "cut", x1: "0", x2: "0", y1: "0", y2: "75", stroke: "#000", "stroke-dasharray": "4 2", "stroke-width": "2" }));
    figure.appendChild(chart);
    figure.appendChild(el("figcaption", {}, title));
    box.appendChild(figure);
  });
}

function renderMetrics(rows, dis) {
  const grouping = D.groups[state.grouping], body = $("metrics-body");
  body.textContent = "";
  const low = dis.maxSelection === null ? null : 0.8 * dis.maxSelection;
  rows.forEach(function (r, k) {
    const tr = el("tr");
    const outside = low !== null && r.selection !== null && r.selection < low;
    [grouping.levels[k], String(r.n), fmt(r.threshold, 2), fmt(r.selection, 4), fmt(r.tpr, 4), fmt(r.fpr, 4),
     outside ? "below (! outside the band)" : "within"].forEach(function (text, i) { tr.appendChild(el(i === 0 ? "th" : "td", i === 0 ? { scope: "row" } : {}, text)); });
    body.appendChild(tr);
  });
  $("dp-difference").textContent = fmt(dis.dpDifference, 4);
  $("dp-ratio").textContent = fmt(dis.dpRatio, 4) + (dis.dpRatio === null ? "" : dis.dpRatio >= 0.8 ? " (meets four-fifths)" : " (below four-fifths)");
  $("eo-difference").textContent = fmt(dis.eoDifference, 4);
  drawSelectionChart(rows, dis);
  document.querySelectorAll("#histograms figure").forEach(function (figure, k) {
    const x = String(300 * rows[k].threshold);
    const cut = figure.querySelector(".cut");
    cut.setAttribute("x1", x); cut.setAttribute("x2", x);
    figure.querySelector("figcaption").textContent = "Scores of " + grouping.column + " = " + grouping.levels[k] + ": "
      + rows[k].selected + " of " + rows[k].n + " above the threshold " + fmt(rows[k].threshold, 2) + " (dashed line)";
  });
}

function drawSelectionChart(rows, dis) {
  const box = $("selection-chart"), grouping = D.groups[state.grouping];
  const left = 160, width = 400, barHeight = 22, top = 10, height = top + rows.length * (barHeight + 8) + 30;
  const chart = svg("svg", { viewBox: "0 0 640 " + height, width: "640", height: String(height), role: "img", "aria-labelledby": "selection-title selection-desc" });
  chart.appendChild(svg("title", { id: "selection-title" }, "Selection rate by " + grouping.column));
  chart.appendChild(svg("desc", { id: "selection-desc" }, "Shaded: the four-fifths band from 0.8 times the highest rate to the highest; the table below the chart holds the numbers."));
  if (dis.maxSelection !== null) {
    chart.appendChild(svg("rect", { x: String(left + width * 0.8 * dis.maxSelection), y: String(top - 4), width: String(width * 0.2 * dis.maxSelection),
      height: String(rows.length * (barHeight + 8)), fill: PALETTE[2], "fill-opacity": "0.16" }));
  }
  rows.forEach(function (r, k) {
    const y = top + k * (barHeight + 8), w = width * (r.selection || 0);
    const outside = dis.maxSelection !== null && r.selection !== null && r.selection < 0.8 * dis.maxSelection;
    chart.appendChild(svg("text", { x: String(left - 6), y: String(y + 15), "text-anchor": "end", "font-size": "12" }, grouping.levels[k]));
    chart.appendChild(svg("rect", { x: String(left), y: String(y), width: String(w), height: String(barHeight), fill: PALETTE[k % PALETTE.length] }));
    chart.appendChild(svg("text", { x: String(left + w + 6), y: String(y + 15), "font-size": "12" }, fmt(r.selection, 3) + (outside ? " ! outside" : "")));
  });
  const axisY = top + rows.length * (barHeight + 8);
  chart.appendChild(svg("line", { x1: String(left), x2: String(left + width), y1: String(axisY), y2: String(axisY), stroke: "#555" }));
  [0, 0.25, 0.5, 0.75, 1].forEach(function (t) {
    chart.appendChild(svg("text", { x: String(left + width * t), y: String(axisY + 16), "text-anchor": "middle", "font-size": "11" }, String(t)));
  });
  chart.appendChild(svg("text", { x: String(left + width / 2), y: String(axisY + 28), "text-anchor": "middle", "font-size": "11" }, "selection rate (share of rows with score > threshold)"));
  box.textContent = "";
  box.appendChild(chart);
}

function renderRow(p, threshold, a, cf) {
  const positive = p > threshold;
  $("probability").textContent = p.toFixed(6);
  $("decision").textContent = positive ? "positive (" + D.label.column + " = " + D.label.positive + ")" : "negative (not " + D.label.column + " = " + D.label.positive + ")";
  $("row-threshold").textContent = threshold.toFixed(2) + " (" + D.groups[state.grouping].column + " = " + D.groups[state.grouping].levels[D.groups[state.grouping].codes[state.row]] + ")";
  $("attribution-base").textContent = a.base.toFixed(4);
  $("attribution-output").textContent = a.output.toFixed(4);
  const order = Array.from(a.values.keys()).sort(function (i, j) { return Math.abs(a.values[j]) - Math.abs(a.values[i]) || i - j; });
  const largest = Math.max.apply(null, Array.from(a.values).map(Math.abs).concat([1e-12]));
  const body = $("attribution-body");
  body.textContent = "";
  order.forEach(function (c) {
    const tr = el("tr"), v = a.values[c];
    tr.appendChild(el("th", { scope: "row" }, COLS[c].name));
    tr.appendChild(el("td", {}, valueText(c, state.values[c])));
    tr.appendChild(el("td", { class: "number" }, signed(v)));
    const cell = el("td", { class: "bar" });
    cell.appendChild(el("span", { class: v >= 0 ? "up" : "down", style: "width:" + (100 * Math.abs(v) / largest).toFixed(1) + "%" }, v >= 0 ? "+" : "\u2212"));
    tr.appendChild(cell);
    body.appendChild(tr);
  });
  const cfBody = $("counterfactual-body");
  cfBody.textContent = "";
  if (!cf) {
    $("counterfactual-summary").textContent = "No row in the data has the other decision at these thresholds.";
    return;
  }
  $("counterfactual-summary").textContent = "Nearest row with the " + (positive ? "negative" : "positive") + " decision: row " + cf.row
    + " (score " + SCORES[cf.row].toFixed(4) + ", distance " + cf.distance.toFixed(4) + ").";
  function compared(name, mine, theirs, changed, kind) {
    const tr = el("tr", { class: (changed ? "changed " : "") + kind });
    tr.appendChild(el("th", { scope: "row" }, name));
    tr.appendChild(el("td", {}, mine));
    tr.appendChild(el("td", {}, theirs));
    tr.appendChild(el("td", {}, changed ? "changed" : ""));
    cfBody.appendChild(tr);
  }
  COLS.forEach(function (col, c) {
    const other = col.values[cf.row];
    compared(col.name, valueText(c, state.values[c]), valueText(c, other), other !== state.values[c], "feature-row");
  });
  // The grouping column is no model input, but it picks each row's threshold: at distance 0 it is
  // the only difference, so it is shown too.
  const grouping = D.groups[state.grouping];
  const mine = grouping.levels[grouping.codes[state.row]], theirs = grouping.levels[grouping.codes[cf.row]];
  compared(grouping.column + " (group, picks the threshold)", mine, theirs, mine !== theirs, "group-row");
}

const results = $("whatif-results");
function updateRow() {
  const start = performance.now();
  const x = encode(state.values, new Float64Array(P));
  const p = probability(x), a = attribution(x);
  const threshold = state.thresholds[D.groups[state.grouping].codes[state.row]];
  const cf = nearestOpposite(state.values, p > threshold ? 1 : 0, state.grouping, state.thresholds);
  renderRow(p, threshold, a, cf);
  results.setAttribute("data-row", String(state.row));
  results.setAttribute("data-probability", String(p));
  results.setAttribute("data-decision", p > threshold ? "1" : "0");
  results.setAttribute("data-threshold", String(threshold));
  results.setAttribute("data-base", String(a.base));
  results.setAttribute("data-attributions", Array.from(a.values).map(String).join(" "));
  results.setAttribute("data-counterfactual-row", cf ? String(cf.row) : "");
  return performance.now() - start;
}

function updateMetrics() {
  const rows = state.index.map(function (group, k) { return groupMetrics(group, state.thresholds[k]); });
  const dis = disparities(rows);
  renderMetrics(rows, dis);
  const body = results.querySelector("tbody");
  body.textContent = "";
  rows.forEach(function (r, k) {
    body.appendChild(el("tr", { "data-group": String(k), "data-level": D.groups[state.grouping].levels[k], "data-selection-rate": String(r.selection),
      "data-tpr": String(r.tpr), "data-fpr": String(r.fpr) }));
  });
  results.setAttribute("data-dp-difference", String(dis.dpDifference));
  results.setAttribute("data-dp-ratio", String(dis.dpRatio));
  results.setAttribute("data-eo-difference", String(dis.eoDifference));
}

function updateAll() {
  const start = performance.now();
  updateMetrics();
  updateRow();
  const ms = performance.now() - start;
  $("timing").textContent = "Last update: " + ms.toFixed(1) + " ms over " + N + " rows.";
  results.setAttribute("data-update-ms", ms.toFixed(2));
  return ms;
}

function median(xs) { const s = xs.slice().sort(function (a, b) { return a - b; }); return s[s.length >> 1]; }
function bench() {
  const moves = [], edits = [];
  for (let k = 0; k < 20; k++) { setThresholds(0.3 + 0.02 * k); moves.push(updateAll()); }
  const numeric = COLS.findIndex(function (col) { return col.type === "numeric"; });
  for (let k = 0; k < 20; k++) {
    if (numeric >= 0) state.values[numeric] = COLS[numeric].min + (COLS[numeric].max - COLS[numeric].min) * k / 19;
    const start = performance.now();
    updateRow();
    edits.push(performance.now() - start);
  }
  results.setAttribute("data-bench-threshold-ms", median(moves).toFixed(2) + " " + Math.max.apply(null, moves).toFixed(2));
  results.setAttribute("data-bench-edit-ms", median(edits).toFixed(2) + " " + Math.max.apply(null, edits).toFixed(2));
}

(function start() {
  const picker = $("grouping");
  D.groups.forEach(function (grouping, g) { picker.appendChild(el("option", { value: String(g) }, grouping.column)); });
  picker.addEventListener("change", function () { state.grouping = Number(picker.value); buildThresholds(); updateAll(); scheduleFragment(); });
  $("row-input").setAttribute("max", String(N - 1));
  $("row-count").textContent = String(N);
  $("row-input").addEventListener("change", function () { selectRow(Number($("row-input").value)); });
  $("previous-row").addEventListener("click", function () { selectRow(state.row - 1); });
  $("next-row").addEventListener("click", function () { selectRow(state.row + 1); });
  $("reset-row").addEventListener("click", function () { selectRow(state.row); });
  $("method").textContent = D.methodText;
  buildFeatureInputs();
  buildThresholds();
  showRowInputs();
  readFragment();
  window.addEventListener("hashchange", readFragment);
  results.setAttribute("data-first-render-ms", performance.now().toFixed(1));
})();
"""#
}
