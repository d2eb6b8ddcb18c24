/* Lobby kiosk of alur: language toggle, the open-now line, the idle warning
   and reset, search with an on-screen keyboard, and the attract view.
   Plain script, no framework, loaded under CSP default-src 'self'. The pages
   work without it: every service is a plain link, the hours a plain table. */
(function () {
  'use strict';

  var html = document.documentElement;
  var body = document.body;
  var kata = window.alurKata || {};
  var office = body.dataset.office;
  var startURL = body.dataset.start;
  var store = sessionStore();

  function $(id) { return document.getElementById(id); }

  function sessionStore() {
    try {
      window.sessionStorage.getItem('kiosk');
      return window.sessionStorage;
    } catch (e) {
      return null; // storage off: the kiosk still works, it just forgets between pages
    }
  }
  function recall(key) { return store ? store.getItem(key) : null; }
  function remember(key, value) {
    if (!store) return;
    if (value === null) store.removeItem(key); else store.setItem(key, value);
  }

  // ---- Language -----------------------------------------------------------
  // Pages carry both languages; the stylesheet shows the one matching
  // <html lang>. The choice lasts until the idle reset.

  function lang() { return html.lang === 'en' ? 'en' : 'id'; }
  function word(key) {
    var w = kata[key];
    return w ? w[lang() === 'en' ? 1 : 0] : key;
  }
  function setLang(l) {
    html.lang = l;
    remember('kiosk-lang', l === 'en' ? 'en' : null);
    renderNow();
  }
  if (recall('kiosk-lang') === 'en') html.lang = 'en';
  var langButton = $('k-lang');
  if (langButton) {
    langButton.hidden = false;
    langButton.addEventListener('click', function () { setLang(lang() === 'en' ? 'id' : 'en'); });
  }

  // ---- Open now -----------------------------------------------------------
  // Office hours are Asia/Jakarta (WIB), which is UTC+7 all year: Indonesia
  // keeps no daylight saving time, so no time zone database is needed.

  var WIB = 7 * 60 * 60 * 1000;

  function wib(ms) {
    var d = new Date(ms + WIB);
    return {
      day: (d.getUTCDay() + 6) % 7, minute: d.getUTCHours() * 60 + d.getUTCMinutes(),
      date: d.toISOString().slice(0, 10), dayOfMonth: d.getUTCDate(), month: d.getUTCMonth() + 1
    };
  }

  // closedOn finds the holiday or closure ([from, until, name], dates as
  // YYYY-MM-DD, which compare as text) that covers a date.
  function closedOn(closed, date) {
    for (var i = 0; i < (closed || []).length; i++) {
      if (closed[i][0] <= date && date <= closed[i][1]) return closed[i];
    }
    return null;
  }

  // statusAt says whether an office with the given week (seven lists,
  // Monday first, of [from, until] minutes) and closures is open at a
  // moment, and if not when it opens next.
  function statusAt(week, ms, closed) {
    var now = wib(ms);
    var holiday = closedOn(closed, now.date);
    var today = holiday ? [] : week[now.day] || [];
    for (var i = 0; i < today.length; i++) {
      if (now.minute >= today[i][0] && now.minute < today[i][1]) {
        return { open: true, until: today[i][1] };
      }
    }
    var openedToday = today.some(function (w) { return w[1] <= now.minute; });
    var skipped = false;
    for (var ahead = 0; ahead <= 60; ahead++) {
      var then = wib(ms + ahead * 24 * 60 * 60 * 1000);
      if (ahead > 0 && closedOn(closed, then.date)) {
        skipped = true;
        continue;
      }
      var windows = ahead === 0 ? today : week[then.day] || [];
      for (var j = 0; j < windows.length; j++) {
        if (ahead > 0 || windows[j][0] > now.minute) {
          return {
            open: false, onBreak: ahead === 0 && openedToday, ahead: ahead, day: then.day, at: windows[j][0],
            holiday: holiday ? holiday[2] : '', dated: skipped || !!holiday || ahead > 6, dayOfMonth: then.dayOfMonth, month: then.month
          };
        }
      }
    }
    return { open: false, onBreak: false, ahead: -1, holiday: holiday ? holiday[2] : '' };
  }

  function hhmm(minute) {
    var h = Math.floor(minute / 60), m = minute % 60;
    return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m;
  }

  function describe(s) {
    if (s.open) return word('open-now') + ', ' + word('until') + ' ' + hhmm(s.until);
    var text = s.holiday ? word('holiday') + ': ' + s.holiday : s.onBreak ? word('break-now') : word('closed-now');
    if (s.ahead < 0) return text;
    var when = '';
    if (!s.onBreak) {
      when = (s.ahead === 0 ? word('today') : s.ahead === 1 ? word('tomorrow') : word('day-' + s.day)) + ' ';
      if (s.dated && s.ahead > 1) when += s.dayOfMonth + ' ' + word('month-' + s.month) + ' ';
    }
    return text + ' · ' + word('opens') + ' ' + when + hhmm(s.at);
  }

  var clockLine = $('k-clock');
  var statusLine = $('k-status');
  var week = null, closed = [];
  if (statusLine) {
    try { week = JSON.parse(statusLine.dataset.hours); } catch (e) { week = null; }
    try { closed = JSON.parse(statusLine.dataset.libur || '[]'); } catch (e) { closed = []; }
  }

  function renderNow() {
    if (!statusLine || !week) return;
    var ms = Date.now(), now = wib(ms), s = statusAt(week, ms, closed);
    clockLine.textContent = word('day-' + now.day) + ', ' + hhmm(now.minute) + ' WIB';
    clockLine.hidden = false;
    var text = describe(s);
    if (statusLine.textContent !== text) statusLine.textContent = text; // aria-live: speak changes only
    statusLine.className = 'k-status ' + (s.open ? 'is-open' : 'is-closed');
    statusLine.hidden = false;
  }
  renderNow();
  setInterval(renderNow, 15000);

  // ---- No way out ---------------------------------------------------------
  // The pages only link inside /kiosk/; this is the second lock, for
  // anything a future template might let through.

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href]') : null;
    if (!a) return;
    var u = new URL(a.getAttribute('href'), location.href);
    var inside = u.origin === location.origin && u.pathname.indexOf('/kiosk/') === 0;
    if (!inside || a.target || a.hasAttribute('download')) e.preventDefault();
  }, true);
  document.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  document.addEventListener('dragstart', function (e) { e.preventDefault(); });
  document.addEventListener('selectstart', function (e) {
    if (!(e.target instanceof HTMLInputElement)) e.preventDefault();
  });

  // ---- Idle warning and reset (WCAG 2.2.1) ---------------------------------
  // ?idle=5&warn=3&slide=1 (seconds) shortens the timers for tests and
  // demonstrations. It is kept for the browser session so that it holds
  // across pages; nobody can type a URL on the kiosk itself.

  function timing() {
    var q = new URLSearchParams(location.search);
    if (q.has('idle') || q.has('warn') || q.has('slide')) {
      remember('kiosk-timing', JSON.stringify({ idle: +q.get('idle') || 0, warn: +q.get('warn') || 0, slide: +q.get('slide') || 0 }));
    }
    var t = {};
    try { t = JSON.parse(recall('kiosk-timing') || '{}'); } catch (e) { t = {}; }
    return {
      idle: (t.idle || +body.dataset.idle || 90) * 1000,
      warn: t.warn || +body.dataset.warn || 30,
      slide: (t.slide || 7) * 1000
    };
  }

  var timers = timing();
  var dialog = $('k-idle');
  var countLine = $('k-idle-count');
  var idleTimer = 0, countdown = 0;

  function arm() {
    clearTimeout(idleTimer);
    if (attractShowing()) return; // nothing to protect, nobody to warn
    idleTimer = setTimeout(warn, timers.idle);
  }

  function warn() {
    var left = timers.warn;
    countLine.textContent = left;
    if (!dialog.open) dialog.showModal();
    clearInterval(countdown);
    countdown = setInterval(function () {
      left -= 1;
      countLine.textContent = Math.max(left, 0);
      if (left <= 0) reset();
    }, 1000);
  }

  function carryOn() {
    clearInterval(countdown);
    if (dialog.open) dialog.close();
    arm();
  }

  function reset() {
    clearInterval(countdown);
    clearTimeout(idleTimer);
    if (dialog.open) dialog.close();
    remember('kiosk-lang', null);
    if (body.dataset.page !== 'start') {
      location.replace(startURL + '#tunggu');
      return;
    }
    html.lang = 'id';
    renderNow();
    closeSearch();
    if (document.activeElement) document.activeElement.blur();
    window.scrollTo(0, 0);
    showAttract();
  }

  $('k-idle-continue').addEventListener('click', carryOn);
  $('k-idle-done').addEventListener('click', reset);
  dialog.addEventListener('cancel', function (e) { e.preventDefault(); carryOn(); });

  function activity(e) {
    if (dialog.open) {
      // Any touch while warned means someone is there, except "done".
      if (!(e.target.closest && e.target.closest('#k-idle-done'))) carryOn();
      return;
    }
    arm();
  }
  ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input'].forEach(function (type) {
    document.addEventListener(type, activity, { capture: true, passive: true });
  });

  // ---- Attract view (start screen only) ------------------------------------
  // Slides cycle on their own, so they can be paused (WCAG 2.2.2).

  var attract = $('k-attract');
  var pauseButton = $('k-attract-pause');
  var slides = attract ? attract.querySelectorAll('.k-slide') : [];
  var slideTimer = 0, current = 0;

  function attractShowing() { return !!attract && !attract.hidden; }

  function showSlide(i) {
    current = (i + slides.length) % slides.length;
    for (var k = 0; k < slides.length; k++) slides[k].hidden = k !== current;
  }

  function play(on) {
    clearInterval(slideTimer);
    pauseButton.setAttribute('aria-pressed', on ? 'false' : 'true');
    if (on && slides.length > 1) slideTimer = setInterval(function () { showSlide(current + 1); }, timers.slide);
  }

  function showAttract() {
    if (!attract) { arm(); return; }
    clearTimeout(idleTimer);
    showSlide(0);
    attract.hidden = false;
    play(true);
  }

  function hideAttract() {
    attract.hidden = true;
    play(false);
    arm();
  }

  if (attract) {
    attract.addEventListener('click', function (e) {
      if (e.target.closest('#k-attract-pause')) {
        play(pauseButton.getAttribute('aria-pressed') === 'true');
        return;
      }
      if (e.target.closest('a')) return; // "see this service" goes to it
      hideAttract();
    });
  }

  // ---- Search with the on-screen keyboard (start screen only) ---------------

  var openButton = $('k-search-open');
  var panel = $('k-search');
  var field = $('k-q');
  var results = $('k-results');
  var searchStatus = $('k-search-status');
  var keyboard = $('k-keyboard');
  var keyboardToggle = $('k-keyboard-toggle');
  var behind = [document.querySelector('.k-top'), $('k-start')];
  var debounce = 0, seq = 0, inFlight = null;

  // The services of this office, from the buttons on the page: search maps
  // its hits onto them, and falls back on their words without the API.
  var services = {};
  Array.prototype.forEach.call(document.querySelectorAll('.k-service-link'), function (a) {
    services[a.dataset.service] = { url: a.getAttribute('href'), name: a.textContent.trim(), words: a.dataset.search || '' };
  });

  function setKeyboard(open) {
    panel.classList.toggle('is-keyboard-hidden', !open);
    keyboardToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  function setLayer(name) {
    keyboard.dataset.layer = name;
    Array.prototype.forEach.call(keyboard.querySelectorAll('.k-layer'), function (layer) {
      layer.hidden = layer.dataset.layer !== name;
    });
  }

  function openSearch() {
    panel.hidden = false;
    behind.forEach(function (el) { if (el) el.inert = true; });
    setKeyboard(true);
    field.focus({ preventScroll: true });
  }

  function closeSearch() {
    if (!panel) return;
    clearTimeout(debounce);
    seq++;
    if (inFlight) inFlight.abort();
    field.value = '';
    results.textContent = '';
    searchStatus.textContent = '';
    $('k-search-body').scrollTop = 0;
    setLayer('letters');
    setKeyboard(true);
    panel.hidden = true;
    behind.forEach(function (el) { if (el) el.inert = false; });
  }

  function type(text) {
    field.value += text;
    changed();
  }

  function changed() {
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
    clearTimeout(debounce);
    debounce = setTimeout(function () { search(field.value); }, 300);
  }

  function normalize(s) {
    return s.toLowerCase().replace(/[^a-z0-9./-]+/g, ' ').trim();
  }

  // kioskURL turns a search hit's URL into this office's kiosk page for the
  // service, or null when the hit is not a service offered here. Only the
  // path is read (the API may give the public site's full address): the
  // answer is always one of the page's own service links, so no hit can
  // lead off the kiosk or to another office.
  function kioskURL(hitURL) {
    var u;
    try { u = new URL(hitURL, location.origin); } catch (e) { return null; }
    var m = u.pathname.match(/^\/(?:en\/)?(?:kelurahan\/([a-z0-9-]+)\/|layanan\/|kiosk\/([a-z0-9-]+)\/)([a-z0-9-]+)\/?$/);
    if (!m) return null;
    var at = m[1] || m[2];
    if (at && at !== office) return null;
    return services[m[3]] ? services[m[3]].url : null;
  }

  // plain reads a snippet that may carry highlighting markup as text.
  function plain(snippet) {
    if (typeof snippet !== 'string' || !snippet) return '';
    return new DOMParser().parseFromString(snippet, 'text/html').body.textContent.trim();
  }

  function fromAPI(hits) {
    var seen = {}, out = [];
    hits.forEach(function (hit) {
      if (!hit || typeof hit.url !== 'string') return;
      var url = kioskURL(hit.url);
      if (!url || seen[url]) return;
      seen[url] = true;
      var id = url.split('/')[3];
      out.push({ url: url, title: String(hit.title || services[id].name), snippet: plain(hit.snippet) });
    });
    return out;
  }

  function fromPage(q) {
    var terms = normalize(q).split(' ').filter(Boolean);
    var out = [];
    Object.keys(services).forEach(function (id) {
      var s = services[id];
      if (terms.every(function (t) { return s.words.indexOf(t) >= 0; })) {
        out.push({ url: s.url, title: s.name, snippet: '' });
      }
    });
    return out;
  }

  function show(list, offline) {
    results.textContent = '';
    list.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.className = 'k-result';
      a.href = r.url;
      var title = document.createElement('strong');
      title.textContent = r.title;
      a.appendChild(title);
      if (r.snippet) {
        var snip = document.createElement('span');
        snip.textContent = r.snippet;
        a.appendChild(snip);
      }
      li.appendChild(a);
      results.appendChild(li);
    });
    var text = list.length ? list.length + ' ' + word('found') : word('none');
    searchStatus.textContent = offline ? word('offline') + ' ' + text : text;
  }

  // showElsewhere answers "not here": the agencies that do what was asked,
  // as plain text (a kiosk links to no other site), then any services of
  // this office the search also found.
  function showElsewhere(agencies, list) {
    show(list, false);
    var first = results.firstChild;
    agencies.forEach(function (a) {
      if (!a || typeof a.name !== 'string') return;
      var li = document.createElement('li');
      li.className = 'k-result k-result--elsewhere';
      var name = document.createElement('strong');
      name.textContent = a.name;
      li.appendChild(name);
      [a.address, a.phone ? word('phone') + ': ' + a.phone : ''].forEach(function (t) {
        if (typeof t !== 'string' || !t) return;
        var span = document.createElement('span');
        span.textContent = t;
        li.appendChild(span);
      });
      results.insertBefore(li, first);
    });
    searchStatus.textContent = word('elsewhere');
  }

  function search(q) {
    q = q.trim();
    seq++;
    if (inFlight) inFlight.abort();
    if (normalize(q).length < 2) {
      results.textContent = '';
      searchStatus.textContent = q ? word('type-more') : '';
      return;
    }
    var mine = seq;
    var ctrl = new AbortController();
    inFlight = ctrl;
    var timeout = setTimeout(function () { ctrl.abort(); }, 4000);
    searchStatus.textContent = word('searching');
    fetch('/api/search?q=' + encodeURIComponent(q) + '&kelurahan=' + encodeURIComponent(office),
      { signal: ctrl.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) throw new Error('search: HTTP ' + r.status);
        return r.json();
      })
      .then(function (data) {
        var hits = Array.isArray(data) ? data : data && Array.isArray(data.hits) ? data.hits : null;
        if (!hits) throw new Error('search: not a list of hits');
        if (mine !== seq) return;
        if (data.answer === 'elsewhere' && Array.isArray(data.elsewhere) && data.elsewhere.length) {
          showElsewhere(data.elsewhere, fromAPI(hits));
        } else {
          show(fromAPI(hits), false);
        }
      })
      .catch(function () {
        // No API, an error, a timeout: the office's own list still answers.
        if (mine === seq) show(fromPage(q), true);
      })
      .finally(function () { clearTimeout(timeout); });
  }

  if (panel) {
    openButton.hidden = false;
    openButton.addEventListener('click', openSearch);
    $('k-search-close').addEventListener('click', closeSearch);
    keyboardToggle.addEventListener('click', function () {
      setKeyboard(panel.classList.contains('is-keyboard-hidden'));
    });
    field.addEventListener('input', changed);
    field.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); clearTimeout(debounce); search(field.value); }
    });
    keyboard.addEventListener('click', function (e) {
      var key = e.target.closest('button');
      if (!key) return;
      if (key.dataset.key) { type(key.dataset.key); return; }
      switch (key.dataset.action) {
        case 'space': type(' '); break;
        case 'delete': field.value = field.value.slice(0, -1); changed(); break;
        case 'clear': field.value = ''; changed(); break;
        case 'layer': setLayer(keyboard.dataset.layer === 'letters' ? 'numbers' : 'letters'); break;
      }
    });
  }

  // ---- Feedback and the satisfaction survey (issue 12) ---------------------
  // After a resident has looked at a service: "was this page helpful?", a
  // report of a problem, and the survey. Each record gets an id made here
  // and waits in localStorage until the server has it: a kiosk that loses
  // its network keeps everything and sends it when the network returns,
  // with backoff. A 2xx (including "already kept", a retry of a record the
  // server had) removes it; a refusal (4xx but 429) would never succeed and
  // is dropped.

  var QUEUE = 'alur-antrian';
  var queueTimer = 0, sending = false;

  function loadQueue() {
    try { return JSON.parse(window.localStorage.getItem(QUEUE) || '[]') || []; } catch (e) { return []; }
  }
  function saveQueue(q) {
    try { window.localStorage.setItem(QUEUE, JSON.stringify(q)); } catch (e) { /* full or off: kept in memory below */ }
    memoryQueue = q;
  }
  var memoryQueue = loadQueue();
  function currentQueue() {
    try { if (window.localStorage) return loadQueue(); } catch (e) { /* storage off */ }
    return memoryQueue;
  }

  function newId() {
    var b = new Uint8Array(16), s = 'k';
    window.crypto.getRandomValues(b);
    for (var i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    return s;
  }

  function enqueue(url, body) {
    body.id = newId();
    body.channel = 'kiosk';
    var q = currentQueue();
    q.push({ url: url, body: body, tries: 0, next: 0 });
    saveQueue(q);
    sendQueued();
  }

  function update(id, fn) {
    var q = currentQueue().filter(function (item) { return fn(item, item.body.id === id); });
    saveQueue(q);
    return q;
  }

  function schedule(q) {
    clearTimeout(queueTimer);
    if (!q.length) return;
    var next = Math.min.apply(null, q.map(function (item) { return item.next; }));
    queueTimer = setTimeout(sendQueued, Math.max(next - Date.now(), 250));
  }

  function sendQueued() {
    if (sending) return;
    var q = currentQueue(), now = Date.now(), item = null;
    for (var i = 0; i < q.length && !item; i++) if (q[i].next <= now) item = q[i];
    if (!item) { schedule(q); return; }
    sending = true;
    var id = item.body.id;
    fetch(item.url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(item.body)
    }).then(function (r) {
      var delivered = r.ok || (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429);
      if (!delivered) throw new Error('HTTP ' + r.status);
      update(id, function (it, mine) { return !mine; });
    }).catch(function () {
      update(id, function (it, mine) {
        if (mine) { it.tries += 1; it.next = Date.now() + Math.min(1000 * Math.pow(2, it.tries), 60000); }
        return true;
      });
    }).then(function () {
      sending = false;
      var left = currentQueue(), ready = left.some(function (it) { return it.next <= Date.now(); });
      if (ready) sendQueued(); else schedule(left);
    });
  }

  window.addEventListener('online', function () {
    update('', function (it) { it.next = 0; return true; });
    sendQueued();
  });
  sendQueued();

  var hear = $('k-hear');
  function checked(root, name) {
    var el = root.querySelector('input[name="' + name + '"]:checked');
    return el ? el.value : '';
  }
  function thank(id) {
    ['k-hear-thanks', 'k-survey-thanks'].forEach(function (t) { $(t).hidden = t !== id; });
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }

  // One tap: the office is closed or empty in service hours. The server
  // times it ("sekarang"); the queue keeps it if the network is down.
  var empty = $('k-empty');
  if (empty) {
    empty.hidden = false;
    $('k-empty-report').addEventListener('click', function () {
      enqueue('/api/v1/umpan-balik', { kind: 'report', office: office, service: '', reason: 'kosong', seen: 'sekarang' });
      $('k-empty-report').hidden = true;
      $('k-empty-thanks').hidden = false;
    });
  }

  if (hear) {
    hear.hidden = false;
    var service = hear.dataset.service;
    var feedbackURL = '/api/v1/umpan-balik', surveyURL = '/api/v1/survei';

    $('k-vote').addEventListener('click', function (e) {
      var b = e.target.closest('button[data-vote]');
      if (!b) return;
      enqueue(feedbackURL, { kind: 'vote', office: office, service: service, helpful: b.dataset.vote === 'ya' });
      $('k-vote').hidden = true;
      thank('k-hear-thanks');
    });

    var report = $('k-report'), survey = $('k-survey');
    var reportForm = $('k-report-form'), text = $('k-report-text'), keys = $('k-report-keyboard');
    [report, survey].forEach(function (d) {
      d.addEventListener('click', function (e) { if (e.target.closest('[data-close]')) d.close(); });
    });

    $('k-report-open').addEventListener('click', function () {
      Array.prototype.forEach.call(reportForm.querySelectorAll('input[type=radio]'), function (r) { r.checked = false; });
      var now = new Date(Date.now() + WIB);
      reportForm.querySelector('[name=tanggal]').value = now.getUTCFullYear() + '-' + pad(now.getUTCMonth() + 1) + '-' + pad(now.getUTCDate());
      reportForm.querySelector('[name=jam]').value = pad(now.getUTCHours()) + ':' + pad(now.getUTCMinutes());
      text.value = '';
      $('k-report-error').hidden = true;
      showReasonParts();
      report.showModal();
    });
    function showReasonParts() {
      var reason = checked(reportForm, 'alasan');
      if ($('k-report-syarat')) $('k-report-syarat').hidden = reason !== 'syarat';
      $('k-report-kapan').hidden = reason !== 'kosong';
    }
    reportForm.addEventListener('change', showReasonParts);
    keys.addEventListener('click', function (e) {
      var key = e.target.closest('button');
      if (!key) return;
      if (key.dataset.key) text.value = (text.value + key.dataset.key).slice(0, 1000);
      switch (key.dataset.action) {
        case 'space': text.value += ' '; break;
        case 'delete': text.value = text.value.slice(0, -1); break;
        case 'clear': text.value = ''; break;
        case 'layer':
          keys.dataset.layer = keys.dataset.layer === 'letters' ? 'numbers' : 'letters';
          Array.prototype.forEach.call(keys.querySelectorAll('.k-layer'), function (l) { l.hidden = l.dataset.layer !== keys.dataset.layer; });
          break;
      }
    });
    $('k-report-send').addEventListener('click', function () {
      var reason = checked(reportForm, 'alasan');
      var requirement = reason === 'syarat' ? checked(reportForm, 'syarat') : '';
      if (!reason || (reason === 'syarat' && $('k-report-syarat') && !requirement)) { $('k-report-error').hidden = false; return; }
      var body = { kind: 'report', office: office, service: service, reason: reason, requirement: requirement, text: text.value };
      if (reason === 'kosong') body.seen = reportForm.querySelector('[name=tanggal]').value + 'T' + reportForm.querySelector('[name=jam]').value;
      enqueue(feedbackURL, body);
      report.close();
      thank('k-hear-thanks');
    });

    var surveyForm = $('k-survey-form');
    $('k-survey-open').addEventListener('click', function () {
      Array.prototype.forEach.call(surveyForm.querySelectorAll('input[type=radio]'), function (r) { r.checked = false; });
      Array.prototype.forEach.call(surveyForm.querySelectorAll('.k-question'), function (q) { q.classList.remove('is-missing'); });
      $('k-survey-error').hidden = true;
      survey.showModal();
      survey.scrollTop = 0;
    });
    $('k-survey-send').addEventListener('click', function () {
      var answers = {}, missing = null;
      Array.prototype.forEach.call(surveyForm.querySelectorAll('.k-question'), function (q) {
        var key = q.dataset.element, v = checked(q, key);
        q.classList.toggle('is-missing', !v);
        if (v) answers[key] = +v; else if (!missing) missing = q;
      });
      if (missing) { $('k-survey-error').hidden = false; missing.scrollIntoView(); return; }
      enqueue(surveyURL, {
        office: office, service: service, answers: answers,
        profile: { gender: checked(surveyForm, 'jk'), education: checked(surveyForm, 'pendidikan'), occupation: checked(surveyForm, 'pekerjaan') }
      });
      survey.close();
      thank('k-survey-thanks');
    });
  }

  // ---- Start ----------------------------------------------------------------

  if (location.hash === '#tunggu') {
    history.replaceState(null, '', location.pathname + location.search);
    showAttract();
  } else {
    arm();
  }

  // ---- Offline ------------------------------------------------------------
  // A service worker keeps this office's pages, so the kiosk still shows
  // every service when the server cannot be reached; a line says so. The
  // list is kept again at most hourly, and at once after a new build.

  var offlineLine = $('k-offline');
  function setOffline(off) {
    if (offlineLine && offlineLine.hidden !== !off) offlineLine.hidden = !off;
    html.classList.toggle('is-offline', off);
  }
  function checkServer() {
    if (!window.fetch) return;
    fetch('/healthz', { cache: 'no-store' }).then(function (r) { setOffline(!r.ok); }, function () { setOffline(true); });
  }
  window.addEventListener('offline', function () { setOffline(true); });
  window.addEventListener('online', checkServer);
  setInterval(checkServer, 15000);
  checkServer();

  // The worker is registered from the start screen, where a kiosk begins
  // and comes back to, once the page has settled: a worker once registered
  // serves every page of /kiosk/.
  function registerWorker() {
    navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk/' }).then(function (reg) {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      var keptAt = 0;
      try { keptAt = +window.localStorage.getItem('kiosk-kept-' + office) || 0; } catch (e) { keptAt = 0; }
      var worker = reg.active;
      if (!worker || Date.now() - keptAt < 3600 * 1000 && !/[?&]simpan=1/.test(location.search)) return;
      navigator.serviceWorker.addEventListener('message', function (e) {
        if (e.data && e.data.kept) {
          try { window.localStorage.setItem('kiosk-kept-' + office, String(Date.now())); } catch (err) { /* no storage: keep again next time */ }
          html.dataset.offlineReady = String(e.data.kept);
        }
      });
      worker.postMessage({ keep: '/kiosk/' + office + '/offline.json' });
    }).catch(function () { /* no worker: the kiosk works online only */ });
  }
  if ('serviceWorker' in navigator && office && body.dataset.page === 'start') {
    window.addEventListener('load', function () { setTimeout(registerWorker, 1500); });
  }

  // For tests of the open-now line in a real browser.
  window.alurKiosk = { statusAt: statusAt, describe: describe, queue: currentQueue, send: sendQueued };
})();
