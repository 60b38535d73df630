// Draws every chart of a page: the spec is JSON in a <script type="application/json"> named by the
// element's data-spec; Vega's expression interpreter keeps to the page's script-src 'self' policy.
"use strict";

document.querySelectorAll("[data-spec]").forEach((element) => {
  const source = document.getElementById(element.dataset.spec);
  if (!source) {
    return;
  }
  const options = {
    actions: false,
    renderer: "svg",
    ast: true,
    expr: vegaInterpreter.expressionInterpreter,
    defaultStyle: false,
    tooltip: { disableDefaultStyle: true },
  };
  vegaEmbed(element, JSON.parse(source.textContent), options)
    .then(() => element.setAttribute("data-drawn", "true"))
    .catch((error) => {
      element.textContent = "The chart could not be drawn (" + error.message + "); the tables below hold the same figures.";
    });
});
