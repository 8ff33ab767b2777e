import { describe, expect, it } from 'vitest'
import { NOT_APPLICABLE_NOTE, NOT_APPLICABLE_RULE, rankResults, type ScoreRow, weightedTotals } from '../../cms/domain/ranking.ts'
import { evaluationRounds } from '../../seed/data/evaluations.ts'
import { exposures } from '../../seed/data/exposures.ts'
import { NOT_APPLICABLE, type SeedEvaluationRound } from '../../seed/data/types.ts'
import { units } from '../../seed/data/units.ts'
import { chinesePart, movementText } from '../../site/lib/rankings.ts'
import { exists, html, read } from './site.ts'

const PATROL = '景明区市民巡访团月度测评'
const published = evaluationRounds.filter((round) => round.status === 'published')
const patrol = published.filter((round) => round.series === PATROL).sort((a, b) => a.start.localeCompare(b.start))
const community = published.find((round) => Object.values(round.scores).some((byKey) => Object.values(byKey).includes(NOT_APPLICABLE)))!
const draft = evaluationRounds.find((round) => round.status === 'draft')!
const unitName = (code: string) => units.find((unit) => unit.code === code)?.name as string

/** A seed round's score rows as the CMS stores them (不涉及: no score, marked not applicable). */
const scoreRows = (round: SeedEvaluationRound): ScoreRow[] =>
  Object.entries(round.scores).flatMap(([unit, byKey]) =>
    Object.entries(byKey).map(([indicator, score]) =>
      score === NOT_APPLICABLE ? { unit, indicator, score: null, notApplicable: true } : { unit, indicator, score },
    ),
  )

/** The expected results of a published round, ranked as the CMS ranks them, with movement against the previous published round of its series. */
function expectedOf(round: SeedEvaluationRound) {
  const ranked = (r: SeedEvaluationRound) => weightedTotals(r.indicators, scoreRows(r))
  const series = published.filter((r) => r.series === round.series).sort((a, b) => a.start.localeCompare(b.start))
  const before = series[series.indexOf(round) - 1]
  const previous = before ? rankResults(ranked(before), [], before.listSize) : []
  return rankResults(ranked(round), previous, round.listSize)
}
const expected = (index: number) => expectedOf(patrol[index]!)
const page = (slug: string) => html(`rankings/${slug}/index.html`)
const cellTexts = (slug: string, selector: string) =>
  page(slug)
    .querySelectorAll(selector)
    .map((cell) => cell.text.trim())

describe('ranking pages', () => {
  it.each(patrol.map((round, index) => [round.slug, index] as const))(
    'should build %s with one h1, its period and evaluator',
    (slug, index) => {
      const round = patrol[index]!
      const doc = page(slug)
      expect(doc.querySelectorAll('h1').map((h) => h.text)).toEqual([round.title])
      expect(doc.querySelectorAll('main .meta time').map((t) => t.getAttribute('datetime'))).toEqual([round.start, round.end])
      expect(doc.querySelector('main .meta')?.text).toContain('市民巡访团')
      expect(doc.querySelector('header nav a[aria-current="page"]')?.getAttribute('href')).toBe('/rankings/')
    },
  )

  it('should build no page for the draft round and never name it on the list page', () => {
    expect(draft.series).not.toBe(PATROL)
    expect(exists(`rankings/${draft.slug}/index.html`)).toBe(false)
    expect(read('rankings/index.html')).not.toContain(draft.title)
    expect(read('rankings/index.html')).not.toContain(draft.slug)
  })

  it('should list the published rounds newest first on the list page with the top and bottom unit', () => {
    const doc = html('rankings/index.html')
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.querySelectorAll('main h2').map((h) => h.text)).toEqual([PATROL, community.series])
    const newest = [...patrol].reverse()
    expect(
      doc
        .querySelectorAll('main section')[0]!
        .querySelectorAll('h3 a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(newest.map((r) => `/rankings/${r.slug}/`))
    const first = doc.querySelector('main li.card')!.text
    const results = expected(patrol.length - 1)
    expect(first).toContain(`第一名：${unitName(String(results[0]!.unit))}`)
    expect(first).toContain(`末位：${unitName(String(results.at(-1)!.unit))}`)
  })

  it('should give the results table a caption, scoped headers and a weighted column per indicator', () => {
    const round = patrol[0]!
    const doc = page(round.slug)
    expect(doc.querySelector('table caption')?.text).toBe('各单位名次与得分（总分满分 100 分）')
    const headers = doc.querySelectorAll('thead th')
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true)
    expect(headers.map((th) => th.text)).toEqual([
      '名次',
      '单位',
      '总分',
      ...round.indicators.map((i) => `${i.name}（${i.weight}%）`),
      '升降',
    ])
    expect(doc.querySelectorAll('tbody th[scope="row"]')).toHaveLength(Object.keys(round.scores).length)
  })

  it.each(patrol.map((round, index) => [round.slug, index] as const))(
    'should rank, total and move every unit of %s as the rules say',
    (slug, index) => {
      const results = expected(index)
      expect(cellTexts(slug, 'tbody th[scope="row"]').map((text) => Number.parseInt(text, 10))).toEqual(results.map((r) => r.rank))
      expect(cellTexts(slug, 'tbody tr td:nth-child(2) a')).toEqual(results.map((r) => unitName(String(r.unit))))
      expect(cellTexts(slug, 'tbody tr td:nth-child(3)').map(Number)).toEqual(results.map((r) => r.total))
      const texts = results.map((r) => movementText(r.movement, index === 0))
      expect(cellTexts(slug, 'tbody .sr-only')).toEqual(texts.map((t) => t.text))
      expect(cellTexts(slug, 'tbody [aria-hidden="true"]')).toEqual(texts.map((t) => t.symbol))
    },
  )

  it('should show the first round of the community series with every movement as 首期测评', () => {
    const results = expectedOf(community).filter((r) => r.rank !== null)
    expect(cellTexts(community.slug, 'tbody .sr-only')).toEqual(results.map(() => '首期测评'))
  })

  it('should mark 书香社区’s 不涉及 cell, total it over the indicators that apply and explain the rule under the table', () => {
    const results = expectedOf(community)
    const shuxiang = results.find((r) => r.unit === 'c-shuxiang')!
    // (92 × 35 + 90 × 25 + 91 × 20) ÷ 80 = 91.125 → 91.13, not the 72.9 a zero would give
    expect([shuxiang.total, shuxiang.rank, shuxiang.notApplicable]).toEqual([91.13, 1, ['market']])
    const doc = page(community.slug)
    const headers = doc.querySelectorAll('thead th').map((th) => th.text)
    const market = headers.indexOf('农贸市场管理（20%）')
    const row = doc.querySelectorAll('tbody tr').find((tr) => tr.querySelector('td a')?.text === '书香社区')!
    const cells = row.querySelectorAll('th, td').map((cell) => cell.text.trim())
    expect([cells[0], cells[2], cells[market]]).toEqual(['1', '91.13', '—（不涉及）'])
    expect(doc.querySelectorAll('tbody td.na')).toHaveLength(1)
    expect(doc.querySelector('p.na-note')?.text).toBe(NOT_APPLICABLE_NOTE)
    expect(doc.querySelectorAll('details p').map((p) => p.text)).toContain(chinesePart(NOT_APPLICABLE_RULE))
    expect(page(patrol[0]!.slug).querySelector('p.na-note')).toBeNull()
  })

  it('should show the same movement on the ranking page, in the feed and on the unit page', () => {
    const round = patrol.at(-1)!
    const doc = page(round.slug)
    const onPage = doc.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('td a')?.text, tr.querySelector('.sr-only')?.text])
    const feed = read('rankings/rss.xml')
    for (const [name, text] of onPage) expect(feed).toMatch(new RegExp(`${name}：[0-9.]+ 分（${text}）`))
    const history = html('units/s-heping/index.html')
      .querySelectorAll('table')
      .find((table) => table.querySelector('caption')?.text.includes('历次测评名次'))!
    const latest = history.querySelector('tbody tr')!
    expect(latest.querySelector('th a')?.getAttribute('href')).toBe(`/rankings/${round.slug}/`)
    expect(latest.querySelector('.sr-only')?.text).toBe(onPage.find(([name]) => name === '和平街道')?.[1])
  })

  it('should let the August tie at 84.2 share a rank and skip the next one', () => {
    const index = patrol.findIndex((round) => round.slug === 'jingming-patrol-2026-08')
    const tied = expected(index).filter((r) => r.total === 84.2)
    expect(tied.map((r) => unitName(String(r.unit))).sort()).toEqual(['文化街道', '建设街道'].sort())
    const rows = page(patrol[index]!.slug).querySelectorAll('tbody tr')
    const rankOf = (name: string) => rows.findIndex((tr) => tr.querySelector('td a')?.text === name)
    const positions = tied.map((r) => rankOf(unitName(String(r.unit))))
    const ranks = positions.map((i) => rows[i]!.querySelector('th')!.text)
    expect(ranks).toEqual([`${tied[0]!.rank}（并列）`, `${tied[0]!.rank}（并列）`])
    const after = rows[Math.max(...positions) + 1]!.querySelector('th')!.text
    expect(Number.parseInt(after, 10)).toBe((tied[0]!.rank ?? 0) + 2)
  })

  it('should mark 长青街道 as 新参评 in its first round', () => {
    const first = patrol.find((round) => 's-changqing' in round.scores)!
    expect(first.slug).toBe('jingming-patrol-2026-08')
    const row = page(first.slug)
      .querySelectorAll('tbody tr')
      .find((tr) => tr.querySelector('td a')?.text === '长青街道')!
    expect(row.querySelector('[aria-hidden="true"]')?.text).toBe('新')
    expect(row.querySelector('.sr-only')?.text).toBe('新参评')
  })

  it.each(patrol.map((round, index) => [round.slug, index] as const))('should draw one labelled SVG bar per unit for %s', (slug, index) => {
    const results = expected(index)
    const svg = page(slug).querySelector('svg[role="img"]')!
    const top = results[0]!
    expect(svg.getAttribute('aria-label')).toContain(`最高 ${unitName(String(top.unit))} ${top.total} 分`)
    expect(svg.querySelector('title')?.text).toBe(svg.getAttribute('aria-label'))
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(results.length)
    expect(svg.querySelectorAll('rect').every((rect) => rect.getAttribute('aria-hidden') === 'true')).toBe(true)
    const texts = svg.querySelectorAll('text').map((t) => t.text)
    for (const r of results) expect(texts).toContain(unitName(String(r.unit)))
  })

  it('should show red and black lists, the tie rule and links to the neighbouring rounds', () => {
    const [july, august, september] = patrol
    const doc = page(august!.slug)
    const headings = doc.querySelectorAll('main h2').map((h) => h.text)
    expect(headings.slice(0, 2)).toEqual(['红榜', '黑榜'])
    expect(doc.querySelector('details summary')?.text).toBe('排名规则')
    expect(doc.querySelector('details p')?.text).toContain('竞赛排名法')
    expect(doc.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe(`/rankings/${july!.slug}/`)
    expect(doc.querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe(`/rankings/${september!.slug}/`)
    expect(page(july!.slug).querySelector('nav.pager a[rel="prev"]')).toBeNull()
  })

  it('should keep every ranking and unit page within 60 kB and free of page scripts beyond the shared layout', () => {
    const files = ['rankings/index.html', ...patrol.map((r) => `rankings/${r.slug}/index.html`), 'units/s-heping/index.html']
    const layoutScripts = html('404.html').querySelectorAll('script').length
    for (const file of files) {
      expect(Buffer.byteLength(read(file))).toBeLessThanOrEqual(60 * 1024)
      expect(html(file).querySelectorAll('script')).toHaveLength(layoutScripts)
    }
  })
})

describe('unit page', () => {
  const doc = () => html('units/s-heping/index.html')

  it('should show 和平街道 with its kind and parent', () => {
    expect(
      doc()
        .querySelectorAll('h1')
        .map((h) => h.text),
    ).toEqual(['和平街道'])
    expect(doc().querySelector('main .meta a')?.getAttribute('href')).toBe('/units/d-jingming/')
  })

  it('should show the accountability banner linking the three unrectified exposures', () => {
    const strikes = exposures.filter((e) => e.unit === 's-heping' && e.status !== 'rectified' && e.publish === 'published')
    expect(strikes).toHaveLength(3)
    const banner = doc().querySelector('.accountability')!
    expect(banner.querySelector('h2')?.text).toBe('启动问责')
    const links = banner.querySelectorAll('li a').map((a) => a.getAttribute('href'))
    expect(links.sort()).toEqual(strikes.map((e) => `/exposures/${e.slug}/`).sort())
  })

  it('should list its ranking history, one row per published round, newest first', () => {
    const rounds = published.filter((round) => 's-heping' in round.scores).sort((a, b) => b.start.localeCompare(a.start))
    expect(rounds).toHaveLength(3)
    const history = doc()
      .querySelectorAll('table')
      .find((table) => table.querySelector('caption')?.text.includes('历次测评名次'))
    const rows = history?.querySelectorAll('tbody tr') ?? []
    expect(rows.map((tr) => tr.querySelector('th a')?.getAttribute('href'))).toEqual(rounds.map((r) => `/rankings/${r.slug}/`))
  })

  it('should list its confirmed accountability record (the demo’s three strikes, confirmed as a formal talk)', () => {
    const records = doc()
      .querySelectorAll('table')
      .find((table) => table.querySelector('caption')?.text.includes('问责记录'))
    const rows = records?.querySelectorAll('tbody tr') ?? []
    expect(rows).toHaveLength(1)
    expect(rows[0]?.text).toContain('约谈')
    expect(rows[0]?.querySelectorAll('a')).toHaveLength(3)
  })

  it('should list its exposures and those of the units below it, each with a status tag, and its child units', () => {
    const below = new Set(['s-heping'])
    for (let grew = true; grew; ) {
      grew = false
      for (const unit of units) if (unit.parent && below.has(unit.parent) && !below.has(unit.code)) grew = below.add(unit.code).size > 0
    }
    const shown = exposures.filter((e) => below.has(e.unit) && e.publish === 'published')
    const items = doc()
      .querySelectorAll('ul.list li')
      .filter((li) => li.querySelector('a')?.getAttribute('href')?.startsWith('/exposures/'))
    expect(items).toHaveLength(Math.min(10, shown.length))
    expect(items.every((li) => li.querySelector('.tag') !== null)).toBe(true)
    const children = units.filter((u) => u.parent === 's-heping').map((u) => `/units/${u.code}/`)
    const links = doc()
      .querySelectorAll('ul.filters a')
      .map((a) => a.getAttribute('href'))
    expect(links.sort()).toEqual(children.sort())
  })

  it('should say so in Chinese when a unit has nothing to show', () => {
    const text = html('units/s-changqing/index.html').querySelector('main')!.text
    expect(text).toContain('暂无曝光事项')
    expect(text).toContain('暂无下级单位')
  })
})
