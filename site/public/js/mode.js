// Elder-friendly mode (适老模式). Loaded without defer in <head>, so a remembered choice applies
// before the first paint; the header switch is wired once the page has been parsed.
;(() => {
  const root = document.documentElement
  try {
    if (localStorage.getItem('mode') === 'elder') root.classList.add('elder')
  } catch (_error) {
    // Storage can be blocked (private mode); the standard mode is then used.
  }

  function wireToggle() {
    const button = document.getElementById('mode-toggle')
    if (!button) return
    const show = (on) => {
      root.classList.toggle('elder', on)
      button.setAttribute('aria-pressed', on ? 'true' : 'false')
      button.textContent = on ? '标准模式' : '适老模式（大字）'
    }
    show(root.classList.contains('elder'))
    button.hidden = false
    button.addEventListener('click', () => {
      const on = !root.classList.contains('elder')
      show(on)
      try {
        localStorage.setItem('mode', on ? 'elder' : 'standard')
      } catch (_error) {
        // Not remembered when storage is blocked; the switch still works on this page.
      }
    })
  }

  // On a phone the sections scroll sideways: bring the current one into view.
  function showCurrentSection() {
    const nav = document.querySelector('header.site nav ul')
    const current = nav?.querySelector('[aria-current="page"]')
    if (nav && current && nav.scrollWidth > nav.clientWidth)
      nav.scrollLeft += current.getBoundingClientRect().left - nav.getBoundingClientRect().left - 16
  }

  function ready() {
    wireToggle()
    showCurrentSection()
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready)
  else ready()
})()
