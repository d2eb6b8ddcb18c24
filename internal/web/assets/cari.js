// Search as you type on the /cari page of alur.
//
// The page works without this script: the form submits to /cari and the
// server renders the results. When the script runs, typing in the search
// box fetches /api/search and redraws the same results list, and the
// address bar keeps the query so the page can be shared or reloaded.
// Texts come from data attributes that the server writes in the page's
// language. Snippets arrive as escaped HTML with <mark>; only text and
// <mark> are copied from them, never other markup.
(function () {
  'use strict';
  var section = document.querySelector('[data-alur-hasil]');
  var input = document.querySelector('form input[name="q"]');
  if (!section || !input || !input.form || !window.fetch || !window.URLSearchParams ||
      !section.querySelector('.alur-hasil__bukan') || !section.querySelector('.alur-hasil__saran')) {
    return;
  }
  var form = input.form;
  var list = section.querySelector('.alur-hasil__daftar');
  var status = section.querySelector('.alur-hasil__status');
  var notHere = section.querySelector('.alur-hasil__bukan');
  var agencies = section.querySelector('.alur-hasil__instansi');
  var related = section.querySelector('.alur-hasil__terkait');
  var tips = section.querySelector('.alur-hasil__saran');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id';
  var waiting = null;
  var latest = 0;

  function text(name, values) {
    var t = section.getAttribute('data-teks-' + name) || '';
    Object.keys(values).forEach(function (k) { t = t.split('{' + k + '}').join(values[k]); });
    return t;
  }

  function formParams() {
    var p = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.value && (el.name === 'q' || el.name === 'kecamatan' || el.name === 'kelurahan')) {
        p.set(el.name, el.value);
      }
    });
    return p;
  }

  // safeSnippet rebuilds a snippet from its text and <mark> elements only.
  function safeSnippet(html) {
    var tpl = document.createElement('template');
    tpl.innerHTML = html;
    var out = document.createDocumentFragment();
    Array.prototype.forEach.call(tpl.content.childNodes, function (n) {
      if (n.nodeType === 3) {
        out.appendChild(document.createTextNode(n.textContent));
      } else if (n.nodeName === 'MARK') {
        var m = document.createElement('mark');
        m.textContent = n.textContent;
        out.appendChild(m);
      }
    });
    return out;
  }

  function where(hit) {
    if (hit.kind === 'layanan-kota') { return text('city', {}); }
    if (hit.office_name) { return text('office', { o: hit.office_name, k: hit.kecamatan_name || '' }); }
    return '';
  }

  function item(hit) {
    var li = document.createElement('li');
    li.className = 'alur-hasil__butir alur-hasil__butir--' + hit.kind;
    var a = document.createElement('a');
    a.className = 'alur-hasil__tautan';
    a.href = hit.url;
    a.textContent = hit.title;
    li.appendChild(a);
    var w = where(hit);
    if (w) {
      var p = document.createElement('p');
      p.className = 'alur-hasil__tempat';
      p.textContent = w;
      li.appendChild(p);
    }
    if (hit.snippet) {
      var s = document.createElement('p');
      s.className = 'alur-hasil__cuplikan';
      s.appendChild(safeSnippet(hit.snippet));
      li.appendChild(s);
    }
    return li;
  }

  function line(li, label, value, href) {
    li.appendChild(document.createElement('br'));
    if (label) { li.appendChild(document.createTextNode(label + ': ')); }
    if (!href) { li.appendChild(document.createTextNode(value)); return; }
    var a = document.createElement('a');
    a.href = href;
    a.textContent = value;
    li.appendChild(a);
  }

  // agency draws one agency of a "not here" answer as the server does.
  function agency(a) {
    var li = document.createElement('li');
    var name = document.createElement('strong');
    name.className = 'alur-hasil__nama-instansi';
    name.textContent = a.name;
    li.appendChild(name);
    if (a.address) { line(li, '', a.address); }
    if (a.map_url) { line(li, '', text('map', {}), a.map_url); }
    if (a.hours) { line(li, text('hours', {}), a.hours); }
    if (a.phone) { line(li, text('phone', {}), a.phone, 'tel:' + a.phone); }
    if (a.website && /^https?:/.test(a.website)) { line(li, text('website', {}), a.website, a.website); }
    if (a.note) { line(li, '', a.note); }
    if (a.example) {
      li.appendChild(document.createElement('br'));
      var small = document.createElement('small');
      small.textContent = text('example', {});
      li.appendChild(small);
    }
    return li;
  }

  function show(data, q) {
    var elsewhere = data.elsewhere || [];
    while (list.firstChild) { list.removeChild(list.firstChild); }
    while (agencies.firstChild) { agencies.removeChild(agencies.firstChild); }
    data.hits.forEach(function (hit) { list.appendChild(item(hit)); });
    elsewhere.forEach(function (a) { agencies.appendChild(agency(a)); });
    notHere.hidden = !elsewhere.length;
    related.hidden = !data.hits.length;
    tips.hidden = data.answer !== 'none';
    if (elsewhere.length) {
      status.textContent = text('elsewhere', {});
    } else {
      status.textContent = data.hits.length ? text('count', { n: data.hits.length, q: q }) : text('none', { q: q });
    }
  }

  function search() {
    var params = formParams();
    var q = (params.get('q') || '').trim();
    history.replaceState(null, '', params.toString() ? '?' + params.toString() : location.pathname);
    if (q.length < 2) { return; }
    var mine = ++latest;
    params.set('ketik', '1');
    params.set('lang', lang);
    fetch('/api/search?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && mine === latest) { show(data, q); } })
      .catch(function () { /* the form still submits */ });
  }

  // A resident may have the form remember their kelurahan on this device
  // (localStorage, nothing sent anywhere): later searches then look in it,
  // so results lead to their own office's pages. The select changes it.
  var REMEMBER = 'alur-kelurahan';
  var kelurahan = form.elements.kelurahan;

  function remembered() {
    try { return localStorage.getItem(REMEMBER) || ''; } catch (e) { return ''; }
  }

  function remember(id) {
    try {
      if (id) { localStorage.setItem(REMEMBER, id); } else { localStorage.removeItem(REMEMBER); }
    } catch (e) { /* storage off: the choice lasts this page */ }
  }

  function rememberBox() {
    var p = document.createElement('p');
    p.className = 'alur-ingat';
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    label.appendChild(box);
    label.appendChild(document.createTextNode(text('remember', {})));
    p.appendChild(label);
    var which = document.createElement('p');
    which.className = 'alur-ingat__bantu';
    which.textContent = text('which', {});
    var filters = kelurahan.closest('.al-search__filters') || kelurahan.parentNode;
    filters.appendChild(p);
    filters.appendChild(which);
    function sync() {
      box.disabled = !kelurahan.value;
      box.checked = !!kelurahan.value && remembered() === kelurahan.value;
    }
    box.addEventListener('change', function () {
      remember(box.checked ? kelurahan.value : '');
    });
    kelurahan.addEventListener('change', function () {
      if (remembered()) { remember(kelurahan.value); }
      sync();
    });
    sync();
  }

  if (kelurahan && kelurahan.tagName === 'SELECT') {
    var mine = remembered();
    var asked = new URLSearchParams(location.search);
    var known = mine && Array.prototype.some.call(kelurahan.options, function (o) { return o.value === mine; });
    if (known && !asked.has('kelurahan') && !kelurahan.value) {
      kelurahan.value = mine;
      if ((asked.get('q') || '').trim()) { search(); }
    }
    rememberBox();
  }

  input.setAttribute('autocomplete', 'off');
  input.addEventListener('input', function () {
    clearTimeout(waiting);
    waiting = setTimeout(search, 250);
  });
  form.addEventListener('change', function (e) {
    if (e.target !== input) { search(); }
  });
})();
