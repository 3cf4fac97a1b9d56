// Closes open offers in the reader's browser once their deadline has passed, even when the
// site has not been rebuilt since. The page is complete without this script.
(function () {
  "use strict";
  var now = Date.now();
  var badges = document.querySelectorAll("[data-deadline-end]");
  for (var i = 0; i < badges.length; i++) {
    var badge = badges[i];
    var end = Date.parse(badge.getAttribute("data-deadline-end"));
    if (!isNaN(end) && now > end) {
      badge.textContent = badge.getAttribute("data-closed-label");
      badge.className = "badge badge-closed";
      badge.removeAttribute("data-deadline-end");
    }
  }
})();
