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
        // inside a named section, that section is the landmark (its heading names both): a second
        // landmark named alike would only repeat it
        var named = wrapper.parentElement
          && wrapper.parentElement.closest('section[aria-labelledby], section[aria-label], [role="region"]');
        if (label && !named) {
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

// Pickers (choices from the page): every select with several choices and every long single select
// marked data-picker becomes a searchable picker. What is typed is found in any part of a name,
// letters' accents aside ("siaul" finds “Šiaulių m. sav.”), counties stay as groups, a chosen one
// is a chip with its own remove button, Backspace removes the last. The picker's field is named by
// the select's label; without script the native select works as before. A select that searches
// the server (data-search-url) is the remote picker above.
(function () {
  function enhance(root) {
    if (!window.TomSelect) {
      return;
    }
    var body = document.body;
    var scope = root && root.querySelectorAll ? root : document;
    scope.querySelectorAll('select[multiple], select[data-picker]').forEach(function (select) {
      if (select.tomselect || select.hasAttribute('data-search-url')) {
        return;
      }
      var label = select.id && document.querySelector('label[for="' + CSS.escape(select.id) + '"]');
      var name = label ? label.textContent.trim() : select.getAttribute('aria-label');
      if (name && !select.hasAttribute('aria-label')) {
        select.setAttribute('aria-label', name);
      }
      var remove = body.getAttribute('data-picker-remove') || '×';
      var picker = new TomSelect(select, {
        plugins: select.multiple ? { remove_button: { title: remove, label: '×' } } : [],
        diacritics: true,
        maxOptions: null,
        // the choices are on the page: filter at once as each letter is typed
        refreshThrottle: 0,
        allowEmptyOption: !select.multiple,
        hideSelected: select.multiple,
        closeAfterSelect: !select.multiple,
        searchField: ['text'],
        render: {
          no_results: function () {
            return '<div class="no-results">' + escapeText(body.getAttribute('data-picker-none')) + '</div>';
          }
        }
      });
      // the generated field carries the label's name too, so it is named even where the label is not bound
      if (name && picker.control_input && !picker.control_input.hasAttribute('aria-labelledby')) {
        picker.control_input.setAttribute('aria-label', name);
      }
      // the chips' remove buttons are named by the chip: “Remove Šiaulių m. sav.”
      picker.on('item_add', function () {
        nameRemoveButtons(picker, remove);
        // what was typed is done with: the next letters look for the next choice
        if (select.multiple && picker.control_input.value) {
          picker.setTextboxValue('');
          picker.refreshOptions(false);
        }
      });
      nameRemoveButtons(picker, remove);
    });
  }

  function nameRemoveButtons(picker, remove) {
    picker.wrapper.querySelectorAll('.item').forEach(function (item) {
      var button = item.querySelector('.remove');
      if (button) {
        var text = item.firstChild && item.firstChild.nodeType === 3 ? item.firstChild.textContent.trim()
          : item.textContent.replace('×', '').trim();
        button.setAttribute('aria-label', remove + ' ' + text);
      }
    });
  }

  function escapeText(text) {
    var div = document.createElement('div');
    div.textContent = text || '';
    return div.innerHTML;
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhance(document);
  });
  document.addEventListener('htmx:load', function (event) {
    if (document.readyState !== 'loading') {
      enhance(event.detail && event.detail.elt);
    }
  });
})();

// Sortable lists (a table with data-sort="client", a list the page shows whole): each column header
// becomes a button that sorts the rows by that column, again to reverse; the header's aria-sort
// says the order, an arrow shows it. Names sort in Lithuanian order (Č after C), numbers and dates
// by value; a cell's data-sort-value, when it has one, is what is compared. Without script the list
// stays in the server's order. Lists shown a page at a time sort on the server (fragments/sort).
(function () {
  var collator = new Intl.Collator(document.documentElement.lang || 'lt', { numeric: true, sensitivity: 'base' });

  function valueOf(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return '';
    }
    return cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
  }

  function sortBy(table, header, index) {
    var descending = header.getAttribute('aria-sort') === 'ascending';
    table.querySelectorAll('thead th').forEach(function (th) {
      th.removeAttribute('aria-sort');
      var mark = th.querySelector('.sort-mark');
      if (mark) {
        mark.textContent = '';
      }
    });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    header.querySelector('.sort-mark').textContent = descending ? '▼' : '▲';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var order = collator.compare(valueOf(a, index), valueOf(b, index));
      return descending ? -order : order;
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var title = document.body.getAttribute('data-sort-by');
    document.querySelectorAll('table[data-sort="client"]').forEach(function (table) {
      if (!table.tHead || !table.tBodies.length) {
        return;
      }
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
        if (header.hasAttribute('data-no-sort') || !header.textContent.trim()) {
          return;
        }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort-button';
        while (header.firstChild) {
          button.appendChild(header.firstChild);
        }
        var mark = document.createElement('span');
        mark.className = 'sort-mark';
        mark.setAttribute('aria-hidden', 'true');
        button.appendChild(mark);
        if (title) {
          button.title = title.replace('{0}', header.textContent.trim());
        }
        header.appendChild(button);
        button.addEventListener('click', function () {
          sortBy(table, header, index);
        });
      });
    });
  });
})();

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

// A segment's part shows only the fields of its type (all of them without script).
function showPartFields(fieldset) {
  var type = fieldset.querySelector('[data-part-type]').value;
  fieldset.querySelectorAll('[data-for]').forEach(function (group) {
    group.hidden = group.getAttribute('data-for') !== type;
  });
}
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-segment-part]').forEach(showPartFields);
});
document.addEventListener('change', function (event) {
  if (event.target.hasAttribute && event.target.hasAttribute('data-part-type')) {
    showPartFields(event.target.closest('[data-segment-part]'));
  }
});
