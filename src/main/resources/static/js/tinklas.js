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

// A select with data-search-url is a choice among more records than a page can list (a network's
// people, its organizations): it lists only what is chosen, and the picker asks the address for
// the records whose name contains what is typed (two letters or more). Without script the chosen
// ones stay as they are.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.TomSelect) {
    return;
  }
  var body = document.body;
  document.querySelectorAll('select[data-search-url]').forEach(function (select) {
    var url = select.getAttribute('data-search-url');
    // the picker takes the label for its own field; the select it fills keeps the label's name
    var label = select.id && document.querySelector('label[for="' + CSS.escape(select.id) + '"]');
    if (label && !select.hasAttribute('aria-label')) {
      select.setAttribute('aria-label', label.textContent.trim());
    }
    // the records of the last answer: the picker offers exactly those, in the server's order
    var found = {};
    new TomSelect(select, {
      valueField: 'id',
      labelField: 'text',
      searchField: [],
      allowEmptyOption: false,
      maxOptions: null,
      loadThrottle: 250,
      plugins: select.multiple ? ['remove_button'] : ['clear_button'],
      shouldLoad: function (query) {
        return query.trim().length >= 2;
      },
      score: function () {
        return function (option) {
          return found[option.id] ? found[option.id] : 0;
        };
      },
      load: function (query, callback) {
        fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(query), {
          headers: { 'Accept': 'application/json' },
          credentials: 'same-origin'
        }).then(function (response) {
          return response.ok ? response.json() : [];
        }).then(function (records) {
          found = {};
          records.forEach(function (record, i) {
            found[record.id] = records.length - i;
          });
          callback(records);
        }).catch(function () {
          callback();
        });
      },
      render: {
        no_results: function () {
          return '<div class="no-results">' + escapeText(body.getAttribute('data-picker-none')) + '</div>';
        },
        not_loading: function (data) {
          return data.input.trim().length < 2
            ? '<div class="no-results">' + escapeText(body.getAttribute('data-picker-type')) + '</div>' : null;
        }
      }
    });
  });

  function escapeText(text) {
    var div = document.createElement('div');
    div.textContent = text || '';
    return div.innerHTML;
  }
});

// Record pages: adding a participant. When the people picker (select[data-new-person]) finds nobody
// for what was typed, the "new person" fields open, the typed words filled in as first and last name
// (or as the e-mail when it is one), so the person is added without leaving the page. A field the
// person has written in themselves is left as they wrote it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-new-person]').forEach(function (select) {
    var details = document.getElementById(select.getAttribute('data-new-person'));
    var picker = select.tomselect;
    if (!details || !picker) {
      return;
    }
    var fields = {
      first: details.querySelector('input[name="firstName"]'),
      last: details.querySelector('input[name="lastName"]'),
      mail: details.querySelector('input[name="newEmail"]')
    };
    var written = { first: '', last: '', mail: '' };
    function fill(key, value) {
      var field = fields[key];
      if (field && (field.value === '' || field.value === written[key])) {
        field.value = value;
        written[key] = value;
      }
    }
    picker.on('load', function (records) {
      var typed = (picker.inputValue() || '').trim();
      if (typed.length < 2 || (records && records.length > 0)) {
        return;
      }
      details.open = true;
      if (typed.indexOf('@') > 0) {
        fill('mail', typed);
      } else {
        var words = typed.split(/\s+/);
        fill('first', words[0]);
        fill('last', words.slice(1).join(' '));
      }
    });
  });
});
