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
  var search = rows.map(function (row) {
    return (row.textContent + " " + (row.getAttribute("data-search") || "")).toLowerCase();
  });
  var text = document.getElementById("case-filter");
  var verdict = document.getElementById("verdict-filter");
  var count = document.getElementById("case-count");
  controls.hidden = false;

  function filter() {
    var query = text.value.trim().toLowerCase();
    var wanted = verdict.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var keep = (!wanted || row.getAttribute("data-verdict") === wanted) &&
                 (!query || search[i].indexOf(query) !== -1);
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " cases shown";
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
    });
  });

  text.addEventListener("input", filter);
  verdict.addEventListener("change", filter);
  filter();
}());
