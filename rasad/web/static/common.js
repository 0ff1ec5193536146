// Shared by every page: interface words, the CSRF token, JSON calls, logout.
"use strict";
const T = JSON.parse(document.getElementById("i18n").textContent);
const CSRF = document.querySelector('meta[name="csrf-token"]').content;

async function api(method, url, body) {
  const opts = {method, headers: {"Accept": "application/json"}, credentials: "same-origin"};
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  if (method !== "GET") opts.headers["X-CSRF-Token"] = CSRF;
  const resp = await fetch(url, opts);
  const data = await resp.json().catch(() => ({}));
  if (!resp.ok) {
    const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail || resp.status);
    throw new Error(detail);
  }
  return data;
}

function el(tag, attrs, ...children) {
  // Build elements with text nodes only: nothing from the data is parsed as HTML.
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return node;
}

const logout = document.getElementById("logout");
if (logout) logout.addEventListener("click", async () => {
  await api("DELETE", "/api/session");
  location.reload();
});
