// Article evidence: a click on a highlight shows the event or quote it supports,
// and the spans that make up that event or quote are outlined together.
(function () {
  "use strict";
  function activate(ref) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll('mark.hl[data-ref="' + CSS.escape(ref) + '"]').forEach(function (el) {
      el.classList.add("active");
    });
    var card = document.getElementById(ref);
    if (card) card.classList.add("active");
  }
  document.addEventListener("click", function (evt) {
    var mark = evt.target.closest("mark.hl[data-ref]");
    if (mark && mark.closest("#article-text")) {
      activate(mark.dataset.ref);
      var card = document.getElementById(mark.dataset.ref);
      if (card) card.scrollIntoView({block: "nearest"});
      return;
    }
    var card = evt.target.closest(".card[id]");
    if (card) activate(card.id);
  });
  if (window.location.hash.length > 1) activate(decodeURIComponent(window.location.hash.slice(1)));
})();
