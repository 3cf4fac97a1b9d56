// Keeps offer badges true between two builds, in the reader's browser: an open offer whose
// deadline has passed becomes "closed", and the count of days left is brought up to date.
// The page is complete without this script: the badges then say what they said at build time.
(function () {
  "use strict";
  var DAY = 86400000;
  var now = Date.now();
  var badges = document.querySelectorAll(".badge[data-deadline-end]");
  for (var i = 0; i < badges.length; i++) {
    update(badges[i]);
  }

  function update(badge) {
    // The end of the deadline day in the site's time zone, e.g. 2024-11-30T23:59:59+01:00.
    var end = Date.parse(badge.getAttribute("data-deadline-end"));
    if (isNaN(end)) {
      return;
    }
    if (now > end) {
      badge.textContent = badge.getAttribute("data-closed-label");
      badge.className = "badge badge-closed";
      badge.removeAttribute("data-deadline-end");
      close(badge.closest ? badge.closest("[data-offer]") : null);
      return;
    }
    // Whole days left after today: 0 on the last day, 1 the day before.
    var days = Math.floor((end - now) / DAY);
    if (days > 7) {
      return;
    }
    var text = days === 0 ? badge.getAttribute("data-last-day-label")
      : days === 1 ? badge.getAttribute("data-tomorrow-label")
        : (badge.getAttribute("data-days-label") || "").replace("{0}", String(days));
    if (text) {
      badge.textContent = text;
      badge.className = "badge badge-open badge-soon";
    }
  }

  // A closed offer in a list of open ones moves to its end.
  function close(item) {
    if (!item) {
      return;
    }
    item.classList.add("is-closed");
    var list = item.parentNode;
    if (list && list.classList && list.classList.contains("offer-list")) {
      list.appendChild(item);
    }
  }
})();
