/* fazhi-kg chat widget: <script src="https://HOST/widget.js" data-endpoint="https://HOST"></script>
   Everything shown is set with textContent; the widget keeps the conversation's context itself. */
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = (script && script.getAttribute("data-endpoint")) ||
                 (script ? new URL(script.src).origin : "");
  endpoint = endpoint.replace(/\/$/, "");
  var root = document.createElement("div");
  root.className = "fazhi-widget";
  var shadow = root.attachShadow ? root.attachShadow({ mode: "open" }) : root;
  var style = document.createElement("style");
  style.textContent =
    ".bubble{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;" +
    "background:#b3261e;color:#fff;font-size:22px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3);z-index:2147483000}" +
    ".panel{position:fixed;right:20px;bottom:86px;width:340px;max-width:calc(100vw - 40px);max-height:70vh;display:none;flex-direction:column;" +
    "background:#fff;border:1px solid #d9dee8;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);" +
    "font:14px/1.5 system-ui,sans-serif;color:#1d2433;z-index:2147483000}" +
    ".panel.open{display:flex}.log{overflow-y:auto;padding:8px;flex:1}.q{text-align:right;margin:6px 0}" +
    ".a{background:#f7f8fa;border-radius:6px;padding:6px 8px;margin:6px 0}.src{color:#5b6475;font-size:12px;margin-top:4px}" +
    "form{display:flex;border-top:1px solid #d9dee8}input{flex:1;border:0;padding:8px;font-size:14px}" +
    "button.send{border:0;background:#b3261e;color:#fff;padding:0 12px;cursor:pointer}";
  var bubble = document.createElement("button");
  bubble.className = "bubble"; bubble.type = "button"; bubble.textContent = "问"; bubble.setAttribute("aria-label", "打开问答");
  var panel = document.createElement("div"); panel.className = "panel";
  var log = document.createElement("div"); log.className = "log";
  var form = document.createElement("form");
  var input = document.createElement("input"); input.placeholder = "用中文提问…"; input.maxLength = 500;
  var send = document.createElement("button"); send.className = "send"; send.type = "submit"; send.textContent = "发送";
  form.appendChild(input); form.appendChild(send);
  panel.appendChild(log); panel.appendChild(form);
  shadow.appendChild(style); shadow.appendChild(bubble); shadow.appendChild(panel);
  var context = null;

  function line(cls, text) {
    var p = document.createElement("div"); p.className = cls; p.textContent = text; log.appendChild(p);
    log.scrollTop = log.scrollHeight; return p;
  }
  bubble.addEventListener("click", function () { panel.classList.toggle("open"); input.focus(); });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = input.value.trim();
    if (!q) return;
    input.value = "";
    line("q", q);
    fetch(endpoint + "/api/ask", { method: "POST", headers: { "Content-Type": "application/json" },
                                   body: JSON.stringify({ question: q, context: context }) })
      .then(function (r) { return r.json(); })
      .then(function (a) {
        if (a.error) { line("a", "出错了：" + a.error); return; }
        context = a.context || context;
        var box = line("a", (a.answer || "").split("（原文：")[0]);
        (a.facts || []).forEach(function (f) {
          if (f.source) { var s = document.createElement("div"); s.className = "src"; s.textContent = "原文：" + f.source; box.appendChild(s); }
        });
      })
      .catch(function (e) { line("a", "出错了：" + e.message); });
  });
  (document.body || document.documentElement).appendChild(root);
  window.fazhiWidget = { root: root, shadow: shadow };
})();
