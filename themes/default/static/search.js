/* loa search: finds Vietnamese typed with or without diacritics in the
   index loa writes under search/ (format: docs/search.md). No framework,
   no WebAssembly: runs under a Content-Security-Policy of script-src 'self'.
   Words fold as loa's src/text does (đ → d, tones and marks dropped); pages
   with the exact diacritics rank first; the last word matches as a prefix
   while it is being typed. Without this script the page lists documents. */
(function () {
  'use strict';
  var form = document.getElementById('tim-kiem');
  if (!form || !window.fetch || !window.DecompressionStream || !''.normalize) return;
  var input = form.querySelector('input'), status = document.getElementById('ket-qua-tb');
  var list = document.getElementById('ket-qua'), noJs = document.getElementById('khong-js');
  var T = form.dataset, root = T.root, dir = T.index.replace(/[^/]*$/, '');
  var hash = T.index.split('.').slice(-2)[0];
  document.getElementById('can-js').hidden = true;

  // Latin letters whose decomposition does not give loa's folding (đ has
  // none). Kept equal to src/text by the test text::tests::search_js_folds_like_loa.
  var FOLD = {"Æ":"ae","Ð":"d","×":"x","Ø":"o","Þ":"th","ß":"ss","æ":"ae","ð":"d","ø":"o","þ":"th","Đ":"d","đ":"d","Ħ":"h","ħ":"h","ı":"i","Ĳ":"ij","ĳ":"ij","ĸ":"k","Ŀ":"l","ŀ":"l","Ł":"l","ł":"l","Ŋ":"ng","ŋ":"ng","Œ":"oe","œ":"oe","Ŧ":"t","ŧ":"t","ſ":"s","ƀ":"b","Ɓ":"b","Ƃ":"b","ƃ":"b","Ɔ":"o","Ƈ":"c","ƈ":"c","Ɖ":"d","Ɗ":"d","Ƌ":"d","ƌ":"d","ƍ":"d","Ɛ":"e","Ƒ":"f","ƒ":"f","Ɠ":"g","Ɣ":"g","ƕ":"hv","Ɩ":"i","Ɨ":"i","Ƙ":"k","ƙ":"k","ƚ":"l","ƛ":"l","Ɯ":"w","Ɲ":"n","ƞ":"n","Ɵ":"o","Ƣ":"oi","ƣ":"oi","Ƥ":"p","ƥ":"p","Ʀ":"yr","Ʃ":"sh","ƪ":"sh","ƫ":"t","Ƭ":"t","ƭ":"t","Ʈ":"t","Ʊ":"y","Ʋ":"v","Ƴ":"y","ƴ":"y","Ƶ":"z","ƶ":"z","Ʒ":"zh","Ƹ":"zh","ƹ":"zh","ƺ":"zh","ƾ":"ts","ƿ":"w","Ǆ":"dz","ǅ":"dz","ǆ":"dz","Ǉ":"lj","ǈ":"lj","ǉ":"lj","Ǌ":"nj","ǋ":"nj","ǌ":"nj","Ǣ":"ae","ǣ":"ae","Ǥ":"g","ǥ":"g","Ǯ":"zh","ǯ":"zh","Ǳ":"dz","ǲ":"dz","ǳ":"dz","Ƕ":"hv","Ƿ":"w","Ǽ":"ae","ǽ":"ae","Ǿ":"o","ǿ":"o","Ȝ":"y","ȝ":"y","Ƞ":"n","ȡ":"d","Ȣ":"ou","ȣ":"ou","Ȥ":"z","ȥ":"z","ȴ":"l","ȵ":"n","ȶ":"t","ȷ":"j","ȸ":"db","ȹ":"qp","Ⱥ":"a","Ȼ":"c","ȼ":"c","Ƚ":"l","Ⱦ":"t","ȿ":"s","ɀ":"z","Ƀ":"b","Ʉ":"u","Ɇ":"e","ɇ":"e","Ɉ":"j","ɉ":"j","Ɋ":"q","ɋ":"q","Ɍ":"r","ɍ":"r","Ɏ":"y","ɏ":"y","ẚ":"a","ẛ":"s","ẜ":"s","ẝ":"s","ẞ":"ss","ẟ":"d","Ỻ":"ll","ỻ":"ll","Ỽ":"v","ỽ":"v","Ỿ":"y","ỿ":"y"};
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function foldChar(c) {
    var k = c.codePointAt(0);
    if (k < 128) return c.toLowerCase();
    if (k >= 0x300 && k <= 0x362) return '';
    if ((k >= 0xc0 && k <= 0x24f) || (k >= 0x1e00 && k <= 0x1eff)) {
      var m = FOLD[c];
      return m !== undefined ? m : c.normalize('NFD').replace(/[\u0300-\u0362]/g, '').toLowerCase();
    }
    return c.toLowerCase();
  }
  function fold(s) {
    var out = '';
    for (var c of s) out += foldChar(c);
    return out;
  }

  /* The query's words: folded (f) and exact (e); `open` when the last one
     is still being typed. "số" before a number is dropped, as in the index. */
  function parse(q, submitted) {
    var raw = q.match(WORD) || [], words = [];
    for (var i = 0; i < raw.length && words.length < 8; i++) {
      var e = raw[i].normalize('NFC').toLowerCase();
      if ((e === 'số' || e === 'so') && i + 1 < raw.length && /^\d/.test(raw[i + 1])) continue;
      words.push({ f: fold(raw[i]), e: e });
    }
    var open = !submitted && words.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(q);
    // A first word of one or two letters matches too much to be worth fetching.
    var wait = open && words.length === 1 && words[0].f.length < 3;
    return { words: words, open: open, wait: wait };
  }

  var files = {};
  function load(name) {
    if (!files[name]) {
      files[name] = fetch(dir + name + '.' + hash + '.bin').then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return new Response(r.body.pipeThrough(new DecompressionStream('deflate'))).arrayBuffer();
      });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }
  var utf8 = new TextDecoder();
  var manifest = load('i').then(function (b) { return JSON.parse(utf8.decode(b)); });

  /* A shard: records of one folded word or pair each, keys front-coded. */
  function parseShard(buf) {
    var b = new Uint8Array(buf), p = 0, prev = new Uint8Array(0), recs = [];
    function v() { var x = 0, s = 0, c; do { c = b[p++]; x += (c & 127) * Math.pow(2, s); s += 7; } while (c & 128); return x; }
    for (var n = v(); n > 0; n--) {
      var shared = v(), len = v(), key = new Uint8Array(shared + len);
      key.set(prev.subarray(0, shared));
      key.set(b.subarray(p, p + len), shared);
      p += len;
      prev = key;
      var forms = [];
      for (var k = v(); k > 0; k--) { len = v(); forms.push(utf8.decode(b.subarray(p, p + len))); p += len; }
      var df = v(), bitmap = b[p++], at = p;
      if (bitmap) p += Math.ceil(shardDocs / 8);
      else for (var i = 0; i < df; i++) v();
      recs.push({ key: utf8.decode(key), forms: forms, df: df, bitmap: bitmap, at: at, attrs: p, b: b });
      p += df;
    }
    return recs;
  }
  var shardDocs = 0;
  function docsOf(r) {
    var out = new Array(r.df), b = r.b, p = r.at, d = 0;
    if (r.bitmap) {
      for (var i = 0, k = 0; k < r.df; i++) if (b[p + (i >> 3)] & (1 << (i & 7))) out[k++] = i;
      return out;
    }
    for (var j = 0; j < r.df; j++) {
      var x = 0, s = 0, c;
      do { c = b[p++]; x += (c & 127) * Math.pow(2, s); s += 7; } while (c & 128);
      d = j ? d + x : x;
      out[j] = d;
    }
    return out;
  }

  var parsed = {};
  function shard(m, i) {
    var name = 't/' + i;
    if (!parsed[name]) parsed[name] = load(name).then(parseShard);
    return parsed[name];
  }
  /* The shard that holds `key`. A prefix being typed is looked up in that
     shard only: the words it holds that start so, without fetching more. */
  function shardsFor(m, key) {
    var lo = 0, hi = m.s.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (m.s[mid] <= key) lo = mid; else hi = mid - 1; }
    return [lo];
  }
  /* Records whose key is `key`, or starts with it (a prefix, not crossing
     into pairs when `key` is one word). */
  function find(recs, key, prefix) {
    var word = key.indexOf(' ') < 0;
    return recs.filter(function (r) {
      return r.key === key || (prefix && r.key.startsWith(key) && (!word || r.key.indexOf(' ') < 0));
    });
  }

  var WEIGHT = [32, 16, 6, 2];
  /* Ranks every page: all words matched first (else the most), then the
     words matched with their exact diacritics, then the fields and phrases
     they are in, then the index's order (documents, newest first). */
  function rank(m, q, wordRecs, pairRecs) {
    var n = m.n, matched = new Uint8Array(n), exact = new Uint8Array(n), score = new Float64Array(n);
    var best = new Float64Array(n), ex = new Uint8Array(n), touched = [];
    q.words.forEach(function (w, i) {
      var last = q.open && i === q.words.length - 1;
      best.fill(0); ex.fill(0); touched.length = 0;
      wordRecs[i].forEach(function (r) {
        var bits = 0, all = !r.forms.length && (last ? r.key.startsWith(w.e) : r.key === w.e);
        r.forms.forEach(function (f, k) { if (last ? f.startsWith(w.e) : f === w.e) bits |= 4 << k; });
        var docs = docsOf(r), scale = r.key === w.f ? 1 : 0.5;
        for (var j = 0; j < docs.length; j++) {
          var d = docs[j], a = r.b[r.attrs + j], s = WEIGHT[a & 3] * scale;
          if (!best[d]) touched.push(d);
          if (s > best[d]) best[d] = s;
          if (all || (a & bits)) ex[d] = 1;
        }
      });
      touched.forEach(function (d) { matched[d]++; score[d] += best[d]; exact[d] += ex[d]; });
    });
    pairRecs.forEach(function (recs) {
      best.fill(0);
      recs.forEach(function (r) {
        var docs = docsOf(r);
        for (var j = 0; j < docs.length; j++) best[docs[j]] = Math.max(best[docs[j]], 2 * WEIGHT[r.b[r.attrs + j] & 3]);
      });
      for (var d = 0; d < n; d++) score[d] += best[d];
    });
    var most = 0, hits = [];
    for (var d = 0; d < n; d++) if (matched[d] > most) most = matched[d];
    if (!most) return { hits: hits, partial: false };
    for (d = 0; d < n; d++) if (matched[d] === most) hits.push(d);
    hits.sort(function (a, b) { return exact[b] - exact[a] || score[b] - score[a] || a - b; });
    return { hits: hits, partial: most < q.words.length };
  }

  async function search(q) {
    var m = await manifest;
    shardDocs = m.n;
    var words = q.words, need = [];
    var wordKeys = words.map(function (w, i) { return [w.f, q.open && i === words.length - 1]; });
    var pairKeys = words.slice(1).map(function (w, i) { return [words[i].f + ' ' + w.f, q.open && i === words.length - 2]; });
    var all = wordKeys.concat(pairKeys).map(function (k) { return shardsFor(m, k[0], k[1]); });
    // Every word's shard; pairs' shards (phrases rank first) up to five in all.
    all.forEach(function (ids, k) {
      ids.forEach(function (i) { if (need.indexOf(i) < 0 && (k < words.length || need.length < 5)) need.push(i); });
    });
    var loaded = await Promise.all(need.map(function (i) { return shard(m, i); }));
    function recsFor(k, ids) {
      return ids.reduce(function (acc, i) { return need.indexOf(i) < 0 ? acc : acc.concat(find(loaded[need.indexOf(i)], k[0], k[1])); }, []);
    }
    var wordRecs = wordKeys.map(function (k, i) { return recsFor(k, all[i]); });
    var pairRecs = pairKeys.map(function (k, i) { return recsFor(k, all[words.length + i]); });
    return rank(m, q, wordRecs, pairRecs);
  }

  /* Titles, addresses and one line per result, from the chunks they are in. */
  async function metas(hits) {
    var m = await manifest;
    var chunks = await Promise.all(hits.map(function (d) {
      var c = Math.floor(d / m.c);
      if (!parsed['d' + c]) parsed['d' + c] = load('d/' + c).then(function (b) { return JSON.parse(utf8.decode(b)); });
      return parsed['d' + c];
    }));
    return hits.map(function (d, i) { return chunks[i][d % m.c]; });
  }

  var PAGE = 10, current = null, shown = 0, seq = 0;
  function say(template, q, n) {
    status.textContent = template.replace('{q}', q).replace('{n}', n.toLocaleString('vi-VN'));
  }
  function item(meta) {
    var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
    h.className = 'muc';
    a.href = root + meta.path;
    a.textContent = meta.title;
    h.appendChild(a);
    li.appendChild(h);
    if (meta.info) { var p = document.createElement('p'); p.className = 'meta'; p.textContent = meta.info; li.appendChild(p); }
    return li;
  }
  async function more(my) {
    var next = current.hits.slice(shown, shown + PAGE), got = await metas(next);
    if (my !== seq) return;
    var old = list.querySelector('.them');
    if (old) old.remove();
    got.forEach(function (meta) { list.appendChild(item(meta)); });
    shown += next.length;
    if (shown < current.hits.length) {
      var li = document.createElement('li'), b = document.createElement('button');
      li.className = 'them';
      b.type = 'button';
      b.textContent = T.more;
      b.addEventListener('click', function () {
        var first = list.children.length - 1;
        more(seq).then(function () { var a = list.children[first] && list.children[first].querySelector('a'); if (a) a.focus(); });
      });
      li.appendChild(b);
      list.appendChild(li);
    }
  }
  async function run(text, submitted) {
    var my = ++seq, q = parse(text, submitted);
    // The address keeps a submitted query, to share or come back to.
    if (submitted) history.replaceState(null, '', text ? '?q=' + encodeURIComponent(text) : location.pathname);
    if (q.wait) return;
    if (!q.words.length) { list.hidden = true; list.textContent = ''; status.textContent = ''; noJs.hidden = false; return; }
    try {
      var r = await search(q);
      if (my !== seq) return;
      current = r;
      shown = 0;
      list.textContent = '';
      if (r.hits.length) await more(my);
      if (my !== seq) return;
      list.hidden = !r.hits.length;
      noJs.hidden = r.hits.length > 0;
      say(r.hits.length ? (r.partial ? T.partial : T.found) : T.none, text.trim(), r.hits.length);
    } catch (e) {
      if (my === seq) status.textContent = T.error;
    }
  }

  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    // Searched when typing pauses, not at every key: fewer files on the way.
    timer = setTimeout(function () { run(input.value, false); }, 250);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value, true);
  });
  var start = new URLSearchParams(location.search).get('q');
  if (start) { input.value = start; run(start, true); }
})();
