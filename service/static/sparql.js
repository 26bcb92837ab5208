(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("example-data").textContent);
  var editor = CodeMirror.fromTextArea(document.getElementById("query"), {
    mode: "application/sparql-query", lineNumbers: true, lineWrapping: true,
    extraKeys: { "Ctrl-Enter": function () { run(); }, "Cmd-Enter": function () { run(); } }
  });
  var results = document.getElementById("results"), error = document.getElementById("error");
  var status = document.getElementById("status");
  window.sparqlEditor = editor;

  function el(tag, text) { var n = document.createElement(tag); if (text !== undefined) n.textContent = text; return n; }

  function post(accept) {
    var body = new URLSearchParams();
    body.set("query", editor.getValue());
    return fetch("/sparql", { method: "POST", headers: { "Accept": accept }, body: body }).then(function (r) {
      if (!r.ok) return r.json().then(function (b) { throw new Error(b.error || ("HTTP " + r.status)); });
      return r;
    });
  }

  function show(json) {
    results.textContent = "";
    if (typeof json.boolean === "boolean") { results.appendChild(el("p", "ASK：" + json.boolean)); return; }
    var vars = json.head.vars, rows = json.results.bindings;
    var table = el("table"), head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", v)); });
    table.appendChild(head);
    rows.forEach(function (b) {
      var tr = el("tr");
      vars.forEach(function (v) {
        var td = el("td"), cell = b[v];
        if (cell && cell.type === "uri") {
          var a = el("a", cell.value);
          a.href = "/describe?iri=" + encodeURIComponent(cell.value);
          td.appendChild(a);
        } else if (cell) { td.textContent = cell.value; }
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    results.appendChild(table);
    status.textContent = rows.length + " 行";
  }

  function run() {
    error.textContent = ""; status.textContent = "运行中…";
    post("application/sparql-results+json, text/turtle;q=0.9").then(function (r) {
      var capped = r.headers.get("X-Result-Capped");
      var type = r.headers.get("Content-Type") || "";
      return (type.indexOf("json") >= 0 ? r.json().then(show) : r.text().then(function (t) {
        results.textContent = "";
        var pre = el("pre", t); pre.className = "turtle"; results.appendChild(pre);
        status.textContent = "";
      })).then(function () { if (capped) status.textContent += "（结果已截断为 " + capped + " 行）"; });
    }).catch(function (e) {
      // the error replaces what was shown: results of an earlier query would read as this one's
      status.textContent = ""; results.textContent = ""; error.textContent = e.message;
    });
  }

  function download(accept, name) {
    error.textContent = "";
    post(accept).then(function (r) { return r.blob(); }).then(function (blob) {
      var a = el("a"); a.href = URL.createObjectURL(blob); a.download = name;
      document.body.appendChild(a); a.click(); a.remove();
    }).catch(function (e) { error.textContent = e.message; });
  }

  document.getElementById("run").addEventListener("click", run);
  document.getElementById("csv").addEventListener("click", function () { download("text/csv", "results.csv"); });
  document.getElementById("json").addEventListener("click", function () {
    download("application/sparql-results+json", "results.json");
  });
  document.getElementById("examples").addEventListener("change", function (ev) {
    if (ev.target.value !== "") editor.setValue(examples[+ev.target.value].query);
  });
  document.addEventListener("keydown", function (ev) {   // Ctrl/Cmd+Enter outside the editor too
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && !editor.hasFocus()) { ev.preventDefault(); run(); }
  });
  var select = document.getElementById("examples");
  if (!editor.getValue().trim() && examples.length) {   // open with a working example, not an empty box
    editor.setValue(examples[0].query);
    select.value = "0";
  }
  if (editor.getValue().trim()) run();
})();
