(function () {
  "use strict";
  var A = window.FazhiAnswer, log = document.getElementById("log");
  var input = document.getElementById("question"), context = null;

  function send(q) {
    q = (q || "").trim();
    if (!q) return;
    log.appendChild(A.el("p", "user", q));
    input.value = "";
    A.ask("", q, context).then(function (answer) {
      context = answer.context || context;
      log.appendChild(A.render(answer, send));
      log.lastChild.scrollIntoView({ block: "end" });
    }).catch(function (e) {
      log.appendChild(A.el("p", "error", "出错了：" + e.message));
    });
  }
  document.getElementById("ask").addEventListener("submit", function (ev) { ev.preventDefault(); send(input.value); });
  Array.prototype.forEach.call(document.querySelectorAll(".example"), function (b) {
    b.addEventListener("click", function () { send(b.textContent); });
  });
})();
