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

// Reloads a page showing work still under way: data-refresh holds the seconds to wait.
document.addEventListener('DOMContentLoaded', function () {
  var running = document.querySelector('[data-refresh]');
  if (running) {
    window.setTimeout(function () { window.location.reload(); }, 1000 * Number(running.getAttribute('data-refresh')));
  }
});
