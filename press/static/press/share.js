// "Copy link": copies the page's address instead of following it. Without script (or without
// the clipboard) the link still leads to the address, which the reader can copy.
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-copy-link]");
  if (!link || !navigator.clipboard) {
    return;
  }
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(function () {
    link.setAttribute("aria-live", "polite");
    link.textContent = link.dataset.copied;
  });
});
