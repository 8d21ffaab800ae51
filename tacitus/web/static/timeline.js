// The timeline chart: events per day, stacked by PLOVER type or quad class.
// Data comes from the <script type="application/json" id="timeline-data"> block.
(function () {
  "use strict";
  var node = document.getElementById("timeline-data");
  var canvas = document.getElementById("timeline-chart");
  if (!node || !canvas || typeof Chart === "undefined") return;
  var data = JSON.parse(node.textContent);
  var days = [], keys = [], cell = {};
  data.counts.forEach(function (row) {
    if (days.indexOf(row.day) < 0) days.push(row.day);
    if (keys.indexOf(row.key) < 0) keys.push(row.key);
    cell[row.day + "|" + row.key] = row.count;
  });
  days.sort();
  keys.sort();
  var palette = ["#22577a", "#c0392b", "#38a3a5", "#e67e22", "#57cc99", "#8e44ad", "#f1c40f",
                 "#7f8c8d", "#d35400", "#2c3e50", "#16a085", "#e84393", "#6c5ce7", "#b8860b"];
  var quadColours = {"verbal cooperation": "#57cc99", "material cooperation": "#22577a",
                     "verbal conflict": "#e67e22", "material conflict": "#c0392b"};
  var datasets = keys.map(function (key, i) {
    return {
      label: key,
      data: days.map(function (d) { return cell[d + "|" + key] || 0; }),
      backgroundColor: quadColours[key] || palette[i % palette.length],
    };
  });
  window.tacitusChart = new Chart(canvas, {
    type: "bar",
    data: {labels: days, datasets: datasets},
    options: {
      animation: false,
      responsive: true,
      scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
      plugins: {legend: {position: "bottom"}},
      onClick: function (evt, elements) {
        // A click on a bar shows that day's events.
        if (!elements.length) return;
        var day = days[elements[0].index];
        var params = new URLSearchParams(window.location.search);
        params.set("date_from", day);
        params.set("date_to", day);
        params.delete("page");
        window.location.search = params.toString();
      },
    },
  });
})();
