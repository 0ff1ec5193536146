// The article page: highlight an event's spans, review it, show its history.
"use strict";
for (const section of document.querySelectorAll("section.event")) {
  const id = section.dataset.event;
  const idx = [...document.querySelectorAll("section.event")].indexOf(section);
  section.addEventListener("mouseenter", () => {
    for (const s of document.querySelectorAll(".text [data-events]"))
      s.classList.toggle("focus", s.dataset.events.split(" ").includes(String(idx)));
  });
}

function changesFrom(form, card) {
  // Only what the reviewer changed goes into the revision.
  const changes = {};
  for (const name of ["event_type", "sub_event_type", "date", "date_precision", "actor1", "actor2", "fatalities", "modality"]) {
    const input = form.elements[name];
    if (!input) continue;
    const before = input.defaultValue !== undefined && input.tagName !== "SELECT" ? input.defaultValue
      : [...input.options].find(o => o.defaultSelected)?.value ?? "";
    if (input.value === before) continue;
    if (name === "fatalities") changes[name] = input.value === "" ? null : Number(input.value);
    else changes[name] = input.value === "" ? null : input.value;
  }
  const place = form.elements.place.value.trim();
  if (place) changes.place = {name: place};
  return changes;
}

for (const form of document.querySelectorAll("form.review-form")) {
  const id = form.dataset.event;
  const out = form.querySelector(".result");
  const done = () => { out.textContent = T.saved; setTimeout(() => location.reload(), 300); };
  const fail = e => { out.textContent = T.error + ": " + e.message; out.classList.add("error"); };
  const note = () => form.elements.note.value.trim() || null;
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    api("POST", `/api/events/${encodeURIComponent(id)}/review`,
        {status: "corrected", note: note(), changes: changesFrom(form)}).then(done, fail);
  });
  for (const button of form.querySelectorAll("button[data-action]")) {
    const action = button.dataset.action;
    if (action === "corrected") continue;
    button.addEventListener("click", () => {
      let call;
      if (action === "split") {
        const places = form.elements.places.value.split(/\n+/).map(s => s.trim()).filter(Boolean).map(name => ({name}));
        call = api("POST", `/api/events/${encodeURIComponent(id)}/split`, {places, note: note()});
      } else if (action === "merge") {
        call = api("POST", `/api/events/${encodeURIComponent(id)}/merge`, {into: form.elements.into.value.trim(), note: note()});
      } else {
        call = api("POST", `/api/events/${encodeURIComponent(id)}/review`, {status: action, note: note()});
      }
      call.then(done, fail);
    });
  }
}

for (const box of document.querySelectorAll("details.history")) {
  box.addEventListener("toggle", async () => {
    if (!box.open || box.dataset.loaded) return;
    box.dataset.loaded = "1";
    const data = await api("GET", `/api/events/${encodeURIComponent(box.dataset.event)}/history`);
    const list = box.querySelector("ol");
    for (const r of data.revisions)
      list.append(el("li", {}, `${r.created_at} · ${r.user_name} · ${r.action} → ${r.status} `,
        el("code", {}, JSON.stringify(r.changes)), r.note ? " — " + r.note : ""));
  });
}

// Suggestions while typing: dictionary actors for actor fields, gazetteer readings for places.
function suggest(input, url, render) {
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      const list = document.getElementById(input.getAttribute("list"));
      const data = await api("GET", url + encodeURIComponent(q)).catch(() => null);
      if (!data) return;
      list.replaceChildren(...render(data).map(([value, label]) => { const o = el("option", {value}); o.label = label; return o; }));
    }, 200);
  });
}
for (const input of document.querySelectorAll("form.review-form input[name=actor1], form.review-form input[name=actor2]"))
  suggest(input, "/api/actors/search?q=", d => d.actors.map(a => [a.id, `${a.name_en || ""} · ${a.name_ar || ""}`]));
for (const input of document.querySelectorAll("form.review-form input[name=place]"))
  suggest(input, "/api/places/search?q=", d => d.places.map(p => [p.name_ar || p.text, `${p.name_en || ""} · ${p.admin1_code || p.country || ""}`]));
