// Provider filter on the index page and the Pagefind search box on every page.
"use strict";

function setUpFilter() {
  const input = document.getElementById("provider-filter");
  if (!input) return;
  const cards = Array.from(document.querySelectorAll(".provider-card"));
  const noMatch = document.getElementById("no-match");
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const text = card.dataset.filter || "";
      const visible = words.every((word) => text.includes(word));
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    noMatch.hidden = shown > 0;
  });
}

function setUpSearch() {
  if (typeof PagefindUI === "undefined") return; // index not built
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpFilter();
  setUpSearch();
});
