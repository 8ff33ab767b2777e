// 志愿活动: places left right now (the page shows them as of its build). Without JavaScript the
// built number stays; the server counts places when the form is sent either way. No inline script (CSP).
;(() => {
  const box = document.querySelector('[data-places-left]')
  if (!box || !window.fetch) return
  const id = box.getAttribute('data-places-left')
  fetch(`/api/volunteer-activities/${encodeURIComponent(id)}/places`, { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {}))
    .then((data) => {
      if (typeof data.left !== 'number') return
      box.textContent = String(data.left)
      const note = document.querySelector('[data-places-note]')
      if (note) note.textContent = '（实时）'
    })
    .catch(() => undefined)
})()
