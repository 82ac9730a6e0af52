// Upload progress: the file goes out with a progress bar, then the page
// follows the server checking and adding it. Without this script the form
// posts normally and the progress page refreshes itself.
(function () {
  var form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var box = document.getElementById("upload-progress");
  var bar = document.getElementById("upload-bar");
  var phase = document.getElementById("upload-phase");
  var error = document.getElementById("error");
  var done = document.getElementById("done");
  var button = form.querySelector("button[type=submit]");

  function show(el, text) { el.textContent = text; el.hidden = !text; }
  function finish(errText, doneText) {
    box.hidden = true;
    button.disabled = false;
    show(error, errText || "");
    show(done, doneText || "");
  }
  function follow(url) {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.phase === "done") return finish("", s.message);
        if (s.phase === "failed") return finish(s.message, "");
        if (s.error) return finish(s.error, "");
        phase.textContent = (s.phase === "checking" ? "Checking the file" : "Adding your readings") +
          ": " + s.percent + "% (" + s.readings + " readings)";
        bar.value = s.percent;
        setTimeout(function () { follow(url); }, 500);
      })
      .catch(function () { setTimeout(function () { follow(url); }, 2000); });
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      bar.value = Math.round(e.loaded * 100 / e.total);
      phase.textContent = "Sending the file: " + bar.value + "%";
    });
    xhr.addEventListener("load", function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) {}
      if (xhr.status === 202 && body.status) { bar.value = 0; return follow(body.status); }
      if (xhr.status === 200 && body.message) return finish("", body.message); // uploaded before
      finish(body.error || "The upload failed (" + xhr.status + "). Please try again.", "");
    });
    xhr.addEventListener("error", function () { finish("The connection dropped while sending the file. Please try again.", ""); });
    show(error, ""); show(done, "");
    box.hidden = false;
    button.disabled = true;
    xhr.send(new FormData(form));
  });
})();
