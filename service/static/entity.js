(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box) return;
  var iri = box.getAttribute("data-iri");
  fetch("/api/neighbourhood?iri=" + encodeURIComponent(iri)).then(function (r) { return r.json(); })
    .then(function (data) {
      var elements = data.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, centre: n.centre ? 1 : 0 } };
      }).concat(data.edges.map(function (e, i) {
        return { data: { id: "e" + i, source: e.source, target: e.target, label: e.label } };
      }));
      // labels are drawn on a canvas by cytoscape: text, never markup
      window.cy = cytoscape({
        container: box, elements: elements, maxZoom: 1.4, minZoom: 0.2,
        layout: { name: "cose", animate: false, padding: 30 },
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#5b6475",
                                       width: 14, height: 14, "text-wrap": "ellipsis", "text-max-width": 120 } },
          { selector: "node[centre = 1]", style: { "background-color": "#b3261e", width: 24, height: 24 } },
          { selector: "edge", style: { width: 1, "line-color": "#c3c9d4", "curve-style": "bezier",
                                       "target-arrow-shape": "triangle", "target-arrow-color": "#c3c9d4",
                                       label: "data(label)", "font-size": 8, color: "#8a93a6" } }
        ]
      });
      window.cy.on("tap", "node", function (ev) {
        window.location.href = "/describe?iri=" + encodeURIComponent(ev.target.id());
      });
      box.setAttribute("data-drawn", String(data.nodes.length));
    });
})();
