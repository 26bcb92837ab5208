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
      // labels are drawn on a canvas by cytoscape: text, never markup.
      // Depth from the centre (breadth first): the centre in the middle, its neighbours on a
      // ring around it, theirs on an outer ring.
      var depth = {}, centre = data.nodes.filter(function (n) { return n.centre; })[0], queue = [];
      if (centre) { depth[centre.id] = 0; queue.push(centre.id); }
      while (queue.length) {
        var id = queue.shift();
        data.edges.forEach(function (e) {
          var other = e.source === id ? e.target : e.target === id ? e.source : null;
          if (other !== null && depth[other] === undefined) { depth[other] = depth[id] + 1; queue.push(other); }
        });
      }
      // Positions worked out here (cytoscape's "preset" layout): the rings are as large as the
      // box allows. Where a ring is too crowded for every label, its labels show on hover/tap.
      var w = box.clientWidth, h = box.clientHeight, narrow = w < 600, rings = {}, positions = {};
      data.nodes.forEach(function (n) {
        var d = depth[n.id] === undefined ? 3 : depth[n.id];
        (rings[d] = rings[d] || []).push(n.id);
      });
      var levels = Object.keys(rings).map(Number).sort(), outer = Math.max.apply(null, levels.concat([1]));
      // each ring an ellipse filling the box, less room for labels at the sides and bottom
      var rx = Math.max(50, w / 2 - (narrow ? 55 : 90)), ry = Math.max(50, h / 2 - 30), crowded = {};
      levels.forEach(function (d) {
        var ids = rings[d], f = d === 0 ? 0 : d / outer;
        var room = Math.PI * (rx + ry) * f / ids.length;   // arc length per node, roughly
        ids.forEach(function (id, i) {
          var a = -Math.PI / 2 + 2 * Math.PI * i / ids.length + (d % 2 ? 0 : Math.PI / ids.length);
          positions[id] = { x: w / 2 + rx * f * Math.cos(a), y: h / 2 + ry * f * Math.sin(a) };
          if (d > 0 && room < (narrow ? 70 : 100)) crowded[id] = true;
        });
      });
      var manyEdges = data.edges.length > 16;   // then edge labels only for the node under the pointer
      elements.forEach(function (e) {
        if (crowded[e.data.id]) e.classes = "crowded";
        if (manyEdges && e.data.source) e.classes = "quiet";
      });
      window.cy = cytoscape({
        container: box, elements: elements, maxZoom: 2, minZoom: 0.3, wheelSensitivity: 0.3,
        layout: { name: "preset", positions: positions, fit: false },
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 13, color: "#1d2433",
                                       "background-color": "#5b6475", width: 14, height: 14,
                                       "text-wrap": "ellipsis", "text-max-width": narrow ? 100 : 150,
                                       "text-valign": "bottom", "text-margin-y": 3,
                                       "text-background-color": "#fff", "text-background-opacity": 0.85,
                                       "text-background-padding": 1, "min-zoomed-font-size": 8 } },
          { selector: "node.crowded", style: { label: "" } },
          { selector: "edge.quiet", style: { label: "" } },
          { selector: "edge.quiet.hover", style: { label: "data(label)", "line-color": "#8a93a6" } },
          { selector: "node.crowded.hover", style: { label: "data(label)", "z-index": 10 } },
          { selector: "node[centre = 1]", style: { "background-color": "#b3261e", width: 24, height: 24,
                                                   "font-weight": "bold", "font-size": 15 } },
          { selector: "edge", style: { width: 1, "line-color": "#c3c9d4", "curve-style": "bezier",
                                       "target-arrow-shape": "triangle", "target-arrow-color": "#c3c9d4",
                                       label: "data(label)", "font-size": 10, color: "#5b6475",
                                       "text-rotation": "autorotate", "min-zoomed-font-size": 9,
                                       "text-background-color": "#fff", "text-background-opacity": 0.7 } }
        ]
      });
      function fit() {   // the whole drawing in the box, at most at its own size
        window.cy.fit(undefined, 16);
        if (window.cy.zoom() > 1) { window.cy.zoom(1); window.cy.center(); }
      }
      window.cy.on("mouseover tapstart", "node", function (ev) {
        ev.target.addClass("hover"); ev.target.connectedEdges().addClass("hover");
      });
      window.cy.on("mouseout tapend", "node", function (ev) {
        ev.target.removeClass("hover"); ev.target.connectedEdges().removeClass("hover");
      });
      fit();
      window.addEventListener("resize", function () { window.cy.resize(); fit(); });
      window.cy.on("tap", "node", function (ev) {
        window.location.href = "/describe?iri=" + encodeURIComponent(ev.target.id());
      });
      box.setAttribute("data-drawn", String(data.nodes.length));
    });
})();
