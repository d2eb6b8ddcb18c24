// The inspection form on a phone with poor signal. The form works without
// this script (a plain multipart POST); with it, every answer is kept on
// the phone as it is given, and a form sent without signal waits there and
// goes when the connection returns, with the same id, so the server keeps
// it once. The answers are kept in localStorage, the photos (too large for
// it) in IndexedDB, so both outlive a closed tab.
(function () {
  'use strict';
  var form = document.getElementById('sidak');
  if (!form || !window.fetch || !window.FormData) return;
  var office = form.dataset.office;
  var key = 'alur-sidak:' + office;
  var status = document.getElementById('draf-status');
  var discard = document.getElementById('draf-buang');
  // A draft being filled is forgotten after 12 hours (the next visit is
  // another inspection); one sent and waiting for signal is kept as long
  // as the server takes its arrival time (staff.ArrivalValid).
  var maxAge = 12 * 60 * 60 * 1000;
  var maxQueued = 7 * 24 * 60 * 60 * 1000;
  var sending = false;
  var timer = null;
  var fileInput = form.elements.foto;
  var keptNote = document.getElementById('foto-tersimpan');
  var kept = [];

  function word(name) { return form.dataset['w' + name] || ''; }

  function say(text, problem) {
    status.textContent = text;
    status.hidden = !text;
    status.classList.toggle('st-draft--problem', !!problem);
  }

  function read() {
    try {
      var d = JSON.parse(localStorage.getItem(key) || 'null');
      if (d && Date.now() - d.saved < (d.queued ? maxQueued : maxAge)) return d;
    } catch (e) { /* a broken draft is no draft */ }
    return null;
  }

  function write(d) {
    d.saved = Date.now();
    try { localStorage.setItem(key, JSON.stringify(d)); } catch (e) { /* full or private: the form still sends */ }
  }

  function answers() {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || el.type === 'hidden' || el.type === 'submit') return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      (out[el.name] = out[el.name] || []).push(el.value);
    });
    return out;
  }

  function restore(a) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in a)) return;
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = a[el.name].indexOf(el.value) >= 0;
      else if (el.tagName === 'TEXTAREA' || el.type === 'text') el.value = a[el.name][0] || '';
    });
  }

  function draft(queued) {
    var d = read() || {};
    d.id = form.elements.id.value;
    d.tiba = form.elements.tiba.value;
    d.answers = answers();
    if (queued !== undefined) d.queued = queued;
    write(d);
    return d;
  }

  // photos runs fn on the photo store in one transaction and resolves to
  // its request's result (null when IndexedDB is not there).
  function photos(fn) {
    return new Promise(function (resolve) {
      if (!window.indexedDB) { resolve(null); return; }
      var open = indexedDB.open('alur-sidak', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('foto'); };
      open.onerror = function () { resolve(null); };
      open.onsuccess = function () {
        var db = open.result;
        var tx = db.transaction('foto', 'readwrite');
        var req = fn(tx.objectStore('foto'));
        tx.oncomplete = function () { db.close(); resolve(req ? req.result : null); };
        tx.onerror = tx.onabort = function () { db.close(); resolve(null); };
      };
    });
  }

  function showKept() {
    if (!keptNote) return;
    var empty = !fileInput || fileInput.files.length > 0 || kept.length === 0;
    keptNote.hidden = empty;
    keptNote.textContent = empty ? '' : word('Photos').replace('%d', kept.length);
  }

  function forget() {
    localStorage.removeItem(key);
    return photos(function (s) { return s.delete(key); });
  }

  function openPart() {
    var closed = form.querySelector('input[name="buka"][value="tidak"]');
    var part = form.querySelector('.st-if-open');
    if (closed && part) part.hidden = closed.checked;
  }

  // The page's own id and arrival stand unless a draft of this office is
  // under way: then its id (so a resend is the same inspection) and its
  // arrival (the inspector arrived then) come back.
  var d = read();
  if (d && d.id && d.tiba) {
    form.elements.id.value = d.id;
    form.elements.tiba.value = d.tiba;
    restore(d.answers || {});
    say(d.queued ? word('Queued') : word('Restored'));
    if (discard) discard.hidden = false;
  } else if (window.crypto && crypto.randomUUID) {
    form.elements.id.value = 'sidak-' + crypto.randomUUID();
  }
  openPart();

  // The photos of a draft under way come back from IndexedDB; the send
  // waits for them.
  var ready = (d && d.id) ? photos(function (s) { return s.get(key); }).then(function (list) {
    kept = list || [];
    showKept();
  }) : forget();

  form.addEventListener('change', function (ev) {
    openPart();
    draft();
    if (ev.target === fileInput && fileInput.files.length > 0) {
      kept = Array.prototype.slice.call(fileInput.files, 0);
      photos(function (s) { return s.put(kept, key); });
      showKept();
    }
  });
  form.addEventListener('input', function () { draft(); });
  if (discard) {
    discard.addEventListener('click', function () {
      forget().then(function () { location.reload(); });
    });
  }

  function retry() {
    if (timer === null) timer = setInterval(send, 15000);
  }

  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  function send() {
    var d = read();
    if (sending || !d || !d.queued) return;
    if (navigator.onLine === false) { say(word('Queued')); retry(); return; }
    sending = true;
    say(word('Sending'));
    var body = new FormData(form);
    if (fileInput && fileInput.files.length === 0 && kept.length > 0) {
      body.delete('foto');
      kept.forEach(function (f) { body.append('foto', f, f.name); });
    }
    var done = '/staf/sidak/' + office + '/' + d.id;
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (res) {
      sending = false;
      var path = new URL(res.url).pathname;
      if (res.ok && path === done) {
        stop();
        return forget().then(function () { location.assign(res.url); });
      }
      if (path === '/staf/masuk') { say(word('Login'), true); retry(); return; }
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        // The server read the form and refused it: say why, and keep the
        // draft for the inspector to put right.
        stop();
        draft(false);
        return res.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var p = doc.querySelector('.st-problem');
          say(word('Refused') + (p ? ' ' + p.textContent : ''), true);
        });
      }
      say(word('Queued'));
      retry();
    }, function () {
      sending = false;
      say(word('Queued'));
      retry();
    });
  }

  form.addEventListener('submit', function (ev) {
    if (!form.checkValidity()) return;
    ev.preventDefault();
    draft(true);
    ready.then(send);
  });
  window.addEventListener('online', function () { ready.then(send); });
  document.addEventListener('visibilitychange', function () { if (!document.hidden) ready.then(send); });
  if (d && d.queued) ready.then(send);
})();
