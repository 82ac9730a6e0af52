// Check a reading: the picked reading ("metric@minute") fills the form's
// metric and minute fields.
(function () {
  var f = document.querySelector("form.stack"), s = document.getElementById("reading");
  if (!f || !s) return;
  function set() { var p = s.value.split("@"); f.metric.value = p[0]; f.minute.value = p[1]; }
  set();
  s.addEventListener("change", set);
})();
