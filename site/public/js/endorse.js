// 点赞 in one click (no inline script: CSP). A browser's first vote is one POST with `x-endorse: 1`;
// later ones post without it; no localStorage: GET the id, then POST. README "Who can vote (点赞)".
;(() => {
  const box = document.querySelector('[data-endorse]')
  if (!box || !window.fetch) return
  const id = box.getAttribute('data-endorse')
  const count = box.querySelector('[data-endorse-count]')
  const at = box.querySelector('[data-endorse-at]')
  const message = box.querySelector('[data-endorse-message]')
  const form = box.querySelector('[data-endorse-form]')
  const asJson = { headers: { accept: 'application/json' }, credentials: 'same-origin' }
  const HAS_ID = 'gp_browser_issued'
  // true / false: this browser was given its id; null: no localStorage.
  const issued = () => {
    try {
      return window.localStorage.getItem(HAS_ID) === '1'
    } catch {
      return null
    }
  }
  const noteIssued = () => {
    try {
      window.localStorage.setItem(HAS_ID, '1')
    } catch {}
  }
  const post = (headers) =>
    fetch(form.action, { ...asJson, headers: { ...asJson.headers, ...headers }, method: 'POST' }).then((response) => response.json())
  const vote = () => {
    const known = issued()
    if (known === false)
      return post({ 'x-endorse': '1' }).then((data) => {
        if (data.issued) noteIssued()
        return data
      })
    if (known === true) return post({})
    return fetch(form.action, asJson)
      .then((response) => response.json())
      .then((ready) => (ready.ok ? post({}) : ready))
  }
  let confirmations = 0
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
    vote()
      .then((data) => {
        show(data)
        // Asked to confirm again: this browser does not keep cookies.
        if (data.confirm) confirmations += 1
        message.textContent =
          confirmations > 1 ? '您的浏览器似乎没有保存本站的 Cookie：请允许本站使用 Cookie 后再点赞。' : data.message || ''
      })
      .catch(() => {
        message.textContent = '网络异常，请稍后再试。'
      })
      .finally(() => {
        if (button) button.disabled = false
      })
  })
})()
