// 问卷: with JavaScript, fetch this browser's signed id (a cookie sent only to /api/surveys) before the
// form is sent, so one press counts; without it, the server asks to confirm once and keeps the answers.
// No inline script (CSP).
;(() => {
  const form = document.querySelector('form[data-survey]')
  if (!form || !window.fetch) return
  let ready = false
  form.addEventListener('submit', (event) => {
    if (ready) return
    event.preventDefault()
    const id = form.getAttribute('data-survey')
    fetch(`/api/surveys/${encodeURIComponent(id)}/answer`, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .catch(() => undefined)
      .then(() => {
        ready = true
        form.submit()
      })
  })
})()
