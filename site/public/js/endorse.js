// 点赞 where JavaScript runs: refresh the count from the cached JSON endpoint and endorse without
// leaving the page. Without JavaScript the plain form POST does the same. No inline script (CSP).
;(() => {
  const box = document.querySelector('[data-endorse]')
  if (!box || !window.fetch) return
  const id = box.getAttribute('data-endorse')
  const count = box.querySelector('[data-endorse-count]')
  const at = box.querySelector('[data-endorse-at]')
  const message = box.querySelector('[data-endorse-message]')
  const form = box.querySelector('[data-endorse-form]')
  const show = (data) => {
    if (typeof data.count !== 'number') return
    count.textContent = String(data.count)
    if (data.at) {
      at.setAttribute('datetime', data.at)
      at.textContent = new Date(data.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' })
    }
  }
  fetch(`/api/good-people/${encodeURIComponent(id)}/endorsements`, { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {}))
    .then(show)
    .catch(() => undefined)
  form?.addEventListener('submit', (event) => {
    event.preventDefault()
    const button = form.querySelector('button')
    if (button) button.disabled = true
    fetch(form.action, { method: 'POST', headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => response.json())
      .then((data) => {
        show(data)
        message.textContent = data.message || ''
      })
      .catch(() => {
        message.textContent = '网络异常，请稍后再试。'
      })
      .finally(() => {
        if (button) button.disabled = false
      })
  })
})()
