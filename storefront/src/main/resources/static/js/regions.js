// The region picker: choosing a level loads the one below it and clears what lay under the old choice.
(function () {
  document.querySelectorAll('.region-picker').forEach(function (picker) {
    if (picker.dataset.ready) { return; }
    picker.dataset.ready = 'yes';
    var fields = (picker.dataset.fields || 'province,city,county,township').split(',');
    var prefix = picker.dataset.prefix || 'region';
    var labels = {};
    picker.querySelectorAll('label').forEach(function (label) { labels[label.htmlFor] = label.textContent; });

    function select(field) { return picker.querySelector('select[data-level="' + field + '"]'); }

    function ensure(field) {
      var existing = select(field);
      if (existing) { return existing; }
      var label = document.createElement('label');
      label.htmlFor = prefix + '-' + field;
      label.textContent = picker.dataset['label' + field.charAt(0).toUpperCase() + field.slice(1)] || field;
      var created = document.createElement('select');
      created.id = prefix + '-' + field;
      created.name = field;
      created.dataset.level = field;
      created.addEventListener('change', changed);
      var hint = picker.querySelector('.hint');
      picker.insertBefore(label, hint);
      picker.insertBefore(created, hint);
      return created;
    }

    function clearBelow(index) {
      for (var i = index + 1; i < fields.length; i++) {
        var below = select(fields[i]);
        if (below) {
          below.previousElementSibling.remove();
          below.remove();
        }
      }
    }

    function changed(event) {
      var index = fields.indexOf(event.target.dataset.level);
      clearBelow(index);
      var code = event.target.value;
      if (!code || index === fields.length - 1) { return; }
      fetch(picker.dataset.divisions + '?parent=' + encodeURIComponent(code), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { items: [] }; })
        .then(function (page) {
          if (!page.items || page.items.length === 0 || select(fields[index]).value !== code) { return; }
          var next = ensure(fields[index + 1]);
          next.innerHTML = '';
          next.add(new Option(picker.dataset.choose, ''));
          page.items.forEach(function (division) { next.add(new Option(division.nameZh, division.code)); });
        });
    }

    fields.forEach(function (field) {
      var existing = select(field);
      if (existing) { existing.addEventListener('change', changed); }
    });
  });
})();
