// A document page: the fact named in the address (#fact-<id>) has its evidence highlighted and
// scrolled to; pointing at a fact in the list highlights its evidence too.
"use strict";

function marksOf(factId) {
  return Array.from(document.querySelectorAll("mark[data-facts]"))
    .filter((mark) => mark.dataset.facts.split(" ").includes(factId));
}

function select(factId, scroll) {
  document.querySelectorAll(".current").forEach((element) => element.classList.remove("current"));
  const marks = marksOf(factId);
  marks.forEach((mark) => mark.classList.add("current"));
  document.querySelectorAll("[data-fact]").forEach((item) => {
    if (item.dataset.fact === factId) {
      item.classList.add("current");
    }
  });
  if (scroll && marks.length) {
    marks[0].scrollIntoView({ block: "center" });
  }
}

function fromAddress() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (id.startsWith("fact-")) {
    select(id.slice(5), true);
  }
}

document.querySelectorAll("[data-fact]").forEach((item) => {
  item.addEventListener("mouseenter", () => marksOf(item.dataset.fact).forEach((m) => m.classList.add("hover")));
  item.addEventListener("mouseleave", () => marksOf(item.dataset.fact).forEach((m) => m.classList.remove("hover")));
});
window.addEventListener("hashchange", fromAddress);
fromAddress();
