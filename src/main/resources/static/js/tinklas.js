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

/*
 * Phone layout: a table scrolls sideways inside its own box (.table-scroll, which scrolls only
 * below 992 px, so that a sticky header still sticks to the page on a wide screen) rather than the
 * whole page, and a box that does scroll can be reached and scrolled with the keyboard, named by
 * the heading before it. Tables that htmx brings in later are boxed as they come.
 */
(function () {
  function box(table) {
    var parent = table.parentElement;
    if (!parent.classList.contains('table-responsive') && !parent.classList.contains('table-scroll')) {
      var wrapper = document.createElement('div');
      wrapper.className = 'table-scroll';
      parent.insertBefore(wrapper, table);
      wrapper.appendChild(table);
      parent = wrapper;
    }
    return parent;
  }

  function heading(element) {
    var previous = element.previousElementSibling;
    while (previous && !/^H[1-6]$/.test(previous.tagName)) {
      previous = previous.previousElementSibling;
    }
    return previous;
  }

  function mark(wrapper) {
    if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
      if (!wrapper.hasAttribute('tabindex')) {
        wrapper.setAttribute('tabindex', '0');
        var title = heading(wrapper);
        var table = wrapper.querySelector('table');
        var caption = table && table.caption;
        var label = caption || title;
        if (label) {
          if (!label.id) {
            label.id = 'scroll-label-' + Math.random().toString(36).slice(2);
          }
          wrapper.setAttribute('role', 'region');
          wrapper.setAttribute('aria-labelledby', label.id);
        }
        wrapper.setAttribute('data-scrolls', '');
      }
    }
    else if (wrapper.hasAttribute('data-scrolls')) {
      wrapper.removeAttribute('tabindex');
      wrapper.removeAttribute('role');
      wrapper.removeAttribute('aria-labelledby');
      wrapper.removeAttribute('data-scrolls');
    }
  }

  function boxAll(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var tables = Array.prototype.slice.call(scope.querySelectorAll('main table'));
    if (scope.tagName === 'TABLE') {
      tables.push(scope);
    }
    tables.forEach(function (table) {
      mark(box(table));
    });
  }

  function markAll() {
    document.querySelectorAll('main .table-responsive, main .table-scroll').forEach(mark);
  }

  document.addEventListener('DOMContentLoaded', function () {
    boxAll(document);
    window.addEventListener('resize', markAll);
    document.body.addEventListener('htmx:load', function (event) {
      boxAll(event.detail && event.detail.elt);
    });
  });
})();
