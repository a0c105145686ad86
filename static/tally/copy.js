// Progressive enhancement: the citations are plain text on the page; this only adds copy buttons.
// A file, not an inline script, so that the Content-Security-Policy can refuse every inline script.
document.querySelectorAll("button.copy").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var text = button.getAttribute("data-copy");
    var done = function () { button.textContent = "Copied"; button.setAttribute("data-copied", text); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, done);
    } else { done(); }
  });
});
