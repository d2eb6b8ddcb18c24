// Feedback on a page and the satisfaction survey, sent as JSON so the
// resident stays on the page. Without this script the forms POST as they
// are and the server answers with a thank-you page (issue 12).
(function () {
  'use strict';
  var api = { vote: '/api/v1/umpan-balik', report: '/api/v1/umpan-balik', survey: '/api/v1/survei' };
  var own = ['id', 'via', 'layanan', 'jk', 'usia', 'pendidikan', 'pekerjaan', 'situs'];
  function newId() {
    var b = new Uint8Array(16), s = '';
    crypto.getRandomValues(b);
    for (var i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    return s;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function val(f, name) { var e = f.elements[name]; return e ? e.value : ''; }
  // When the office was found empty: now, unless the resident says otherwise.
  document.querySelectorAll('form[data-hear=report]').forEach(function (f) {
    var d = new Date();
    if (f.tanggal && !f.tanggal.value) f.tanggal.value = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
    if (f.jam && !f.jam.value) f.jam.value = pad(d.getHours()) + ':' + pad(d.getMinutes());
  });
  function body(f, kind, submitter) {
    // One id per form until it is delivered, so a retry is kept once.
    var b = { id: f.dataset.id || (f.dataset.id = newId()), website: val(f, 'situs') };
    if (kind === 'survey') {
      b.office = f.dataset.office; b.service = val(f, 'layanan'); b.channel = val(f, 'via') || 'web';
      b.answers = {};
      b.profile = { gender: val(f, 'jk'), age: +val(f, 'usia') || 0, education: val(f, 'pendidikan'), occupation: val(f, 'pekerjaan') };
      new FormData(f).forEach(function (v, k) { if (own.indexOf(k) < 0) b.answers[k] = +v; });
      return b;
    }
    b.kind = kind; b.office = val(f, 'kantor'); b.service = val(f, 'layanan');
    if (kind === 'vote') { b.helpful = !!submitter && submitter.value === 'ya'; return b; }
    b.reason = val(f, 'alasan'); b.requirement = val(f, 'syarat'); b.text = val(f, 'teks');
    if (b.reason === 'kosong') b.seen = f.elements.sekarang ? 'sekarang' : val(f, 'tanggal') + 'T' + val(f, 'jam');
    return b;
  }
  function show(el) { if (el) { el.hidden = false; el.setAttribute('tabindex', '-1'); el.focus(); } }
  // The live preview runs this file again on each page it swaps in: the
  // document keeps the one listener.
  if (document.alurHears) return;
  document.alurHears = true;
  document.addEventListener('submit', function (ev) {
    var f = ev.target, kind = f.dataset && f.dataset.hear;
    if (!api[kind] || !window.fetch) return;
    ev.preventDefault();
    var failed = f.querySelector('.al-hear__failed, .al-fb__failed');
    if (failed) failed.hidden = true;
    fetch(api[kind], { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body(f, kind, ev.submitter)) })
      .then(function (r) {
        if (!r.ok) throw new Error(r.status);
        f.hidden = true;
        show(kind === 'survey' ? document.querySelector('.al-hear__done') : f.parentNode.querySelector(':scope > .al-fb__thanks'));
      })
      .catch(function () { show(failed); });
  });
})();
