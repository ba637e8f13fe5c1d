// The packing slip's print button (inline handlers are not allowed by the site's content policy).
document.getElementById('print-slip')?.addEventListener('click', function () { window.print(); });
