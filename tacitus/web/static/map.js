// The event map: located events as clustered points over a world drawn from the
// gazetteer's towns (1-degree cells from /api/map/world), on a plain canvas. Offline:
// no tiles, no map library. Points come from <script id="map-data">.
(function () {
  "use strict";
  var canvas = document.getElementById("event-map");
  var node = document.getElementById("map-data");
  if (!canvas || !node) return;
  var ctx = canvas.getContext("2d");
  var points = JSON.parse(node.textContent).points;
  var world = [];
  var view = {scale: canvas.width / 360, x: 0, y: 0};  // pixels per degree, pan offset
  var CELL = 36;  // cluster radius in pixels
  var clusters = [];
  var colours = {ASSAULT: "#c0392b", PROTEST: "#e67e22", COERCE: "#8e44ad", MOBILIZE: "#d35400"};

  // Equirectangular projection, latitudes cut at +-70 for the page's proportions.
  function project(lat, lon) {
    return [(lon + 180) * view.scale + view.x, (70 - lat) * view.scale * 1.25 + view.y];
  }

  function cluster() {
    var cells = {};
    points.forEach(function (p) {
      var xy = project(p.lat, p.lon);
      var key = Math.floor(xy[0] / CELL) + ":" + Math.floor(xy[1] / CELL);
      var c = cells[key] || (cells[key] = {x: 0, y: 0, events: 0, spots: [], types: {}});
      c.x += xy[0] * p.events;
      c.y += xy[1] * p.events;
      c.events += p.events;
      c.spots.push(p);
      Object.keys(p.types).forEach(function (t) { c.types[t] = (c.types[t] || 0) + p.types[t]; });
    });
    clusters = Object.keys(cells).map(function (k) {
      var c = cells[k];
      c.x /= c.events;
      c.y /= c.events;
      c.r = 5 + 4 * Math.sqrt(c.events);
      return c;
    });
  }

  function mainType(c) {
    return Object.keys(c.types).sort(function (a, b) { return c.types[b] - c.types[a]; })[0];
  }

  function draw() {
    ctx.fillStyle = "#eef3f7";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = "#c9d3c0";
    var size = Math.max(1.5, view.scale * 1.1);
    world.forEach(function (cell) {
      var xy = project(cell[0], cell[1]);
      ctx.fillRect(xy[0] - size / 2, xy[1] - size / 2, size, size * 1.25);
    });
    cluster();
    clusters.forEach(function (c) {
      ctx.beginPath();
      ctx.arc(c.x, c.y, c.r, 0, 2 * Math.PI);
      ctx.fillStyle = colours[mainType(c)] || "#22577a";
      ctx.globalAlpha = 0.8;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = "#fff";
      ctx.stroke();
      if (c.events > 1) {
        ctx.fillStyle = "#fff";
        ctx.font = "bold 11px sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText(String(c.events), c.x, c.y);
      }
    });
    window.tacitusMap = {clusters: clusters.length, events: points.reduce(function (n, p) { return n + p.events; }, 0),
                         land: world.length};
  }

  function show(c) {
    var list = document.getElementById("map-selection");
    list.textContent = "";
    c.spots.forEach(function (p) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/api/events?" + new URLSearchParams({place: p.place || ""}).toString();
      a.textContent = (p.place || "?") + (p.country ? " (" + p.country + ")" : "");
      li.appendChild(a);
      li.appendChild(document.createTextNode(": " + Object.keys(p.types).map(function (t) {
        return p.types[t] + " " + t;
      }).join(", ")));
      list.appendChild(li);
    });
  }

  // mouse position in canvas pixels (the canvas may be drawn smaller than its size)
  function at(e) {
    return [e.offsetX * canvas.width / canvas.clientWidth, e.offsetY * canvas.height / canvas.clientHeight];
  }

  var drag = null;
  canvas.addEventListener("mousedown", function (e) { var p = at(e); drag = {x: p[0], y: p[1], moved: false}; });
  canvas.addEventListener("mousemove", function (e) {
    if (!drag) return;
    var p = at(e);
    view.x += p[0] - drag.x;
    view.y += p[1] - drag.y;
    drag.moved = drag.moved || Math.abs(p[0] - drag.x) + Math.abs(p[1] - drag.y) > 2;
    drag.x = p[0];
    drag.y = p[1];
    draw();
  });
  canvas.addEventListener("mouseup", function (e) {
    var moved = drag && drag.moved, p = at(e);
    drag = null;
    if (moved) return;
    var hit = clusters.filter(function (c) {
      return Math.hypot(c.x - p[0], c.y - p[1]) <= c.r + 2;
    })[0];
    if (hit) show(hit);
  });
  canvas.addEventListener("wheel", function (e) {
    e.preventDefault();
    var factor = e.deltaY < 0 ? 1.5 : 1 / 1.5, p = at(e);
    view.x = p[0] - (p[0] - view.x) * factor;
    view.y = p[1] - (p[1] - view.y) * factor;
    view.scale *= factor;
    draw();
  }, {passive: false});

  // for tests and users' scripts: the centre of the biggest cluster, in canvas pixels
  window.tacitusMapBiggest = function () {
    var big = clusters.slice().sort(function (a, b) { return b.events - a.events; })[0];
    return big ? [big.x * canvas.clientWidth / canvas.width, big.y * canvas.clientHeight / canvas.height] : null;
  };

  draw();
  fetch("/api/map/world").then(function (r) { return r.json(); }).then(function (data) {
    world = data.cells;
    draw();
    canvas.dataset.land = String(world.length);  // drawn: a hook for tests and scripts
  });
})();
