// A quick-order file goes up with a progress bar, then the checked page replaces this one. Without
// JavaScript, or when the request cannot be made, the form is sent as usual.
(function () {
  var form = document.getElementById('quick-order-form');
  var file = document.getElementById('file');
  var status = document.getElementById('upload-status');
  var bar = document.getElementById('upload-progress');
  var said = document.getElementById('upload-said');
  if (!form || !file || !status || !bar || !said || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    if (!file.files.length) {
      return;
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('action'));
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) {
        bar.max = progress.total;
        bar.value = progress.loaded;
        said.textContent = status.dataset.uploading + ' ' + Math.round(100 * progress.loaded / progress.total) + '%';
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      said.textContent = status.dataset.checking;
    });
    request.addEventListener('load', function () {
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      status.hidden = true;
      form.submit();
    });
    status.hidden = false;
    said.textContent = status.dataset.uploading;
    request.send(new FormData(form));
  });
})();
