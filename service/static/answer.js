// Renders an answer of /api/ask as DOM nodes. Every string from the server or the
// user goes in through textContent, never innerHTML, so nothing in it can run.
(function (global) {
  "use strict";
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  var QUALIFIER = { atLeast: "不少于", atMost: "不超过", moreThan: "超过", approximate: "约",
                    increase: "增长", decrease: "下降" };

  // A list answer reads "…有N项：1. A；2. B。": shown as its lead and a numbered list.
  function addText(box, answer) {
    var text = (answer.answer || "").split("（原文：")[0];
    var m = answer.kind === "list" && text.match(/^([\s\S]*?：)\s*1\. ([\s\S]*)$/);
    if (!m) { box.appendChild(el("p", "text", text)); return; }
    box.appendChild(el("p", "text", m[1]));
    var ol = el("ol", "items");
    m[2].replace(/。$/, "").split(/；\s*\d+\. /).forEach(function (item) { ol.appendChild(el("li", null, item)); });
    box.appendChild(ol);
  }

  // Facts that compare years or regions (per-year lists, rankings): what a chart is for.
  function comparison(facts) {
    var given = facts.filter(function (f) { return !f.computed && typeof f.value === "number"; });
    if (given.length < 2) return null;
    var units = {}, years = {}, regions = {};
    given.forEach(function (f) { units[f.unit] = 1; years[f.year] = 1; regions[f.region] = 1; });
    var byYear = Object.keys(years).length > 1, byRegion = Object.keys(regions).length > 1;
    if (Object.keys(units).length !== 1 || !(byYear || byRegion)) return null;
    return {
      unit: given[0].unit, indicator: given[0].indicator,
      labels: given.map(function (f) {
        return (byRegion ? f.region : "") + (byYear ? f.year + "年" : "");
      }),
      values: given.map(function (f) { return f.value; })
    };
  }

  function drawChart(holder, data) {
    if (!global.Chart) return;   // pages without the vendored Chart.js show the table alone
    var canvas = el("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", data.indicator + "（" + data.unit + "）：" +
      data.labels.map(function (l, i) { return l + " " + data.values[i]; }).join("，"));
    holder.appendChild(canvas);
    holder.chart = new global.Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: [{ label: data.indicator + "（" + data.unit + "）", data: data.values,
                                                 backgroundColor: "#b3261e" }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
                 plugins: { legend: { display: true, labels: { boxWidth: 12 } } },
                 scales: { y: { beginAtZero: true } } }
    });
  }

  var CSV_FIELDS = ["value", "unit", "qualifier", "indicator", "scope", "actor", "region", "year", "section",
                    "computed", "source", "iri"];
  function csvCell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function factsCsv(facts) {
    var lines = [CSV_FIELDS.join(",")];
    facts.forEach(function (f) { lines.push(CSV_FIELDS.map(function (k) { return csvCell(f[k]); }).join(",")); });
    return "\ufeff" + lines.join("\r\n") + "\r\n";   // BOM: spreadsheet programs then read it as UTF-8
  }

  function render(answer, onSuggestion) {
    var box = el("div", "answer " + (answer.answered ? "ok" : "no"));
    addText(box, answer);
    if (answer.report) {
      box.appendChild(el("p", "report", "来源报告：" + (answer.report.city || "") + answer.report.region +
                         answer.report.year + "年"));
    }
    var facts = answer.facts || [];
    if (facts.length) {
      var table = el("table", "facts");
      var head = el("tr"), labels = ["数值", "单位", "指标", "主体", "章节", "地区/年度"];
      labels.forEach(function (h) { head.appendChild(el("th", null, h)); });
      table.appendChild(head);
      facts.forEach(function (f) {
        var tr = el("tr", f.computed ? "computed" : "");
        var q = f.qualifier ? (QUALIFIER[f.qualifier] || f.qualifier) : "";
        tr.appendChild(el("td", "num", q + f.value + (f.computed ? "（计算）" : "")));
        tr.appendChild(el("td", null, f.unit));
        var ind = el("td");
        if (f.iri) {
          var a = el("a", null, f.indicator);
          a.href = "/describe?iri=" + encodeURIComponent(f.iri);
          ind.appendChild(a);
        } else { ind.textContent = f.indicator; }
        tr.appendChild(ind);
        tr.appendChild(el("td", null, f.actor || ""));
        tr.appendChild(el("td", null, f.section || ""));
        tr.appendChild(el("td", null, (f.region || "") + (f.year ? f.year + "年" : "")));
        Array.prototype.forEach.call(tr.children, function (td, i) { td.setAttribute("data-label", labels[i]); });
        table.appendChild(tr);
      });
      var figures = el("div", "figures");
      figures.appendChild(table);
      var data = comparison(facts);
      if (data) {
        var holder = el("div", "chart");
        figures.appendChild(holder);
        box.appendChild(figures);
        drawChart(holder, data);
      } else {
        box.appendChild(figures);
      }
      var tools = el("p", "tools"), link = el("a", "csv", "下载数据（CSV）");
      link.href = URL.createObjectURL(new Blob([factsCsv(facts)], { type: "text/csv;charset=utf-8" }));
      link.download = "facts.csv";
      tools.appendChild(link);
      box.appendChild(tools);
    }
    var sources = [];
    facts.forEach(function (f) { if (f.source && sources.indexOf(f.source) < 0) sources.push(f.source); });
    sources.forEach(function (s) { box.appendChild(el("blockquote", "source", s)); });
    if (answer.suggestions && answer.suggestions.length) {
      var sug = el("div", "suggestions");
      sug.appendChild(el("span", null, answer.answered ? "也可以问：" : "可以这样问："));
      answer.suggestions.forEach(function (s) {
        var b = el("button", "suggestion", s);
        b.type = "button";
        b.addEventListener("click", function () { onSuggestion(s); });
        sug.appendChild(b);
      });
      box.appendChild(sug);
    }
    return box;
  }

  function ask(endpoint, question, context) {
    return fetch(endpoint.replace(/\/$/, "") + "/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question, context: context || null })
    }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
        return body;
      });
    });
  }

  global.FazhiAnswer = { render: render, ask: ask, el: el, comparison: comparison, factsCsv: factsCsv };
})(window);
