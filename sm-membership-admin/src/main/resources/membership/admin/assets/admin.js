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
