// Narrowing applies as soon as a filter changes; without script the apply button does the same.
document.querySelectorAll('#search-filters input, #search-filters select').forEach(function (field) {
  field.addEventListener('change', function () {
    var form = field.form;
    var page = form.querySelector('input[name="page"]');
    if (page) { page.remove(); }
    form.submit();
  });
});

