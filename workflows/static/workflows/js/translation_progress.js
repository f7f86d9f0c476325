/*
 * wagtail-localize's translation editor (a React application) keeps its own progress counter
 * and builds the heading "<source> to <target> translation" in English, outside its message
 * catalogue. This script keeps the portal's summary above the editor (counts, segments still
 * to translate, title and address) up to date after each saved segment, and gives the heading
 * in the user's language. It runs under the admin's Content-Security-Policy (a static file, no
 * inline code).
 */
(function () {
  "use strict";

  const summary = document.querySelector("[data-translation-progress]");
  if (!summary) {
    return;
  }
  const url = summary.dataset.translationProgress;
  const headingFormat = summary.dataset.headingFormat;
  const countFormat = summary.querySelector("[data-count-format]").dataset.countFormat;
  const headingPattern = /^(.+) to (.+) translation$/;

  function setText(element, text) {
    // Only real changes: the observer below would otherwise see its own writes.
    if (element.textContent !== text) {
      element.textContent = text;
    }
  }

  function interpolate(format, values) {
    return format.replace(/%\(([a-z]+)\)s/g, (match, name) => values[name]);
  }

  function translateHeadings(root) {
    root.querySelectorAll("h1, h2, h3, h4").forEach((heading) => {
      const match = heading.textContent.trim().match(headingPattern);
      if (match) {
        setText(heading, interpolate(headingFormat, { source: match[1], target: match[2] }));
      }
    });
  }

  function render(progress) {
    setText(summary.querySelector("[data-progress-count]"), interpolate(countFormat, progress));
    setText(summary.querySelector("[data-english-title]"), progress.title);
    setText(summary.querySelector("[data-english-slug]"), progress.slug);
    const missing = summary.querySelector("[data-missing-segments]");
    const list = missing.querySelector("ul");
    list.replaceChildren(
      ...progress.missing.map((name) => {
        const item = document.createElement("li");
        item.textContent = name;
        return item;
      }),
    );
    missing.hidden = progress.missing.length === 0;
    // The review panel under the editor repeats the count.
    document.querySelectorAll("[data-review-progress]").forEach((element) => {
      setText(element, interpolate(countFormat, progress));
    });
  }

  let timer = null;
  function refresh() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : null))
        .then((progress) => progress && render(progress))
        .catch(() => {});
    }, 700);
  }

  // Every change the editor draws (a segment saved, reverted, machine-translated) may change
  // the counts; changes inside the summary itself are ours.
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((mutation) => !summary.contains(mutation.target))) {
      translateHeadings(document);
      refresh();
    }
  });
  document.addEventListener("DOMContentLoaded", () => {
    translateHeadings(document);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})();
