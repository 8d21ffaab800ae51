// The timeline chart: events per day, week or month, stacked by PLOVER type or quad class.
// Data (bins on a continuous time axis, one fixed colour per type) comes from the
// <script type="application/json" id="timeline-data"> block built by tacitus/web/chart.py.
(function () {
  "use strict";
  var node = document.getElementById("timeline-data");
  var canvas = document.getElementById("timeline-chart");
  if (!node || !canvas || typeof Chart === "undefined") return;
  var data = JSON.parse(node.textContent);
  var datasets = data.series.map(function (s) {
    return {label: s.key, data: s.counts, backgroundColor: s.colour};
  });
  window.tacitusChart = new Chart(canvas, {
    type: "bar",
    data: {labels: data.bins.map(function (b) { return b.label; }), datasets: datasets},
    options: {
      animation: false,
      responsive: true,
      scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
      plugins: {legend: {position: "bottom"}},
      onClick: function (evt, elements) {
        // A click on a bar shows the events of its day, week or month.
        if (!elements.length) return;
        var bin = data.bins[elements[0].index];
        var params = new URLSearchParams(window.location.search);
        params.set("date_from", bin.start);
        params.set("date_to", bin.end);
        params.delete("page");
        window.location.search = params.toString();
      },
    },
  });
})();
