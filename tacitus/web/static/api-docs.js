// Starts Swagger UI on /docs from the app's own files (no CDN, no inline script).
(function () {
  var root = document.getElementById("swagger-ui");
  if (!root || typeof SwaggerUIBundle === "undefined") return;
  window.ui = SwaggerUIBundle({
    url: root.dataset.spec,
    dom_id: "#swagger-ui",
    validatorUrl: null,  // never send the spec to an outside validator
    deepLinking: true,
  });
})();
