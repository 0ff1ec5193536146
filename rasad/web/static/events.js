// The list page: a map of the filtered events over the bundled outlines, and a timeline.
"use strict";
const COLORS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
};

async function drawOverview() {
  const mapEl = document.getElementById("map");
  const query = mapEl.dataset.query;
  const data = await api("GET", "/api/summary" + (query ? "?" + query : ""));
  const map = L.map(mapEl, {preferCanvas: true, worldCopyJump: true}).setView([31, 40], 4);
  if (mapEl.dataset.tiles) L.tileLayer(mapEl.dataset.tiles, {maxZoom: 18}).addTo(map);
  try {
    const outlines = await api("GET", "/static/outlines.geojson");
    L.geoJSON(outlines, {
      style: f => f.properties.level === "country"
        ? {color: "#555", weight: 1.2, fill: true, fillColor: "#f4f1ea", fillOpacity: 1}
        : {color: "#aaa", weight: 0.6, fill: false},
      onEachFeature: (f, layer) => layer.bindTooltip(
        [f.properties.name_en, f.properties.name_ar, f.properties.code].filter(Boolean).join(" · ")),
    }).addTo(map);
  } catch (e) { /* outlines are optional: the points still show */ }
  const bounds = [];
  for (const [id, lat, lon, type, day, status] of data.points) {
    const m = L.circleMarker([lat, lon], {radius: 5, color: COLORS[type] || "#333", weight: 1,
      fillOpacity: status === "rejected" ? 0.15 : 0.7});
    m.bindPopup(() => el("div", {}, el("b", {}, type), el("br"), day || "—", el("br"),
      el("a", {href: "/events/" + encodeURIComponent(id)}, id)));
    m.addTo(map);
    bounds.push([lat, lon]);
  }
  if (bounds.length) map.fitBounds(bounds, {maxZoom: 9, padding: [20, 20]});
  mapEl.dataset.points = String(data.points.length);
  drawTimeline(data.by_month);
}

function drawTimeline(byMonth) {
  const svg = document.getElementById("timeline");
  const months = Object.keys(byMonth);
  const w = 360, h = 140, pad = 18;
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  if (!months.length) return;
  const max = Math.max(...Object.values(byMonth));
  const bw = (w - 2 * pad) / months.length;
  const ns = "http://www.w3.org/2000/svg";
  months.forEach((m, i) => {
    const bh = (h - 2 * pad) * byMonth[m] / max;
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("x", pad + i * bw); r.setAttribute("y", h - pad - bh);
    r.setAttribute("width", Math.max(1, bw - 1)); r.setAttribute("height", bh);
    r.setAttribute("class", "bar");
    const tip = document.createElementNS(ns, "title");
    tip.textContent = `${m}: ${byMonth[m]}`;
    r.append(tip);
    svg.append(r);
  });
  for (const [x, label, anchor] of [[pad, months[0], "start"], [w - pad, months[months.length - 1], "end"]]) {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", x); t.setAttribute("y", h - 4); t.setAttribute("text-anchor", anchor);
    t.textContent = label;
    svg.append(t);
  }
}

drawOverview().catch(e => { document.getElementById("map").textContent = T.error + ": " + e.message; });
