/** The bulletins, 好人榜, 公益广告 and 文明知识 pages of the built seeded site, checked against the seed data. */
import { describe, expect, it } from 'vitest'
import { ads } from '../../seed/data/ads.ts'
import { bulletins } from '../../seed/data/bulletins.ts'
import { goodPeople, selectionRounds } from '../../seed/data/goodPeople.ts'
import { knowledge } from '../../seed/data/knowledge.ts'
import { moreBulletins } from '../../seed/data/moreBulletins.ts'
import { exists, html, htmlFiles, read } from './site.ts'

const SERIES: Record<string, string> = {
  supervision: '督查专报',
  evaluation: '测评通报',
  briefing: '工作简报',
  praise: '表扬通报',
  criticism: '批评通报',
}
const LEVELS = ['building', 'community', 'street', 'district', 'city']
const LEVEL_LABELS = ['楼道（村组）', '社区（村）', '街道（乡镇）', '县区', '市级']
const TOPICS: Record<string, string> = {
  'campaign-basics': '创城基本知识',
  traffic: '文明交通',
  'waste-sorting': '垃圾分类',
  'dog-keeping': '文明养犬',
  etiquette: '文明礼仪',
  convention: '市民文明公约',
  'public-health': '公共卫生',
  volunteering: '志愿服务',
}

const allBulletins = [
  ...bulletins.map((item) => ({ ...item, series: item.series ?? 'supervision', units: [] as string[] })),
  ...moreBulletins,
]
const published = allBulletins.filter((item) => item.status === 'published').sort((a, b) => b.date.localeCompare(a.date))
const draftBulletin = allBulletins.find((item) => item.status === 'draft')
/** Issues are numbered per series per year in date order; drafts take no number. */
const issueLabel = (slug: string): string => {
  const item = published.find((entry) => entry.slug === slug)!
  const sameYear = (entry: typeof item) => entry.date.slice(0, 4) === item.date.slice(0, 4)
  const earlier = published.filter((entry) => entry.series === item.series && sameYear(entry) && entry.date <= item.date)
  return `${item.date.slice(0, 4)}年第${earlier.length}期`
}
/** 2026-10-25 → 2026年10月25日 */
const longDate = (day: string) => `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
const text = (file: string) => html(file).querySelector('main')?.text.replace(/\s+/g, ' ') ?? ''
const outputs = () => [...htmlFiles(), 'rss.xml', 'feed.json', 'ads/rss.xml', 'knowledge/rss.xml', 'good-people/rss.xml']
/** The links of a feed under `base`, as the page file each names and the id it points at. */
/** The site paths a feed's items link to (their own pages). */
const pageLinks = (feed: string, base: string): string[] =>
  [...read(feed).matchAll(new RegExp(`<link>https?://[^/<]+(${base}[^#<]+)</link>`, 'g'))].map((m) => m[1] as string)
/** The built file of a site path: /knowledge/traffic/ → knowledge/traffic/index.html. */
const fileOf = (sitePath: string) => `${sitePath.replace(/^\//, '')}index.html`
/** Every page of a paginated list at `base` (page 1 at base, then base/page/n/). */
function listPages(base: string): string[] {
  const files: string[] = []
  for (let page = 1; exists(fileOf(page === 1 ? base : `${base}page/${page}/`)); page++)
    files.push(fileOf(page === 1 ? base : `${base}page/${page}/`))
  return files
}

describe('bulletins', () => {
  it('should build one page per published bulletin with its series and issue number, and none for the draft', () => {
    expect(published).toHaveLength(11)
    for (const item of published) {
      const page = html(`bulletins/${item.slug}/index.html`)
      expect(page.querySelectorAll('h1').map((h1) => h1.text)).toEqual([item.title])
      expect(page.querySelector('.issue')?.text).toBe(`${SERIES[item.series]} ${issueLabel(item.slug)}`)
      expect(page.querySelector('main time')?.getAttribute('datetime')).toBe(item.date)
      const cover = page.querySelector('main img')
      expect(cover?.getAttribute('alt')).toBe(item.image.alt)
      expect(cover?.getAttribute('loading')).toBe('eager')
    }
    expect(issueLabel('supervision-2026-15')).toBe('2026年第3期')
    expect(issueLabel('zibo-2021-national-result')).toBe('2021年第1期')
    for (const item of published) expect(item.title).not.toMatch(/第\d+期/)
    expect(exists(`bulletins/${draftBulletin?.slug}/index.html`)).toBe(false)
  })

  it('should link the units a bulletin names', () => {
    const units = html('bulletins/supervision-2026-15/index.html').querySelectorAll('main a[href^="/units/"]')
    expect(units.map((a) => a.getAttribute('href'))).toEqual(['/units/s-heping/', '/units/s-dongfeng/', '/units/dept-housing/'])
  })

  it('should list all 11 on one page newest first with series, issue and date, and no pager or rel=next', () => {
    const page = html('bulletins/index.html')
    const items = page.querySelectorAll('ul.bulletins > li')
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(published.map((item) => `/bulletins/${item.slug}/`))
    // The newest is the exposure-board briefing, dated three days before the seeding day (seed/data/clock.ts).
    const newest = published[0]!
    expect(newest.slug).toBe('briefing-exposure-rectification')
    expect(items[0]?.querySelector('.meta')?.text).toBe(`工作简报 ${issueLabel(newest.slug)} · ${longDate(newest.date)}`)
    expect(page.querySelector('nav.pager')).toBeNull()
    expect(page.querySelector('link[rel="next"]')).toBeNull()
    expect(page.querySelector('link[rel="prev"]')).toBeNull()
    expect(exists('bulletins/page/2/index.html')).toBe(false)
  })

  it('should build a page per series holding only that series, linked from the filters', () => {
    const filters = html('bulletins/index.html').querySelectorAll('ul.filters a')
    expect(filters.map((a) => a.text)).toEqual([
      '全部（11）',
      '督查专报（3）',
      '测评通报（2）',
      '工作简报（4）',
      '表扬通报（1）',
      '批评通报（1）',
    ])
    expect(filters[0]?.getAttribute('aria-current')).toBe('page')
    for (const [series, label] of Object.entries(SERIES)) {
      const page = html(`bulletins/series/${series}/index.html`)
      expect(page.querySelector('h1')?.text).toBe(label)
      const expected = published.filter((item) => item.series === series).map((item) => `/bulletins/${item.slug}/`)
      expect(page.querySelectorAll('ul.bulletins h2 a').map((a) => a.getAttribute('href'))).toEqual(expected)
      expect(page.querySelector(`ul.filters a[href="/bulletins/series/${series}/"]`)?.getAttribute('aria-current')).toBe('page')
    }
  })

  it('should keep the draft bulletin out of the list pages', () => {
    for (const file of ['bulletins/index.html', 'bulletins/series/supervision/index.html'])
      expect(read(file)).not.toContain(draftBulletin?.title)
  })
})

describe('好人榜', () => {
  const announced = selectionRounds.find((round) => round.status === 'announced')!
  const draft = goodPeople.find((person) => person.status === 'draft')!
  const visible = goodPeople.filter((person) => person.status === 'published')
  const CATEGORY_LABELS = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲']
  const roundBase = (slug: string) => `/good-people/round/${slug}/`

  it('should list the rounds newest first with their status labels and counts', () => {
    const page = html('good-people/index.html')
    expect(page.querySelectorAll('main section > h2').map((h2) => h2.text)).toEqual([
      '2026年第四季度“身边好人” 提名中',
      '2026年第三季度“身边好人” 评审中',
      '2026年第二季度“身边好人” 已公布',
    ])
    expect(page.querySelectorAll('nav[aria-label="评选轮次"] a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['2026年第四季度“身边好人”（提名中 · 2 人）', '#good-people-2026-q4'],
      ['2026年第三季度“身边好人”（评审中 · 4 人）', '#good-people-2026-q3'],
      ['2026年第二季度“身边好人”（已公布 · 10 人）', '#good-people-2026-q2'],
    ])
  })

  it('should show every published nominee of the announced round as a card with photo, level and unit, by category', () => {
    const section = html('good-people/index.html').querySelector(`#${announced.slug}`)!
    const nominees = visible.filter((person) => person.round === announced.slug)
    expect(nominees).toHaveLength(10)
    expect(section.querySelectorAll('h3').map((h3) => h3.text)).toEqual(CATEGORY_LABELS)
    for (const person of nominees) {
      const card = section.querySelectorAll('li.card').find((li) => li.querySelector(`a[href="/good-people/${person.slug}/"]`))
      expect(card?.querySelector('img')?.getAttribute('alt')).toBe(person.image.alt)
      expect(card?.querySelector('.tag')?.text).toBe(LEVEL_LABELS[LEVELS.indexOf(person.level)])
      expect(card?.querySelector(`a[href^="/units/${person.unit}/"]`)).not.toBeNull()
    }
    expect(section.querySelector('#good-people-2026-q2-helping-others + ul h4')?.text).toBe('张秀兰')
  })

  it('should index the announced round by category, each link landing on its heading on the round page', () => {
    const links = html('good-people/index.html').querySelectorAll(`#${announced.slug} ul.filters a`)
    expect(links.map((a) => a.text)).toEqual(['助人为乐（2）', '见义勇为（2）', '诚实守信（2）', '敬业奉献（2）', '孝老爱亲（2）'])
    expect(links[0]?.getAttribute('href')).toBe(`${roundBase(announced.slug)}#${announced.slug}-helping-others`)
    for (const link of links) {
      const [target, id] = (link.getAttribute('href') as string).split('#') as [string, string]
      expect(html(fileOf(target)).querySelector(`#${id}`)?.text, id).toBe(link.text.replace(/（\d+）$/, ''))
    }
  })

  it('should link each round to its own 好人榜, paginated and grouped by category, all nominees once', () => {
    for (const round of selectionRounds) {
      const nominees = visible.filter((person) => person.round === round.slug)
      const link = html('good-people/index.html').querySelector(`#${round.slug} a[href="${roundBase(round.slug)}"]`)
      expect(link?.text).toBe(`查看全部（${nominees.length} 人）`)
      const files = listPages(roundBase(round.slug))
      expect(files).toHaveLength(Math.ceil(nominees.length / 24))
      const page = html(files[0] as string)
      expect(page.querySelector('h1')?.text).toBe(round.title)
      expect(page.querySelector(`main a[href="/good-people/#${round.slug}"]`)).not.toBeNull()
      const headings = page.querySelectorAll('main h2').map((h2) => h2.text)
      expect(headings).toEqual(CATEGORY_LABELS.filter((label) => headings.includes(label)))
      const shown = files.flatMap((file) =>
        html(file)
          .querySelectorAll('main h2 + ul a[href^="/good-people/"]')
          .map((a) => a.getAttribute('href')),
      )
      expect(shown.sort()).toEqual(nominees.map((person) => `/good-people/${person.slug}/`).sort())
      expect(page.querySelectorAll('main img').length).toBe(round.status === 'announced' ? nominees.length : 0)
    }
  })

  it('should list the nominees of rounds still open with their level', () => {
    const section = html('good-people/index.html').querySelector('#good-people-2026-q4')!
    expect(section.querySelectorAll('li').map((li) => li.text)).toEqual([
      '邓凯 敬业奉献 · 已评至楼道（村组）',
      '秦淑珍 助人为乐 · 已评至楼道（村组）',
    ])
    expect(section.querySelector('img')).toBeNull()
  })

  it('should build a page per published nominee with the ladder reached marked in text', () => {
    for (const person of visible) {
      const page = html(`good-people/${person.slug}/index.html`)
      expect(page.querySelector('h1')?.text).toBe(person.name)
      const steps = page.querySelectorAll('ol.ladder li')
      expect(steps.map((li) => li.text.split(/[✓未]/)[0]?.trim())).toEqual(LEVEL_LABELS)
      const reached = LEVELS.indexOf(person.level) + 1
      expect(steps.filter((li) => li.text.includes('已达到'))).toHaveLength(reached)
      expect(steps.filter((li) => li.text.includes('未达到'))).toHaveLength(5 - reached)
      expect(page.querySelector('ol.ladder [aria-current="step"]')?.text).toContain(LEVEL_LABELS[reached - 1])
    }
    const page = text('good-people/q2-wang-lei/index.html')
    for (const fact of ['见义勇为', '网络推荐', '向阳社区', '2026年第二季度“身边好人”', '最美快递小哥']) expect(page).toContain(fact)
  })

  it('should leave the draft nominee out of every page and feed', () => {
    expect(exists(`good-people/${draft.slug}/index.html`)).toBe(false)
    for (const file of outputs()) {
      expect(read(file)).not.toContain(draft.name)
      expect(read(file)).not.toContain(draft.slug)
    }
  })
})

describe('公益广告', () => {
  const hidden = ads.filter((ad) => ad.status === 'draft' || (ad.validTo && ad.validTo < '2026-11-01'))
  const shown = ads.filter((ad) => !hidden.includes(ad))

  it('should hide the expired and the draft ad from every page and feed', () => {
    expect(hidden.map((ad) => ad.slug)).toEqual(['banner-spring-evaluation', 'banner-volunteers'])
    for (const file of outputs()) {
      for (const ad of hidden) {
        expect(read(file)).not.toContain(ad.title)
        expect(read(file)).not.toContain(ad.image?.alt as string)
      }
    }
  })

  it('should show every other published ad once, as a figure with an ad- id, grouped by series', () => {
    const page = html('ads/index.html')
    const figures = page.querySelectorAll('figure[id^="ad-"]')
    expect(figures.map((figure) => figure.querySelector('h3')?.text).sort()).toEqual(shown.map((ad) => ad.title).sort())
    expect(page.querySelectorAll('main h2').map((h2) => h2.text)).toEqual([
      '创城电子屏滚动宣传',
      '创城公益短视频',
      '《管子说·创城》',
      '《文明城市 你我共建》',
    ])
    const slogan = figures.find((figure) => figure.querySelector('h3')?.text === '标语：礼让斑马线')
    expect(slogan?.querySelector('.slogan')?.text).toBe('车让人 让出文明 人快走 走出安全')
    const poster = figures.find((figure) => figure.querySelector('h3')?.text === '《管子说·创城》第一组：仓廪实而知礼节')
    expect(poster?.querySelector('img')?.getAttribute('alt')).toBe(ads[0]?.image?.alt)
    expect(poster?.text).toContain('有效期 2026年3月1日 至 2027年12月31日')
    expect(poster?.querySelectorAll('li').map((li) => li.text)).toEqual([
      '户外广告牌：新华街道 新华路与人民路交叉口东北角户外大牌',
      '公交站亭：建设街道 建设桥公交站候车亭灯箱',
    ])
    const sorting = figures.find((figure) => figure.querySelector('h3')?.text === '标语：垃圾分一分 环境美十分')
    expect(sorting?.text).toContain('至 长期')
  })

  it('should fit on one page of 24 with no pager or rel=next', () => {
    expect(shown.length).toBeLessThanOrEqual(24)
    expect(listPages('/ads/')).toEqual(['ads/index.html'])
    const page = html('ads/index.html')
    expect(page.querySelector('nav.pager')).toBeNull()
    expect(page.querySelector('link[rel="next"]')).toBeNull()
    expect(page.querySelector('h1')?.text).toBe('公益广告')
  })

  it('should load only the first image eagerly', () => {
    const images = html('ads/index.html').querySelectorAll('main img')
    expect(images.map((img) => img.getAttribute('loading'))).toEqual(['eager', ...Array(images.length - 1).fill('lazy')])
  })

  it('should link every ads feed item to the ad’s own page, which the list pages link to (issue 25)', () => {
    const links = pageLinks('ads/rss.xml', '/ads/')
    expect(links).toHaveLength(shown.length)
    for (const link of links) expect(html(fileOf(link)).querySelectorAll('h1'), link).toHaveLength(1)
    const listed = listPages('/ads/').flatMap((file) =>
      html(file)
        .querySelectorAll('figure[id^="ad-"] h3 a')
        .map((a) => a.getAttribute('href') as string),
    )
    expect([...links].sort()).toEqual(listed.sort())
  })
})

describe('文明知识', () => {
  const visible = knowledge.filter((item) => item.status === 'published')
  const draft = knowledge.find((item) => item.status === 'draft')!
  const topics = Object.keys(TOPICS)
  const topicBase = (topic: string) => `/knowledge/${topic}/`
  /** A topic's items in page order: questions and tips by order, then the convention articles by order. */
  const expected = (topic: string) => {
    const items = visible.filter((item) => item.topic === topic).sort((a, b) => a.order - b.order)
    return [...items.filter((item) => item.kind !== 'convention'), ...items.filter((item) => item.kind === 'convention')]
  }
  const itemsOn = (file: string) => html(file).querySelectorAll('main [id^="q-"]')
  const titleOf = (item: { querySelector: (selector: string) => { text: string } | null }) => item.querySelector('summary, strong')?.text

  it('should show every published item once with a q- id on its topic pages, and not the draft', () => {
    const items = topics.flatMap((topic) => listPages(topicBase(topic)).flatMap(itemsOn))
    expect(items).toHaveLength(visible.length)
    expect(items.map(titleOf).sort()).toEqual(visible.map((item) => item.question).sort())
    expect(new Set(items.map((item) => item.id)).size).toBe(visible.length)
    for (const file of htmlFiles().filter((name) => name.startsWith('knowledge/'))) expect(read(file), file).not.toContain(draft.question)
  })

  it('should list the topics on the overview in the fixed order with counts, first questions and a link to each', () => {
    const page = html('knowledge/index.html')
    expect(page.querySelectorAll('main section > h2').map((h2) => h2.text)).toEqual(Object.values(TOPICS))
    expect(page.querySelectorAll('ul.filters a').map((a) => [a.text, a.getAttribute('href')])).toEqual(
      topics.map((topic) => [`${TOPICS[topic]}（${expected(topic).length}）`, topicBase(topic)]),
    )
    expect(page.querySelectorAll('main details')).toHaveLength(0)
    for (const topic of topics) {
      const section = page.querySelector(`#topic-${topic}`)!
      const preview = section.querySelectorAll('ul a')
      expect(preview.map((a) => a.text)).toEqual(
        expected(topic)
          .slice(0, 3)
          .map((item) => item.question),
      )
      // Each question links to its own page (issue 25).
      for (const a of preview) expect(html(fileOf(a.getAttribute('href') as string)).querySelector('h1')?.text).toBe(a.text)
      expect(section.querySelector(`a[href="${topicBase(topic)}"]`)?.text).toBe(`${TOPICS[topic]}：全部 ${expected(topic).length} 条 →`)
    }
  })

  it('should give each topic its own pages, in order, with the topic marked in the topic navigation', () => {
    for (const topic of topics) {
      const files = listPages(topicBase(topic))
      expect(files).toHaveLength(Math.ceil(expected(topic).length / 24))
      const page = html(files[0] as string)
      expect(page.querySelector('h1')?.text).toBe(TOPICS[topic])
      expect(page.querySelector('ul.filters a[aria-current="page"]')?.getAttribute('href')).toBe(topicBase(topic))
      expect(page.querySelector('main a[href="/knowledge/"]')).not.toBeNull()
      expect(files.flatMap((file) => itemsOn(file).map(titleOf))).toEqual(expected(topic).map((item) => item.question))
      expect(page.querySelector('nav.pager')).toBeNull()
      expect(page.querySelector('link[rel="next"]')).toBeNull()
    }
  })

  it('should use details for questions and an ordered list for the convention', () => {
    const questions = topics.flatMap((topic) =>
      listPages(topicBase(topic)).flatMap((file) => html(file).querySelectorAll('details[id^="q-"]')),
    )
    expect(questions).toHaveLength(visible.filter((item) => item.kind !== 'convention').length)
    const convention = html('knowledge/convention/index.html')
    expect(convention.querySelectorAll('ol.articles > li[id^="q-"]')).toHaveLength(9)
    expect(convention.querySelector('ol.articles')?.getAttribute('start')).toBeUndefined()
    expect(html('knowledge/campaign-basics/index.html').querySelector('details > summary')?.text).toBe('什么是全国文明城市？')
  })

  it('should link every knowledge feed item to the item’s own page (issue 25)', () => {
    const links = pageLinks('knowledge/rss.xml', '/knowledge/')
    expect(links).toHaveLength(visible.length)
    const questions = new Set(visible.map((item) => item.question))
    for (const link of links) {
      expect(link).toMatch(/^\/knowledge\/[a-z0-9-]+\/$/)
      expect(questions.has(String(html(fileOf(link)).querySelector('h1')?.text))).toBe(true)
    }
  })
})

describe('section pages', () => {
  const files = () => htmlFiles().filter((file) => /^(bulletins|good-people|ads|knowledge)\//.test(file))

  it('should have one h1, machine-readable dates, alt text, no scripts beyond the shared layout and stay under 60 kB', () => {
    const layoutScripts = html('404.html').querySelectorAll('script[src]').length
    expect(layoutScripts).toBeLessThanOrEqual(1)
    expect(files().length).toBeGreaterThanOrEqual(11 + 5 + 1 + 16 + 1 + 1 + 1)
    for (const file of files()) {
      const page = html(file)
      expect(page.querySelectorAll('h1'), file).toHaveLength(1)
      // A day, or an instant (the 点赞 count's "截至" moment during a public notice).
      for (const time of page.querySelectorAll('main time'))
        expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/)
      for (const img of page.querySelectorAll('img')) expect(img.getAttribute('alt')?.length).toBeGreaterThan(0)
      expect(page.querySelectorAll('script[type="module"]'), file).toHaveLength(0)
      // Nominee pages during a public notice add /js/endorse.js (live count, 点赞 without leaving the page).
      const endorse = page.querySelector('[data-endorse]') ? 1 : 0
      expect(page.querySelectorAll('script[src]'), file).toHaveLength(layoutScripts + endorse)
      if (endorse) expect(page.querySelector('script[src="/js/endorse.js"]'), file).not.toBeNull()
      expect(Buffer.byteLength(read(file)), file).toBeLessThanOrEqual(60 * 1024)
    }
  })
})
