// Site search with Pagefind (/search/). Loaded with defer; the index is fetched on the first query.
;(() => {
  const form = document.getElementById('search-form')
  const input = document.getElementById('q')
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  const more = document.getElementById('search-more')
  if (!form || !input || !status || !list || !more) return
  const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
  const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c])
  let engine
  let rules

  // The index comes in parts (/pagefind/shards.json lists the others); Pagefind merges them into one
  // search. Each page has one entry in one part, with its text as served.
  async function loadEngine() {
    const [pagefind, queryRules] = await Promise.all([import('/pagefind/pagefind.js'), import('/js/searchQuery.js')])
    rules = queryRules
    const shards = await fetch('/pagefind/shards.json').then(
      (r) => (r.ok ? r.json() : { merge: [] }),
      () => ({ merge: [] }),
    )
    // All at once: each part is two small files.
    await Promise.all((shards.merge || []).map((shard) => pagefind.mergeIndex(`/pagefind/${shard}`)))
    return pagefind
  }

  /** Results shown at a time; 显示更多结果 shows the next ones. */
  const PAGE = 20
  /** The search now shown (a new query makes a new one: answers of an older one are left unused). */
  let current = null

  async function run(query) {
    list.innerHTML = ''
    more.hidden = true
    const search = { query, pager: null, shown: 0 }
    current = search
    if (!query) {
      status.textContent = ''
      return
    }
    status.textContent = '正在搜索…'
    engine = engine || (await loadEngine())
    // Pagefind's own search, made whole across the parts and for browsers that cannot split Chinese
    // words (searchQuery.js): a whole name finds every page naming it, and only those — every result
    // shown is checked, a page of results at a time.
    search.pager = await rules.pagedSearch(engine, query)
    if (current === search) await showMore(search)
  }

  async function showMore(search) {
    more.disabled = true
    const results = await search.pager.next(PAGE)
    const items = await Promise.all(results.map((result) => result.data()))
    if (current !== search) return
    search.shown += items.length
    const total = search.pager.total()
    const shown = search.shown
    if (shown === 0) status.textContent = `没有找到与“${search.query}”相关的内容`
    else if (total !== null) status.textContent = `找到 ${total} 条结果${total > shown ? `，显示前 ${shown} 条` : ''}`
    else status.textContent = `找到 ${shown} 条以上结果，显示前 ${shown} 条`
    // Pagefind's excerpt is its own escaped text with <mark> around the hits.
    list.insertAdjacentHTML(
      'beforeend',
      items.map((d) => `<li><a href="${esc(d.url)}">${esc(d.meta.title || d.url)}</a><p>${d.excerpt}</p></li>`).join(''),
    )
    more.hidden = !search.pager.more()
    more.disabled = false
  }

  more.addEventListener('click', () => {
    if (current?.pager) showMore(current)
  })

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`)
    run(input.value.trim())
  })
  const initial = new URLSearchParams(location.search).get('q')
  if (initial) {
    input.value = initial
    run(initial.trim())
  }
})()
