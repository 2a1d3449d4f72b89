// Asks before a form marked with data-confirm is sent (the question is already translated by the page).
// A form marked data-once is sent once: its buttons are disabled after the first submit (a second click on
// "Generate" would start a second batch).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    return;
  }
  if (event.target.hasAttribute('data-once')) {
    event.target.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = true; });
  }
});

// Keeps work still under way up to date: data-refresh holds the seconds to wait. A part that also names
// data-refresh-from (a page with a form being filled in) is fetched again from that address and replaced alone,
// for as long as the fresh copy still asks for it; any other such part reloads the whole page.
document.addEventListener('DOMContentLoaded', function () {
  var parts = document.querySelectorAll('[data-refresh][data-refresh-from]');
  if (parts.length) {
    parts.forEach(refreshLater);
  } else {
    var running = document.querySelector('[data-refresh]');
    if (running) {
      window.setTimeout(function () { window.location.reload(); }, 1000 * Number(running.getAttribute('data-refresh')));
    }
  }
});

// Product and category pickers (fragments/catalog.html): the id field stays the form's value, hidden behind a
// search-as-you-type box; each chosen item shows as "name (#id)" with a button to remove it. Lists keep their ids
// separated by commas, as the field takes them without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.picker[data-picker]').forEach(function (picker, index) { catalogPicker(picker, index); });
});

function catalogPicker(picker, index) {
  var field = picker.querySelector('[name="' + picker.getAttribute('data-picker-field') + '"]');
  var chips = picker.querySelector('.chips');
  if (!field || !chips) {
    return;
  }
  var multiple = picker.getAttribute('data-picker-multiple') === 'true';
  var kindFrom = picker.getAttribute('data-picker-kind-from');
  var kindSelect = kindFrom ? field.form.querySelector('[name="' + kindFrom + '"]') : null;
  var kind = picker.getAttribute('data-picker');
  var label = field.id ? picker.querySelector('label[for="' + field.id + '"]') : null;
  var listId = 'picker-list-' + index;
  var finder = document.createElement('input');
  finder.type = 'text';
  finder.id = (field.id || 'picker-' + index) + '-find';
  finder.className = 'picker-find';
  finder.autocomplete = 'off';
  finder.setAttribute('role', 'combobox');
  finder.setAttribute('aria-autocomplete', 'list');
  finder.setAttribute('aria-expanded', 'false');
  finder.setAttribute('aria-controls', listId);
  var list = document.createElement('ul');
  list.id = listId;
  list.className = 'picker-list';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  var status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  var box = document.createElement('div');
  box.className = 'picker-box';
  box.appendChild(finder);
  box.appendChild(list);
  field.parentNode.insertBefore(box, field.nextSibling);
  box.parentNode.insertBefore(status, box.nextSibling);
  box.parentNode.insertBefore(chips, status.nextSibling);
  field.hidden = true;
  if (label) {
    label.htmlFor = finder.id;
  }
  var results = [];
  var active = -1;
  var timer = null;
  var asked = 0;

  function text(name) { return picker.getAttribute('data-text-' + name) || ''; }
  function ids() { return (field.value.match(/\d+/g) || []); }
  function write(values) { field.value = values.join(multiple ? ', ' : ''); }

  function removeButton(chip) {
    var name = chip.textContent.trim();
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip-remove';
    button.textContent = '\u00d7';
    button.setAttribute('aria-label', text('remove').replace('{0}', name));
    button.addEventListener('click', function () {
      var id = chip.getAttribute('data-id');
      write(ids().filter(function (other) { return other !== id; }));
      chip.parentNode.removeChild(chip);
      finder.focus();
    });
    chip.appendChild(button);
  }

  function chipFor(item) {
    var chip = document.createElement('li');
    chip.className = 'chip';
    chip.setAttribute('data-id', String(item.id));
    var name = document.createElement('span');
    name.className = 'catalog-label';
    name.textContent = item.name + ' (#' + item.id + ')';
    chip.appendChild(name);
    removeButton(chip);
    return chip;
  }

  function close() {
    list.hidden = true;
    finder.setAttribute('aria-expanded', 'false');
    finder.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(item) {
    var current = ids();
    if (multiple) {
      if (current.indexOf(String(item.id)) < 0) {
        current.push(String(item.id));
        chips.appendChild(chipFor(item));
      }
      write(current);
    } else {
      write([String(item.id)]);
      chips.innerHTML = '';
      chips.appendChild(chipFor(item));
    }
    finder.value = '';
    close();
  }

  function highlight(next) {
    var options = list.querySelectorAll('[role=option]');
    if (!options.length) {
      return;
    }
    active = (next + options.length) % options.length;
    options.forEach(function (option, i) { option.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
    finder.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function show(items) {
    results = items;
    list.innerHTML = '';
    active = -1;
    if (!items.length) {
      var none = document.createElement('li');
      none.className = 'picker-none';
      none.textContent = text('none');
      list.appendChild(none);
      status.textContent = text('none');
    } else {
      items.forEach(function (item, i) {
        var option = document.createElement('li');
        option.id = listId + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = item.name + ' (#' + item.id + ')';
        var reference = item.sku || item.code;
        if (reference) {
          var small = document.createElement('span');
          small.className = 'picker-ref';
          small.textContent = reference;
          option.appendChild(small);
        }
        // mousedown, not click: the box must not lose the choice to its own blur
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(item);
        });
        list.appendChild(option);
      });
      status.textContent = text('found').replace('{0}', String(items.length));
    }
    list.hidden = false;
    finder.setAttribute('aria-expanded', 'true');
  }

  function search() {
    var query = finder.value.trim();
    if (!query || !kind) {
      close();
      return;
    }
    var ticket = ++asked;
    window.fetch(picker.getAttribute('data-picker-url') + kind + '?size=10&q=' + encodeURIComponent(query),
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('json') < 0) {
          throw new Error('catalog search answered ' + response.status);
        }
        return response.json();
      })
      .then(function (items) { if (ticket === asked && finder.value.trim()) { show(items); } })
      .catch(function () {
        if (ticket === asked) {
          show([]);
          list.firstChild.textContent = text('failed');
          status.textContent = text('failed');
        }
      });
  }

  function followKind() {
    var chosen = kindSelect.value;
    var next = chosen === 'PRODUCT' ? 'products' : chosen === 'CATEGORY' ? 'categories' : null;
    if (next !== kind) {
      write([]);
      chips.innerHTML = '';
    }
    kind = next;
    picker.hidden = !kind;
    finder.placeholder = kind ? text(kind) : '';
  }

  finder.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 200);
  });
  finder.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) {
        search();
      } else {
        highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
      }
    } else if (event.key === 'Enter') {
      if (!list.hidden) {
        // Enter picks; it never sends the form while a list is open
        event.preventDefault();
        if (active >= 0 && results[active]) {
          choose(results[active]);
        } else if (results.length === 1) {
          choose(results[0]);
        }
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  finder.addEventListener('blur', function () { window.setTimeout(close, 150); });
  chips.querySelectorAll('.chip').forEach(removeButton);
  if (kindSelect) {
    kindSelect.addEventListener('change', followKind);
    followKind();
  } else {
    finder.placeholder = text(kind);
  }
}

function refreshLater(part) {
  window.setTimeout(function () {
    fetch(part.getAttribute('data-refresh-from'), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(part.id);
        if (!fresh) {
          return;
        }
        var current = document.getElementById(part.id);
        current.replaceWith(fresh);
        if (fresh.hasAttribute('data-refresh')) {
          refreshLater(fresh);
        }
      })
      .catch(function () { refreshLater(part); });
  }, 1000 * Number(part.getAttribute('data-refresh')));
}

// A chart too wide for a phone scrolls in its own box: start it at the latest days or months.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.chart').forEach(function (chart) { chart.scrollLeft = chart.scrollWidth; });
});

// A category rule's date (category-access/rules.html) is asked for only while its cell says "allow from"; the
// page without JavaScript shows every date, and the form then reads it for "allow from" alone.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.rule-cell').forEach(function (cell) {
    var choice = cell.querySelector('select[name$=".choice"]');
    var input = cell.querySelector('input[type=datetime-local]');
    var date = input && input.closest('.field');
    if (!choice || !date) {
      return;
    }
    var show = function () { date.hidden = choice.value !== 'FROM' && !date.classList.contains('has-error'); };
    choice.addEventListener('change', show);
    show();
  });
});
