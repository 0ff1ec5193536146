// The actor-relation graph: who joined, split from, pledged allegiance to whom, up to a date.
"use strict";
const EDGE_COLORS = {joined: "#27ae60", merged: "#27ae60", pledged_allegiance: "#2980b9", allied: "#2980b9",
  agreement: "#2980b9", split_from: "#e67e22", expelled: "#c0392b", fought: "#c0392b", dissolved: "#7f8c8d"};

(async () => {
  const data = await api("GET", "/api/actors/graph");
  const dates = [...new Set(data.edges.map(e => e.date || e.published).filter(Boolean))].sort();
  const slider = document.getElementById("when"), label = document.getElementById("when-label");
  const undated = document.getElementById("undated");
  // One checkbox per relation type; fights (the most frequent) start hidden so splits,
  // mergers and pledges stand out.
  const shown = new Set();
  const types = [...new Set(data.edges.map(e => e.type))].sort();
  const box = document.getElementById("types");
  for (const type of types) {
    const input = el("input", {type: "checkbox", "data-type": type});
    input.checked = type !== "fought" || types.length === 1;
    if (input.checked) shown.add(type);
    input.addEventListener("change", () => { input.checked ? shown.add(type) : shown.delete(type); update(); });
    box.append(el("label", {class: "type"}, input, " ", type, " "));
  }
  const names = Object.fromEntries(data.nodes.map(n => [n.id, n.name_en || n.name_ar || n.id]));
  slider.max = Math.max(0, dates.length - 1);
  slider.value = slider.max;
  const cy = cytoscape({
    container: document.getElementById("graph"),
    elements: [
      ...data.nodes.map(n => ({data: {id: n.id, label: n.name_en || n.name_ar || n.id}})),
      ...data.edges.map((e, i) => ({data: {id: "e" + i, source: e.source, target: e.target, label: e.type,
        when: e.date || "", color: EDGE_COLORS[e.type] || "#555"}})),
    ],
    style: [
      {selector: "node", style: {"label": "data(label)", "font-size": 10, "background-color": "#34495e", "width": 14, "height": 14}},
      {selector: "edge", style: {"label": "data(label)", "font-size": 8, "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": "data(color)", "target-arrow-color": "data(color)", "width": 1.5}},
      {selector: ".hidden", style: {"display": "none"}},
    ],
    layout: {name: "cose", animate: false},
  });
  const body = document.getElementById("relations");
  function update() {
    const until = dates[Number(slider.value)] || "";
    label.textContent = until || "—";
    body.replaceChildren();
    data.edges.forEach((e, i) => {
      const when = e.date || "";
      const show = shown.has(e.type) && (when ? when <= until : undated.checked);
      cy.getElementById("e" + i).toggleClass("hidden", !show);
      if (show) body.append(el("tr", {}, el("td", {}, when || "—"), el("td", {}, names[e.source]), el("td", {}, e.type),
        el("td", {}, names[e.target]), el("td", {}, el("a", {href: "/articles/" + encodeURIComponent(e.article_id)}, e.article_id))));
    });
    hideLoneNodes();
  }
  function hideLoneNodes() {
    cy.nodes().forEach(n => n.toggleClass("hidden", n.connectedEdges().filter(e => !e.hasClass("hidden")).length === 0));
    cy.elements().not(".hidden").layout({name: "cose", animate: false, fit: true, padding: 40, idealEdgeLength: 140, nodeRepulsion: 900000}).run();
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(cy.elements().not(".hidden")); }
  }
  slider.addEventListener("input", update);
  undated.addEventListener("change", update);
  update();
})().catch(e => { document.getElementById("graph").textContent = T.error + ": " + e.message; });
