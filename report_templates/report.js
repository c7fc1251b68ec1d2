/* Sorting and filtering of the case list, and opening the case the URL names. Without
   scripts the table is complete and in order of seriousness; the controls stay hidden and
   every case detail opens on a click. Data is only ever read as text. */
(function () {
  "use strict";
  function openNamedCase() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openNamedCase);
  openNamedCase();
}());
(function () {
  "use strict";
  var table = document.getElementById("case-table");
  var controls = document.getElementById("case-controls");
  if (!table || !controls || !table.tBodies.length) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  // What the filter searches: the row's text, plus the crime refs, offences (recorded
  // and canonical), teams and gap ids of the case, which the row does not show in full.
  var search = new Map();
  rows.forEach(function (row) {
    search.set(row, (row.textContent + " " + (row.getAttribute("data-search") || ""))
      .toLowerCase());
  });
  var text = document.getElementById("case-filter");
  var verdict = document.getElementById("verdict-filter");
  var count = document.getElementById("case-count");
  var more = document.getElementById("case-more");
  // The list shows one page of matching rows at a time (the page arrives with rows after
  // the first page hidden): laying out 10,000 rows took seconds, and nobody reads them
  // at once. "Show more" adds a page; a new filter starts again at one page.
  var page = parseInt(table.getAttribute("data-page") || "100", 10);
  var limit = page;
  controls.hidden = false;

  function filter() {
    var query = text.value.trim().toLowerCase();
    var wanted = verdict.value;
    var matched = 0;
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var keep = (!wanted || row.getAttribute("data-verdict") === wanted) &&
                 (!query || search.get(row).indexOf(query) !== -1);
      if (keep) { matched += 1; }
      var show = keep && shown < limit;
      if (show) { shown += 1; }
      if (row.hidden === show) { row.hidden = !show; }
    });
    count.textContent = shown === matched ?
      shown + " of " + rows.length + " cases shown" :
      shown + " of " + matched + " matching cases shown (" + rows.length + " listed)";
    if (more) { more.hidden = shown === matched; }
  }

  function refilter() {
    limit = page;
    filter();
  }

  function key(row, index, numeric) {
    var cell = row.cells[index];
    var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    return numeric ? (parseFloat(value) || 0) : value.trim().toLowerCase();
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, index) {
    var kind = th.getAttribute("data-sort");
    if (!kind) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = kind === "number";
      var order = rows.map(function (row, i) { return [key(row, index, numeric), i]; });
      order.sort(function (a, b) {
        if (a[0] < b[0]) { return ascending ? -1 : 1; }
        if (a[0] > b[0]) { return ascending ? 1 : -1; }
        return a[1] - b[1];
      });
      var fragment = document.createDocumentFragment();
      order.forEach(function (pair) { fragment.appendChild(rows[pair[1]]); });
      body.appendChild(fragment);
      filter();
    });
  });

  text.addEventListener("input", refilter);
  verdict.addEventListener("change", refilter);
  if (more) {
    more.addEventListener("click", function () {
      limit += page;
      filter();
    });
  }
  filter();
}());
