// Site search with Pagefind (/search/). Loaded with defer; the index is fetched on the first query.
;(() => {
  const form = document.getElementById('search-form')
  const input = document.getElementById('q')
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  if (!form || !input || !status || !list) return
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

  async function run(query) {
    list.innerHTML = ''
    if (!query) {
      status.textContent = ''
      return
    }
    status.textContent = '正在搜索…'
    engine = engine || (await loadEngine())
    // Pagefind's own search, made whole across the parts and for browsers that cannot split Chinese
    // words (searchQuery.js): a whole name finds every page naming it, and only those.
    const results = await rules.searchPages(engine, query)
    const items = await Promise.all(results.slice(0, 20).map((result) => result.data()))
    const total = results.length
    status.textContent = items.length ? `找到 ${total} 条结果${total > 20 ? '，显示前 20 条' : ''}` : `没有找到与“${query}”相关的内容`
    // Pagefind's excerpt is its own escaped text with <mark> around the hits.
    list.innerHTML = items.map((d) => `<li><a href="${esc(d.url)}">${esc(d.meta.title || d.url)}</a><p>${d.excerpt}</p></li>`).join('')
  }

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
