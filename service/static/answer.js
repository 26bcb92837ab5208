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

  function render(answer, onSuggestion) {
    var box = el("div", "answer " + (answer.answered ? "ok" : "no"));
    var text = (answer.answer || "").split("（原文：")[0];
    box.appendChild(el("p", "text", text));
    if (answer.report) {
      box.appendChild(el("p", "report", "来源报告：" + (answer.report.city || "") + answer.report.region +
                         answer.report.year + "年"));
    }
    var facts = answer.facts || [];
    if (facts.length) {
      var table = el("table", "facts");
      var head = el("tr");
      ["数值", "单位", "指标", "主体", "章节", "地区/年度"].forEach(function (h) { head.appendChild(el("th", null, h)); });
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
        table.appendChild(tr);
      });
      box.appendChild(table);
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

  global.FazhiAnswer = { render: render, ask: ask, el: el };
})(window);
