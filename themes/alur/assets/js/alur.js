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

  // WIB is UTC+7 all year: no daylight saving to account for. A day
  // ahead is 24 hours ahead for the same reason.
  function inJakarta(ms) {
    var d = new Date(ms + 7 * 3600 * 1000);
    return {
      date: d.toISOString().slice(0, 10),
      day: (d.getUTCDay() + 6) % 7,
      minute: d.getUTCHours() * 60 + d.getUTCMinutes(),
      dayOfMonth: d.getUTCDate(),
      month: d.getUTCMonth()
    };
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

  // closuresOf reads data-libur: "from until name" per line, dates as
  // YYYY-MM-DD, which compare as text.
  function closuresOf(text) {
    var out = [];
    var lines = (text || "").split("\n");
    for (var i = 0; i < lines.length; i++) {
      var m = /^(\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2}) (.*)$/.exec(lines[i]);
      if (m) {
        out.push({ from: m[1], until: m[2], name: m[3] });
      }
    }
    return out;
  }

  function closedOn(closures, date) {
    for (var i = 0; i < closures.length; i++) {
      if (closures[i].from <= date && date <= closures[i].until) {
        return closures[i];
      }
    }
    return null;
  }

  function clock(minutes) {
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  }

  // openStatus fills the open-now line from its own data: the week's
  // spans, the coming holidays and the words for each case.
  function openStatus(status) {
    var week = (status.getAttribute("data-spans") || "").split("|");
    var names = (status.getAttribute("data-days") || "").split(",");
    var months = (status.getAttribute("data-months") || "").split(",");
    if (week.length !== 7 || names.length !== 7 || months.length !== 12) {
      return;
    }
    for (var i = 0; i < 7; i++) {
      week[i] = spansOf(week[i]);
    }
    var closures = closuresOf(status.getAttribute("data-libur"));
    var start = Date.now();
    var now = inJakarta(start);
    var table = status.parentNode.querySelector(".al-hours");
    var row = table && table.querySelector('tbody tr[data-day="' + now.day + '"]');
    if (row) {
      row.className += " al-today";
    }
    var holiday = closedOn(closures, now.date);
    var today = holiday ? [] : week[now.day];
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
    var skipped = false;
    for (var ahead = 1; ahead <= 60 && text === null; ahead++) {
      var d = inJakarta(start + ahead * 24 * 3600 * 1000);
      if (closedOn(closures, d.date)) {
        skipped = true;
        continue;
      }
      if (week[d.day].length > 0) {
        var which = holiday ? "data-holiday" : skipped || ahead > 6 ? "data-closed-date" : "data-closed";
        text = status.getAttribute(which)
          .replace("{name}", holiday ? holiday.name : "")
          .replace("{day}", names[d.day])
          .replace("{date}", d.dayOfMonth + " " + months[d.month])
          .replace("{time}", clock(week[d.day][0][0]));
      }
    }
    if (text === null) {
      text = status.getAttribute("data-none");
    }
    status.textContent = text;
    var duty = holiday ? null : onDuty(status.getAttribute("data-piket"), now);
    if (duty && !(today.length && isOpen(today, now.minute))) {
      status.appendChild(document.createTextNode(" "));
      fill(status, status.getAttribute("data-duty"), { names: duty.names, place: duty.place });
    }
    status.hidden = false;
  }

  // fill appends words with {placeholders} to el; the values are staff
  // text in Indonesian, marked so, whatever the page's language.
  function fill(el, words, values) {
    var parts = words.split(/\{(\w+)\}/);
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        el.appendChild(document.createTextNode(parts[i]));
        continue;
      }
      var span = document.createElement("span");
      span.lang = "id";
      span.textContent = values[parts[i]] || "";
      el.appendChild(span);
    }
  }

  function isOpen(spans, minute) {
    for (var i = 0; i < spans.length; i++) {
      if (minute >= spans[i][0] && minute < spans[i][1]) {
        return true;
      }
    }
    return false;
  }

  // onDuty finds the piket shift covering now in data-piket: "days from
  // until place|names" per line.
  function onDuty(text, now) {
    var lines = (text || "").split("\n");
    for (var i = 0; i < lines.length; i++) {
      var m = /^([\d,]+) (\d+) (\d+) ([^|]*)\|(.*)$/.exec(lines[i]);
      if (m && ("," + m[1] + ",").indexOf("," + now.day + ",") >= 0 && now.minute >= +m[2] && now.minute < +m[3] && m[5]) {
        return { place: m[4], names: m[5] };
      }
    }
    return null;
  }

  var lists = document.querySelectorAll(".al-steps");
  for (var i = 0; i < lists.length; i++) {
    foldableSteps(lists[i]);
  }
  var statuses = document.querySelectorAll(".al-status[data-spans]");
  for (var t = 0; t < statuses.length; t++) {
    openStatus(statuses[t]);
  }

  // (3) When the city publishes them, an office page's inspection figures:
  // the link to the server's page becomes the sentence with the figures.
  function inspections(el) {
    fetch(el.getAttribute("data-sidak"), { credentials: "omit" }).then(function (res) {
      return res.ok ? res.json() : null;
    }).then(function (f) {
      if (!f) {
        return;
      }
      el.textContent = el.getAttribute("data-figure").replace("{n}", f.inspections).replace("{days}", f.days)
        .replace("{until}", f.until).replace("{staffed}", f.staffed);
    }, function () { /* offline: the link stays */ });
  }
  var figures = window.fetch ? document.querySelectorAll("[data-sidak]") : [];
  for (var f = 0; f < figures.length; f++) {
    inspections(figures[f]);
  }
})();
