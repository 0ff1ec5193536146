"use strict";
const form = document.getElementById("login");
form.addEventListener("submit", async ev => {
  ev.preventDefault();
  const out = form.querySelector(".result");
  try {
    await api("POST", "/api/session", {token: form.elements.token.value});
    location.href = form.dataset.next || "/";
  } catch (e) { out.textContent = T.error + ": " + e.message; }
});
