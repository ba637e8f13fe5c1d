// Web-name fields: proposed from the names as they are typed, until someone edits the field; the
// preview under the field shows the address the name makes.
(function () {
  document.querySelectorAll('input[data-slug-kind]').forEach(function (field) {
    if (field.dataset.slugReady) { return; }
    field.dataset.slugReady = 'yes';
    var form = field.form;
    var nameZh = form.querySelector('[name="nameZh"]');
    var nameEn = form.querySelector('[name="nameEn"]');
    var preview = document.getElementById(field.id + '-preview');
    var edited = field.value !== '';
    var timer = null;

    function show(address) {
      if (!preview) { return; }
      var path = field.dataset.slugPath;
      preview.textContent = address || (path && field.value ? path + field.value : field.value);
    }

    function propose() {
      if (edited) { return; }
      var query = 'kind=' + encodeURIComponent(field.dataset.slugKind)
        + '&nameZh=' + encodeURIComponent(nameZh ? nameZh.value : '')
        + '&nameEn=' + encodeURIComponent(nameEn ? nameEn.value : '');
      fetch('/api/v1/slugs?' + query, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (suggestion) {
          if (!suggestion || edited) { return; }
          field.value = suggestion.slug;
          show(suggestion.address);
        });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(propose, 300);
    }

    [nameZh, nameEn].forEach(function (name) { if (name) { name.addEventListener('input', later); } });
    field.addEventListener('input', function () {
      edited = field.value !== '';
      show(null);
      if (!edited) { later(); }
    });
    show(null);
  });
})();
