// The event map: located events as clustered points over a world drawn from the
// gazetteer's towns (1-degree cells from /api/map/world), on a plain canvas. Offline:
// no tiles, no map library. Points come from <script id="map-data">.
(function () {
  "use strict";
  var canvas = document.getElementById("event-map");
  var node = document.getElementById("map-data");
  if (!canvas || !node) return;
  var ctx = canvas.getContext("2d");
  var data = JSON.parse(node.textContent);
  var points = data.points;
  var colours = data.colours || {};  // the timeline's palette: one fixed colour per type
  var world = [];
  var WORLD_SCALE = canvas.width / 360;  // pixels per degree with the whole world in view
  var MAX_FIT_SCALE = 12;  // closer, the 1-degree land cells turn to blocks
  var view = {scale: WORLD_SCALE, x: 0, y: 0};  // pixels per degree, pan offset
  var CELL = 36;  // cluster radius in pixels
  var clusters = [];

  // Equirectangular projection, latitudes cut at +-70 for the page's proportions.
  function project(lat, lon) {
    return [(lon + 180) * view.scale + view.x, (70 - lat) * view.scale * 1.25 + view.y];
  }

  // Open on the located events, not on the whole world: events a few hundred kilometres
  // apart would all fall in one cluster at world scale.
  function fit() {
    if (!points.length) return;
    var lats = points.map(function (p) { return p.lat; }), lons = points.map(function (p) { return p.lon; });
    var south = Math.min.apply(null, lats), north = Math.max.apply(null, lats);
    var west = Math.min.apply(null, lons), east = Math.max.apply(null, lons);
    var scale = Math.min(canvas.width * 0.8 / Math.max(east - west, 1e-6),
                         canvas.height * 0.8 / (1.25 * Math.max(north - south, 1e-6)));
    view.scale = Math.max(WORLD_SCALE, Math.min(MAX_FIT_SCALE, scale));
    view.x = canvas.width / 2 - ((west + east) / 2 + 180) * view.scale;
    view.y = canvas.height / 2 - (70 - (south + north) / 2) * view.scale * 1.25;
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
    // clusters of neighbouring cells whose circles would overlap are one cluster
    for (var merged = true; merged;) {
      merged = false;
      for (var i = 0; i < clusters.length && !merged; i++) {
        for (var j = i + 1; j < clusters.length && !merged; j++) {
          var a = clusters[i], b = clusters[j];
          if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) {
            a.x = (a.x * a.events + b.x * b.events) / (a.events + b.events);
            a.y = (a.y * a.events + b.y * b.events) / (a.events + b.events);
            a.events += b.events;
            a.spots = a.spots.concat(b.spots);
            Object.keys(b.types).forEach(function (t) { a.types[t] = (a.types[t] || 0) + b.types[t]; });
            a.r = 5 + 4 * Math.sqrt(a.events);
            clusters.splice(j, 1);
            merged = true;
          }
        }
      }
    }
  }

  // whether a "#rrggbb" fill is light enough to need dark text
  function light(hex) {
    var n = parseInt(hex.slice(1), 16);
    return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) > 160;
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
        ctx.fillStyle = light(ctx.fillStyle) ? "#1d2b36" : "#fff";
        ctx.font = "bold 11px sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText(String(c.events), c.x, c.y);
      }
    });
    clusters.forEach(label);
    window.tacitusMap = {clusters: clusters.length, events: points.reduce(function (n, p) { return n + p.events; }, 0),
                         land: world.length};
  }

  // The cluster's busiest place beside it ("Senna +2" when it holds more), kept inside the canvas.
  function label(c) {
    var top = c.spots.slice().sort(function (a, b) { return b.events - a.events; })[0];
    var text = (top.place || "?") + (c.spots.length > 1 ? " +" + (c.spots.length - 1) : "");
    ctx.font = "12px sans-serif";
    ctx.textBaseline = "middle";
    var width = ctx.measureText(text).width;
    var right = c.x + c.r + 4 + width <= canvas.width;
    ctx.textAlign = right ? "left" : "right";
    var x = right ? c.x + c.r + 4 : c.x - c.r - 4;
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.85)";
    ctx.strokeText(text, x, c.y);
    ctx.lineWidth = 1;
    ctx.fillStyle = "#1d2b36";
    ctx.fillText(text, x, c.y);
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

  fit();
  draw();
  fetch("/api/map/world").then(function (r) { return r.json(); }).then(function (data) {
    world = data.cells;
    draw();
    canvas.dataset.land = String(world.length);  // drawn: a hook for tests and scripts
  });
})();
