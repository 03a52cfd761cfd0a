// The dashboard's own script. Every page works without it; it only adds what needs a script.
"use strict";

// The matrix: hovering, focusing or tapping a point shows its idea and figures (the point's own
// <title>) beside it. With a mouse or keyboard a click opens the idea at once; on a touch screen
// the first tap shows the figures and a second tap on the same point opens the idea.
function matrixTips(tip) {
  const drawing = tip.parentElement;
  let shown = null;
  let touched = false;
  let before = null; // what the tip showed when this tap began: a tap also "hovers" first

  function show(point) {
    const title = point.querySelector("title");
    tip.textContent = title ? title.textContent : "";
    tip.hidden = false;
    const box = drawing.getBoundingClientRect();
    const dot = point.getBoundingClientRect();
    const left = Math.min(Math.max(dot.left - box.left, 0), Math.max(box.width - tip.offsetWidth, 0));
    // Through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
    tip.style.setProperty("--tip-left", Math.round(left) + "px");
    tip.style.setProperty("--tip-top", Math.round(dot.bottom - box.top + 6) + "px");
    shown = point;
  }

  function hide() {
    tip.hidden = true;
    shown = null;
  }

  drawing.querySelectorAll("a.idea").forEach(function (point) {
    point.addEventListener("pointerdown", function (event) {
      touched = event.pointerType === "touch" || event.pointerType === "pen";
      before = shown;
    });
    point.addEventListener("mouseenter", function () { show(point); });
    point.addEventListener("mouseleave", hide);
    point.addEventListener("focus", function () { show(point); });
    point.addEventListener("blur", hide);
    point.addEventListener("click", function (event) {
      if (touched && before !== point) {
        event.preventDefault();
        show(point);
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
  });
}

document.addEventListener("DOMContentLoaded", function () {
  // A print button: without a script the browser's own menu prints the page just as well.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
  const tip = document.getElementById("matrix-tip");
  if (tip) { matrixTips(tip); }
});
