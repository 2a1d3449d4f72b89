// Asks before a form marked with data-confirm is sent (the question is already translated by the page).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Reloads a page showing work still under way: data-refresh holds the seconds to wait.
document.addEventListener('DOMContentLoaded', function () {
  var running = document.querySelector('[data-refresh]');
  if (running) {
    window.setTimeout(function () { window.location.reload(); }, 1000 * Number(running.getAttribute('data-refresh')));
  }
});
