// Suggestions under the search box as the shopper types (characters, pinyin or initials).
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list) { return; }
  var english = (document.documentElement.lang || '').indexOf('en') === 0;
  var timer = null;
  var latest = 0;

  function name(zh, en) { return english && en ? en : zh; }

  function option(id, text, href) {
    var item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.id = id;
    var link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    item.appendChild(link);
    return item;
  }

  function heading(text) {
    var item = document.createElement('li');
    item.className = 'group';
    item.setAttribute('role', 'presentation');
    item.textContent = text;
    return item;
  }

  function show(suggestions) {
    ['products', 'shops', 'regions'].forEach(function (kind) { suggestions[kind] = suggestions[kind] || []; });
    list.innerHTML = '';
    if (suggestions.products.length) {
      list.appendChild(heading(list.dataset.products));
      suggestions.products.forEach(function (p) {
        list.appendChild(option('suggest-product-' + p.id, name(p.titleZh, p.titleEn), '/products/' + p.id));
      });
    }
    if (suggestions.shops.length) {
      list.appendChild(heading(list.dataset.shops));
      suggestions.shops.forEach(function (s) {
        list.appendChild(option('suggest-shop-' + s.slug, name(s.nameZh, s.nameEn), '/shops/' + encodeURIComponent(s.slug)));
      });
    }
    if (suggestions.regions.length) {
      list.appendChild(heading(list.dataset.regions));
      suggestions.regions.forEach(function (r) {
        list.appendChild(option('suggest-region-' + r.code, name(r.nameZh, r.nameEn), '/search?region=' + r.code));
      });
    }
    var any = list.querySelector('[role="option"]') !== null;
    list.hidden = !any;
    input.setAttribute('aria-expanded', any ? 'true' : 'false');
  }

  function fetchSuggestions() {
    var typed = input.value.trim();
    var ticket = ++latest;
    if (!typed) { show({products: [], shops: [], regions: []}); return; }
    fetch('/api/v1/search/suggestions?limit=5&q=' + encodeURIComponent(typed))
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (suggestions) { if (suggestions && ticket === latest) { show(suggestions); } })
      .catch(function () { /* No suggestions is fine: the search still works. */ });
  }

  function move(step) {
    var options = Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    if (!options.length) { return; }
    var current = options.findIndex(function (o) { return o.classList.contains('active'); });
    if (current >= 0) { options[current].classList.remove('active'); }
    var next = options[(current + step + options.length) % options.length];
    next.classList.add('active');
    input.setAttribute('aria-activedescendant', next.id);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { move(1); event.preventDefault(); }
    else if (event.key === 'ArrowUp') { move(-1); event.preventDefault(); }
    else if (event.key === 'Escape') { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }
    else if (event.key === 'Enter') {
      var active = list.querySelector('.active a');
      if (active && !list.hidden) { event.preventDefault(); window.location.href = active.href; }
    }
  });
  document.addEventListener('click', function (event) {
    if (event.target !== input && !list.contains(event.target)) { list.hidden = true; }
  });
})();
