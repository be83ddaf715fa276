/// The page's JavaScript, part 3: the URL fragment as a shareable state (docs/whatif.md "Links").
///
///     #row=17&group=sex&t.female=0.6&t.male=0.35&x.month=30&x.purpose=A41
///
/// `row` (a position among the page's rows, from 0), `group` (the grouping column), `t.LEVEL` (the
/// threshold of that group of the grouping, 0 to 1), `x.COLUMN` (an edited feature value: a
/// number, a level, or true/false). The older `threshold=T` (every group) is still read, before
/// any `t.LEVEL`. A field that is absent takes its default (row 0, the first grouping, threshold
/// 0.5, the row as the data holds it), so a link restores the whole state, not a change to it.
///
/// Parsed with `URLSearchParams`, which decodes without throwing (a bad %-escape stays text), so a
/// link can name any column or level. A malformed field is ignored on its own and listed in the
/// visible `#fragment-notice`; the others still apply. After reading, and a moment after every
/// change the reader makes, the page writes its state back in this form (`history.replaceState`:
/// no reload, no history entry, no `hashchange`); the writes are coalesced because Chromium
/// throttles a page that replaces its URL hundreds of times in a few seconds (a dragged slider).
/// The written text is also `data-fragment` on `#whatif-results`, for tests.
extension WhatIfScript {
    static let fragment = #"""
const FRAGMENT_FIELDS = ["row", "group", "threshold", "bench"];
const FRAGMENT_DELAY_MS = 150;
let fragmentTimer = null;

function fragmentText() {
  const grouping = D.groups[state.grouping], params = new URLSearchParams(), original = rowValues(state.row);
  params.append("row", String(state.row));
  params.append("group", grouping.column);
  grouping.levels.forEach(function (level, k) { params.append("t." + level, String(state.thresholds[k])); });
  COLS.forEach(function (col, c) { if (state.values[c] !== original[c]) params.append("x." + col.name, valueText(c, state.values[c])); });
  return params.toString();
}

function writeFragment() {
  fragmentTimer = null;
  const text = fragmentText();
  $("whatif-results").setAttribute("data-fragment", text);
  if (location.hash.replace(/^#/, "") === text) return;
  try {
    history.replaceState(history.state, "", "#" + text);
  } catch (error) {
    showNotice(["This browser does not let the page update its address (" + error.name + "); the state is not in the link."], "");
  }
}

function scheduleFragment() {
  if (fragmentTimer !== null) clearTimeout(fragmentTimer);
  fragmentTimer = setTimeout(writeFragment, FRAGMENT_DELAY_MS);
}

function showNotice(problems, heading) {
  const box = $("fragment-notice"), list = el("ul");
  box.textContent = "";
  box.hidden = problems.length === 0;
  if (problems.length === 0) return;
  if (heading) box.appendChild(el("strong", {}, heading));
  problems.forEach(function (problem) { list.appendChild(el("li", {}, problem)); });
  box.appendChild(list);
}

// A number in [0, 1] written out ("0.42", "1e-7"), or null.
function unitNumber(text) {
  const t = text.trim() === "" ? NaN : Number(text);
  return isFinite(t) && t >= 0 && t <= 1 ? t : null;
}

// A feature value for column c from its text, or a reason it is not one.
function parseValue(c, text) {
  const col = COLS[c];
  if (col.type === "numeric") {
    const v = text.trim() === "" ? NaN : Number(text);
    if (!isFinite(v)) return { problem: "not a number" };
    if (v < col.min || v > col.max) return { problem: "outside the data's range " + col.min + " to " + col.max };
    return { value: v };
  }
  if (col.type === "boolean") {
    if (text === "true" || text === "false") return { value: text === "true" ? 1 : 0 };
    return { problem: "not true or false" };
  }
  const k = col.levels.indexOf(text);
  return k >= 0 ? { value: k } : { problem: "not one of its levels (" + col.levels.slice(0, 8).join(", ") + (col.levels.length > 8 ? ", \u2026" : "") + ")" };
}

function readFragment() {
  // Problems are listed in the order their fields appear in the link.
  const params = new URLSearchParams(location.hash.replace(/^#/, "")), problems = [], seen = new Set();
  function note(at, key, value, why) { problems.push({ at: at, text: key + (value === null ? "" : "=" + value) + ": " + why }); }
  let g = 0, row = 0, all = null, at = 0;
  const thresholds = [], edits = [];
  params.forEach(function (value, key) {
    at += 1;
    if (seen.has(key)) { note(at, key, value, "given again; only the first is read"); return; }
    seen.add(key);
    if (key === "group") {
      const found = D.groups.findIndex(function (grouping) { return grouping.column === value; });
      if (found >= 0) g = found;
      else note(at, key, value, "not a grouping of this page (" + D.groups.map(function (x) { return x.column; }).join(", ") + ")");
    } else if (key === "row") {
      if (/^[0-9]+$/.test(value) && Number(value) < N) row = Number(value);
      else note(at, key, value, "not a row number from 0 to " + (N - 1));
    } else if (key === "threshold") {
      all = unitNumber(value);
      if (all === null) note(at, key, value, "not a threshold from 0 to 1");
    } else if (key.startsWith("t.")) {
      thresholds.push({ name: key.slice(2), value: value, at: at });
    } else if (key.startsWith("x.")) {
      edits.push({ name: key.slice(2), value: value, at: at });
    } else if (FRAGMENT_FIELDS.indexOf(key) < 0) {
      note(at, key, null, "not a field of this page's links (row, group, t.GROUP, x.COLUMN)");
    }
  });
  // Thresholds need the grouping and edits the row, wherever those stand in the link.
  const grouping = D.groups[g];
  const t = grouping.levels.map(function () { return all === null ? D.threshold : all; });
  thresholds.forEach(function (f) {
    const k = grouping.levels.indexOf(f.name), v = unitNumber(f.value);
    if (k < 0) note(f.at, "t." + f.name, f.value, "no group '" + f.name + "' in " + grouping.column + " (" + grouping.levels.join(", ") + ")");
    else if (v === null) note(f.at, "t." + f.name, f.value, "not a threshold from 0 to 1");
    else t[k] = v;
  });
  const values = rowValues(row);
  edits.forEach(function (f) {
    const c = COLS.findIndex(function (col) { return col.name === f.name; });
    const parsed = c < 0 ? { problem: "not a feature column of the model" } : parseValue(c, f.value);
    if (parsed.problem) note(f.at, "x." + f.name, f.value, parsed.problem);
    else values[c] = parsed.value;
  });
  problems.sort(function (a, b) { return a.at - b.at; });
  if (g !== state.grouping) { state.grouping = g; $("grouping").value = String(g); buildThresholds(); }
  state.thresholds = t;
  showThresholds();
  state.row = row;
  state.values = values;
  showRowInputs();
  showNotice(problems.map(function (p) { return p.text; }), "Parts of this page's link were ignored (the rest applies):");
  updateAll();
  writeFragment();
  if (params.get("bench") === "1") bench();
}
"""#
}
