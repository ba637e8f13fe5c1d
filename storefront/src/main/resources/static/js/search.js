// Narrowing applies as soon as a filter changes; without script the apply button does the same.
document.querySelectorAll('#search-filters input, #search-filters select').forEach(function (field) {
  field.addEventListener('change', function () {
    var form = field.form;
    var page = form.querySelector('input[name="page"]');
    if (page) { page.remove(); }
    form.submit();
  });
});

// On a phone the filters fold away until asked for, unless one is already chosen.
(function () {
  var filters = document.querySelector('details.filters');
  if (!filters || !window.matchMedia('(max-width: 47.99rem)').matches) { return; }
  var chosen = Array.prototype.some.call(filters.querySelectorAll('input:checked'), function (input) {
    return input.value !== '';
  });
  if (!chosen) { filters.open = false; }
})();
