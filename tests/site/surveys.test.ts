/**
 * 问卷调查 in the built seeded site: the list (open first), the open survey's no-JS form (questions as
 * fieldsets with legends, option positions as values, the district list from the units, the
 * honeypot), the closed survey's public results (tables with caption and th scope, percentages,
 * 知晓率, never text answers), no results page for an open survey, China time, feed, page weight, and
 * no correct answer in the open survey's page.
 */
import { describe, expect, it } from 'vitest'
import { surveys } from '../../seed/data/surveys.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { exists, html, read, siteDir } from './site.ts'

const [open, closed] = surveys as [(typeof surveys)[0], (typeof surveys)[0]]
const page = (slug: string) => `surveys/${slug}/index.html`

describe('the survey list', () => {
  it('should list the open survey before the closed one, with the closed one’s results linked', () => {
    const list = html('surveys/index.html')
    expect(list.querySelectorAll('h1').map((h) => h.text)).toEqual(['问卷调查'])
    expect(list.querySelectorAll('.list h2').map((h) => h.text)).toEqual([open.title, closed.title])
    expect(list.text).toContain('【进行中】')
    expect(list.querySelector(`a[href="/surveys/${closed.slug}/results/"]`)?.text).toBe('查看结果')
    expect(list.querySelector(`a[href="/surveys/${open.slug}/results/"]`)).toBeNull()
  })
})

describe('the open survey', () => {
  it('should carry a form that posts without JavaScript, one fieldset per choice question, the districts and a honeypot', () => {
    const doc = html(page(open.slug))
    const form = doc.querySelector('form.survey-form')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('action')).toMatch(/^\/api\/surveys\/\d+\/answer$/)
    const legends = doc.querySelectorAll('fieldset legend').map((legend) => legend.text)
    expect(legends[0]).toBe(`1. ${open.questions[0]?.prompt}（必答）`)
    expect(doc.querySelectorAll('input[name="q1o3"]')).toHaveLength(1)
    expect(doc.querySelectorAll('input[name="q4"]').map((input) => input.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5'])
    expect(doc.querySelectorAll('#survey-district option').map((option) => option.text)).toEqual(['请选择', '景明区', '瑞和区'])
    expect(doc.querySelector('input[name="website"]')).not.toBeNull()
    expect(doc.querySelector('textarea[name="q7"]')?.getAttribute('maxlength')).toBe('200')
    const times = doc.querySelectorAll('time')
    expect(times[0]?.getAttribute('datetime')).toMatch(/T00:00:00\.000Z$/)
    expect(times[0]?.text).toMatch(/ 08:00$/)
  })

  it('should not give away the correct answers, nor have a results page while open', () => {
    expect(read(page(open.slug))).not.toContain('correct')
    expect(read(page(open.slug))).not.toContain('正确答案')
    expect(exists(`surveys/${open.slug}/results/index.html`)).toBe(false)
  })
})

describe('the closed survey', () => {
  it('should have no form and link its results', () => {
    const doc = html(page(closed.slug))
    expect(doc.querySelector('form')).toBeNull()
    expect(doc.text).toContain('这份问卷已经结束')
    expect(doc.querySelector(`a[href="/surveys/${closed.slug}/results/"]`)).not.toBeNull()
  })

  it('should publish tables with captions, row headers, counts and percentages, 知晓率, and no text answer', () => {
    const source = read(`surveys/${closed.slug}/results/index.html`)
    const doc = html(`surveys/${closed.slug}/results/index.html`)
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.text).toContain(`共收到 ${closed.responses} 份答卷`)
    const tables = doc.querySelectorAll('table.results')
    expect(tables).toHaveLength(4)
    expect(tables[0]?.querySelector('caption')?.text).toMatch(/^1\. .+（120 人作答，知晓率 \d+(\.\d)?%）$/)
    expect(tables[0]?.querySelectorAll('th[scope="row"]').length).toBe(2)
    expect(tables[0]?.querySelectorAll('th[scope="col"]').map((th) => th.text)).toEqual(['选项', '人数', '占比'])
    const counts = tables[1]?.querySelectorAll('tbody td:nth-child(2)').map((td) => Number(td.text)) ?? []
    expect(counts.reduce((a, b) => a + b, 0)).toBe(closed.responses)
    for (const text of closed.texts.filter(Boolean)) expect(source).not.toContain(text)
  })
})

describe('weight and feed', () => {
  it('should keep the survey pages under 60 kB', () => {
    for (const file of [page(open.slug), `surveys/${closed.slug}/results/index.html`, 'surveys/index.html'])
      expect(pageWeight(siteDir(), file).total, file).toBeLessThanOrEqual(60 * 1024)
  })

  it('should have a section feed with both surveys', () => {
    const feed = read('surveys/rss.xml')
    expect(feed).toContain(open.title)
    expect(feed).toContain(closed.title)
  })
})
