// The dashboard's own script. Every page works without it; it only adds what needs a script.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // A print button: without a script the browser's own menu prints the page just as well.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
});
