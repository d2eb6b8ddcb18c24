// Progressive enhancement only: every page reads completely without this
// file. It (1) lets residents fold the steps of a service and (2) says
// whether an office is open now, in Western Indonesia Time.
(function () {
  "use strict";

  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    var body = document.getElementById(button.getAttribute("aria-controls"));
    if (body) {
      body.hidden = !open;
    }
  }

  // The step number stays inside the button, so it is read with the title.
  function foldableSteps(list) {
    var buttons = [];
    var steps = list.querySelectorAll(".al-step");
    for (var i = 0; i < steps.length; i++) {
      var title = steps[i].querySelector(".al-step__title");
      var body = steps[i].querySelector(".al-step__body");
      if (!title || !body || !body.id) {
        continue;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("aria-controls", body.id);
      while (title.firstChild) {
        button.appendChild(title.firstChild);
      }
      title.appendChild(button);
      button.addEventListener("click", function () {
        setOpen(this, this.getAttribute("aria-expanded") !== "true");
      });
      setOpen(button, true);
      buttons.push(button);
    }
    if (buttons.length < 2) {
      return;
    }
    var all = document.createElement("button");
    all.type = "button";
    all.className = "al-steps-toggle";
    var allOpen = true;
    all.textContent = list.getAttribute("data-hide-all");
    all.addEventListener("click", function () {
      allOpen = !allOpen;
      for (var j = 0; j < buttons.length; j++) {
        setOpen(buttons[j], allOpen);
      }
      all.textContent = list.getAttribute(allOpen ? "data-hide-all" : "data-show-all");
    });
    list.parentNode.insertBefore(all, list);
  }

  // WIB is UTC+7 all year: no daylight saving to account for.
  function nowInJakarta() {
    var d = new Date(Date.now() + 7 * 3600 * 1000);
    return { day: (d.getUTCDay() + 6) % 7, minute: d.getUTCHours() * 60 + d.getUTCMinutes() };
  }

  function spansOf(text) {
    var out = [];
    var parts = (text || "").split(" ");
    for (var i = 0; i < parts.length; i++) {
      var m = /^(\d+)-(\d+)$/.exec(parts[i]);
      if (m) {
        out.push([+m[1], +m[2]]);
      }
    }
    return out;
  }

  function clock(minutes) {
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  }

  function openStatus(table) {
    var status = table.parentNode.querySelector(".al-status");
    var rows = table.querySelectorAll("tbody tr[data-day]");
    if (!status || rows.length !== 7) {
      return;
    }
    var week = [];
    var names = [];
    for (var i = 0; i < 7; i++) {
      week.push(spansOf(rows[i].getAttribute("data-spans")));
      names.push(rows[i].querySelector("th").textContent);
    }
    var now = nowInJakarta();
    rows[now.day].className += " al-today";
    var today = week[now.day];
    var text = null;
    var hadSpan = false;
    for (var s = 0; s < today.length && text === null; s++) {
      if (now.minute >= today[s][0] && now.minute < today[s][1]) {
        text = status.getAttribute("data-open").replace("{time}", clock(today[s][1]));
      } else if (now.minute < today[s][0]) {
        var key = hadSpan ? "data-break" : "data-later";
        text = status.getAttribute(key).replace("{time}", clock(today[s][0]));
      }
      hadSpan = true;
    }
    for (var ahead = 1; ahead <= 7 && text === null; ahead++) {
      var day = (now.day + ahead) % 7;
      if (week[day].length > 0) {
        text = status.getAttribute("data-closed").replace("{day}", names[day]).replace("{time}", clock(week[day][0][0]));
      }
    }
    status.textContent = text === null ? status.getAttribute("data-none") : text;
    status.hidden = false;
  }

  var lists = document.querySelectorAll(".al-steps");
  for (var i = 0; i < lists.length; i++) {
    foldableSteps(lists[i]);
  }
  var tables = document.querySelectorAll(".al-hours");
  for (var t = 0; t < tables.length; t++) {
    openStatus(tables[t]);
  }
})();
