// A form with data-confirm asks before it is sent (deletions ask first).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);

// A form with data-upload-progress sends its files with a progress bar: large files (a register
// file of 10^5 rows) show how far the upload is, then the answer page replaces this one.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute('data-upload-progress') || event.defaultPrevented || !window.XMLHttpRequest) {
    return;
  }
  event.preventDefault();
  var bar = form.querySelector('progress');
  if (bar) {
    bar.hidden = false;
    bar.removeAttribute('value');
  }
  var request = new XMLHttpRequest();
  request.open(form.method || 'post', form.action);
  request.upload.onprogress = function (progress) {
    if (bar && progress.lengthComputable) {
      bar.max = progress.total;
      bar.value = progress.loaded;
    }
  };
  request.onload = function () {
    document.open();
    document.write(request.responseText);
    document.close();
  };
  request.onerror = function () {
    form.submit();
  };
  request.send(new FormData(form));
});
