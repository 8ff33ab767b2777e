// 点赞 where JavaScript runs: refresh the count from the cached JSON endpoint and endorse in one
// click without leaving the page. The server counts only browsers holding its signed id (an HttpOnly
// cookie: the script cannot see whether it is there). The first vote of this browser is ONE POST with
// the header `x-endorse: 1` (no other site can make a browser send it): the server issues the id and
// counts in that request, and the script notes in localStorage that this browser has an id. Later
// votes post without the header, so a browser that lost or never kept its cookie is asked to confirm
// and nothing is counted (one browser, one vote). Where localStorage cannot be used: first a GET for
// the id, then the POST. Without JavaScript the plain form POST works in two steps: the server hands
// out the id with a "请确认点赞" page whose button posts again. No inline script (CSP).
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
  // true / false: whether this browser was given its id; null: localStorage is not available here.
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
        // Asked to confirm although the GET just gave an id: this browser does not keep cookies.
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
