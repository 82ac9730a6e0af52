// Live earnings: the server sends an event when a research use pays this
// person; the page then refreshes its numbers and messages without a reload.
(function () {
  if (!window.EventSource) return;
  var es = new EventSource("/events");
  es.addEventListener("payout", function () {
    fetch("/api/me/summary", { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        document.getElementById("total").textContent = s.total;
        document.getElementById("verified").textContent = s.verified;
        document.getElementById("pending").textContent = s.pending;
        document.getElementById("uses").textContent = s.sales;
        var list = document.getElementById("messages");
        list.innerHTML = "";
        (s.messages || []).forEach(function (m) {
          var li = document.createElement("li");
          li.textContent = m;
          list.appendChild(li);
        });
        var live = document.getElementById("live");
        live.textContent = "New earnings just arrived.";
      });
  });
})();
