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
      // Room for each node grows with the box and the node count; after the layout the drawing
      // is fitted to the box, and labels too small to read at that zoom are left out rather
      // than drawn as specks (min-zoomed-font-size); zooming in brings them back.
      var n = data.nodes.length, narrow = box.clientWidth < 600;
      window.cy = cytoscape({
        container: box, elements: elements, maxZoom: 2, minZoom: 0.3, wheelSensitivity: 0.3,
        layout: { name: "cose", animate: false, padding: 24, fit: true, randomize: false,
                  nodeRepulsion: function () { return n > 30 ? 9000 : 6000; },
                  idealEdgeLength: function () { return narrow ? 70 : 110; },
                  componentSpacing: 60, nodeOverlap: 20 },
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 13, color: "#1d2433",
                                       "background-color": "#5b6475", width: 14, height: 14,
                                       "text-wrap": "ellipsis", "text-max-width": narrow ? 90 : 140,
                                       "text-valign": "bottom", "text-margin-y": 3,
                                       "text-background-color": "#fff", "text-background-opacity": 0.85,
                                       "text-background-padding": 1, "min-zoomed-font-size": 8 } },
          { selector: "node[centre = 1]", style: { "background-color": "#b3261e", width: 24, height: 24,
                                                   "font-weight": "bold", "font-size": 15 } },
          { selector: "edge", style: { width: 1, "line-color": "#c3c9d4", "curve-style": "bezier",
                                       "target-arrow-shape": "triangle", "target-arrow-color": "#c3c9d4",
                                       label: "data(label)", "font-size": 10, color: "#5b6475",
                                       "text-rotation": "autorotate", "min-zoomed-font-size": 9,
                                       "text-background-color": "#fff", "text-background-opacity": 0.7 } }
        ]
      });
      window.cy.fit(undefined, 24);
      window.addEventListener("resize", function () { window.cy.resize(); window.cy.fit(undefined, 24); });
      window.cy.on("tap", "node", function (ev) {
        window.location.href = "/describe?iri=" + encodeURIComponent(ev.target.id());
      });
      box.setAttribute("data-drawn", String(data.nodes.length));
    });
})();
