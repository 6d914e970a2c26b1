/* Draws the customer insight charts (Chart.js) from the figures the page carries as JSON.
   Without JavaScript the tables under each chart show the same figures; once a chart is drawn
   its table folds away, still one click (and one screen-reader control) from view. */
(function () {
  "use strict";

  var source = document.getElementById("insights-data");
  if (!source || typeof window.Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var rtl = document.documentElement.dir === "rtl";
  // Okabe-Ito: told apart with the common kinds of colour blindness; point shapes differ too.
  var colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D1F", "#999999"];
  var shapes = ["circle", "rect", "triangle", "rectRot", "crossRot", "star", "rectRounded", "cross", "line"];
  var text = window.getComputedStyle(document.body).color;
  window.Chart.defaults.color = text;
  window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;

  function axisOptions(name, axis) {
    var start = rtl ? "right" : "left";
    var end = rtl ? "left" : "right";
    return {
      position: name === "y2" ? end : start,
      min: axis.min === null ? undefined : axis.min,
      max: axis.max === null ? undefined : axis.max,
      beginAtZero: true,
      title: { display: Boolean(axis.title), text: axis.title },
      grid: { drawOnChartArea: name !== "y2" },
    };
  }

  function dataset(spec, set, index) {
    var colour = colours[index % colours.length];
    var drawn = {
      label: set.label,
      data: set.data,
      yAxisID: set.axis,
      borderColor: colour,
      backgroundColor: colour,
      pointStyle: shapes[index % shapes.length],
      pointRadius: 4,
      borderWidth: 2,
      spanGaps: false,
      hidden: Boolean(set.hidden),
    };
    if (spec.type === "bar") {
      // NPS: below zero in the second colour, so a negative week stands out.
      drawn.backgroundColor = function (context) {
        return context.raw !== null && context.raw < 0 ? colours[1] : colours[0];
      };
    }
    return drawn;
  }

  Object.keys(data.charts).forEach(function (id) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    var spec = data.charts[id];
    var scales = { x: { reverse: rtl, grid: { display: false } } };
    Object.keys(spec.axes).forEach(function (name) {
      scales[name] = axisOptions(name, spec.axes[name]);
    });
    var container = canvas.parentElement;
    container.hidden = false;
    new window.Chart(canvas, {
      type: spec.type,
      data: {
        labels: data.labels,
        datasets: spec.datasets.map(function (set, index) {
          return dataset(spec, set, index);
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang || undefined,
        interaction: { mode: "index", intersect: false },
        scales: scales,
        plugins: {
          legend: { position: "bottom", rtl: rtl, labels: { usePointStyle: true } },
          tooltip: { rtl: rtl, usePointStyle: true },
        },
      },
    });
    var section = container.closest("section");
    var figures = section && section.querySelector("[data-insights-figures]");
    if (figures) {
      figures.open = false;
    }
  });
})();
