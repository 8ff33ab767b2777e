// 应知应会测试: post the answers with fetch and show the result in place (score, right answer and
// explanation of every question). Without JavaScript the form posts and the server answers with a
// result page. No inline script (CSP); all text inserted as text, never as HTML.
;(() => {
  const form = document.getElementById('quiz-form')
  const box = document.getElementById('quiz-result')
  if (!form || !box || !window.fetch || !window.FormData) return
  const letters = 'ABCDEF'
  const el = (tag, text, cls) => {
    const node = document.createElement(tag)
    if (text) node.textContent = text
    if (cls) node.className = cls
    return node
  }
  const option = (q, n) => (n ? `${letters[n - 1]}. ${q.options[n - 1]}` : '未作答')
  const link = (href, text) => {
    const p = el('p')
    const a = el('a', text)
    a.href = href
    p.append(a)
    return p
  }
  function show(data) {
    box.replaceChildren()
    box.append(el('h2', '测试结果'))
    if (!data.ok) {
      const errors = data.errors || []
      box.append(el('p', errors.length ? errors.map((e) => e.message).join(' ') : data.message || '暂时无法评分，请稍后重试。'))
    } else {
      box.append(el('p', data.summary, 'quiz-score'))
      if (!data.counted) box.append(el('p', '本次测试的人数较多，您的结果已显示但未计入各题统计。'))
      const list = el('ol')
      for (const q of data.questions) {
        const item = el('li')
        if (q.gone) item.append(el('p', '这道题已下线，不计分。'))
        else {
          const right = q.outcome === 'right'
          item.append(
            el('p', `${right ? '✔ 答对了' : q.outcome === 'wrong' ? '✘ 答错了' : '✘ 未作答'}：${q.question}`, right ? 'right' : 'wrong'),
          )
          item.append(
            el('p', `您的答案：${option(q, q.chosen)}`),
            el('p', `正确答案：${option(q, q.correct)}`),
            el('p', `解析：${q.explanation}`),
          )
        }
        list.append(item)
      }
      box.append(list)
    }
    box.append(link('/quiz/', '再测一次（换一组题目）'), link('/knowledge/', '查看全部文明知识'))
    form.hidden = true
    box.hidden = false
    box.setAttribute('tabindex', '-1')
    box.focus()
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const button = form.querySelector('button[type=submit]')
    if (button) button.disabled = true
    fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { accept: 'application/json' } })
      .then((response) => response.json())
      .then(show)
      .catch(() => form.submit())
  })
})()
