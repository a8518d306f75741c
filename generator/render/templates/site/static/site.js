// Provider filters on the index page, copy buttons on code blocks and the Pagefind search box.
"use strict";

function setUpFilter() {
  const input = document.getElementById("provider-filter");
  if (!input) return;
  const category = document.getElementById("category-filter");
  const auth = document.getElementById("auth-filter");
  const cards = Array.from(document.querySelectorAll(".provider-card"));
  const noMatch = document.getElementById("no-match");
  const matchCount = document.getElementById("match-count");
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const text = card.dataset.filter || "";
      const visible =
        words.every((word) => text.includes(word)) &&
        (!category.value || card.dataset.category === category.value) &&
        (!auth.value || card.dataset.auth === auth.value);
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    noMatch.hidden = shown > 0;
    matchCount.textContent = `${shown} of ${cards.length} providers`;
  };
  input.addEventListener("input", apply);
  category.addEventListener("change", apply);
  auth.addEventListener("change", apply);
}

// Copies through the Clipboard API, else through a hidden textarea and execCommand.
async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      // permission refused: fall back below
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "copy-fallback";
  area.style.position = "fixed";
  area.style.top = "-1000px";
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch (error) {
    copied = false;
  }
  area.remove();
  return copied;
}

function setUpCopyButtons() {
  for (const pre of document.querySelectorAll("pre")) {
    const wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    const what = pre.getAttribute("aria-label") || "code";
    button.setAttribute("aria-label", `Copy ${what}`);
    button.addEventListener("click", async () => {
      const copied = await copyText(pre.innerText.replace(/\n$/, ""));
      button.textContent = copied ? "Copied" : "Copy failed";
      button.classList.toggle("copied", copied);
      button.setAttribute("aria-label", copied ? `Copied ${what}` : `Copy failed: ${what}`);
      clearTimeout(button.resetTimer);
      button.resetTimer = setTimeout(() => {
        button.textContent = "Copy";
        button.classList.remove("copied");
        button.setAttribute("aria-label", `Copy ${what}`);
      }, 2000);
    });
    wrapper.appendChild(button);
  }
}

async function setUpSearch() {
  const box = document.getElementById("search");
  if (typeof PagefindUI === "undefined" || !box) return; // index not built
  // One Pagefind bundle per shard of the site, merged into one search box.
  const root = new URL((box.dataset.base || "") + "pagefind/", document.baseURI);
  let shards = [];
  try {
    shards = await (await fetch(new URL("shards.json", root))).json();
  } catch (error) {
    return;
  }
  if (!shards.length) return;
  const bundle = (shard) => new URL(`${shard}/`, root).href;
  new PagefindUI({
    element: "#search",
    bundlePath: bundle(shards[0]),
    mergeIndex: shards.slice(1).map((shard) => ({ bundlePath: bundle(shard) })),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  // Pagefind titles its input only; the header's <label> names it.
  const input = box.querySelector(".pagefind-ui__search-input");
  if (input) input.id = "site-search-input";
}

document.addEventListener("DOMContentLoaded", () => {
  setUpFilter();
  setUpCopyButtons();
  setUpSearch();
});
