/** The document library's pure helpers (site/lib/documents.ts): order, filters, replacements, banner text, feed items. */
import { describe, expect, it } from 'vitest'
import {
  citation,
  documentFeedItems,
  documentFilters,
  facetGroups,
  newestDocuments,
  replacementsOf,
  validityNotice,
} from '../../site/lib/documents.ts'
import type { DocumentEntry } from '../../site/lib/entries.ts'

const VALIDITY = { effective: '有效', revised: '已修订', repealed: '已废止' } as const
type Validity = keyof typeof VALIDITY

function doc(slug: string, cmsId: string, publishDate: string, extra: Partial<DocumentEntry> & { v?: Validity } = {}) {
  const { v = 'effective', ...rest } = extra
  const data: DocumentEntry = {
    cmsId,
    updatedAt: '2026-04-01T00:00:00.000Z',
    title: `文件${cmsId}`,
    kind: { value: 'regulation', label: '管理办法' },
    docNumber: `示文明办〔${publishDate.slice(0, 4)}〕${cmsId}号`,
    issuer: { slug: 'city', name: '示范市', kind: 'city' },
    issuerName: '示范市文明办',
    signedDate: publishDate,
    publishDate,
    validity: { value: v, label: VALIDITY[v] },
    replacedBy: null,
    summary: '摘要',
    html: '<p>全文</p>',
    attachments: [],
    ...rest,
  }
  return { id: slug, data }
}

const urban = { slug: 'dept-urban', name: '城市管理局', kind: 'department' }
const items = [
  doc('old-rule', '1', '2025-03-14', { v: 'revised', replacedBy: '2', issuer: urban }),
  doc('new-rule', '2', '2026-03-20', { issuer: urban }),
  doc('plan', '3', '2026-01-12'),
  doc('report', '4', '2026-01-12', { docNumber: null }),
  doc('gone', '5', '2024-06-01', { v: 'repealed', replacedBy: '99' }),
]

describe('newestDocuments', () => {
  it('should put the newest publish date first, the same day by 文号 then slug', () => {
    expect(newestDocuments(items).map((item) => item.id)).toEqual(['new-rule', 'report', 'plan', 'old-rule', 'gone'])
  })
})

describe('facetGroups', () => {
  it('should list the years newest first with their documents', () => {
    expect(facetGroups('year', items).map((group) => [group.key, group.label, group.path, group.items.length])).toEqual([
      ['2026', '2026年', '/documents/year/2026/', 3],
      ['2025', '2025年', '/documents/year/2025/', 1],
      ['2024', '2024年', '/documents/year/2024/', 1],
    ])
  })

  it('should list issuers by their number of documents, keyed by the unit slug', () => {
    expect(facetGroups('issuer', items).map((group) => [group.key, group.label, group.items.map((item) => item.id)])).toEqual([
      ['city', '示范市', ['report', 'plan', 'gone']],
      ['dept-urban', '城市管理局', ['new-rule', 'old-rule']],
    ])
  })

  it('should list validity in the option order, 有效 first', () => {
    expect(facetGroups('validity', items).map((group) => [group.path, group.label, group.items.length])).toEqual([
      ['/documents/validity/effective/', '有效', 3],
      ['/documents/validity/revised/', '已修订', 1],
      ['/documents/validity/repealed/', '已废止', 1],
    ])
  })

  it('should give every filter its links and counts, with the total', () => {
    const filters = documentFilters(items)
    expect(filters.total).toBe(5)
    expect(filters.year.map((link) => link.count)).toEqual([3, 1, 1])
    expect(filters.issuer[1]).toEqual({ label: '城市管理局', path: '/documents/issuer/dept-urban/', count: 2 })
  })
})

describe('replacementsOf', () => {
  it('should resolve the replacement among the published documents, and list what a document replaced', () => {
    const [old, fresh] = items
    expect(replacementsOf(old.data, items)).toEqual({
      replacement: { path: '/documents/new-rule/', title: '文件2', docNumber: '示文明办〔2026〕2号', publishDate: '2026-03-20' },
      replaces: [],
    })
    expect(replacementsOf(fresh.data, items).replaces.map((link) => link.path)).toEqual(['/documents/old-rule/'])
  })

  it('should give no replacement when it is not published (not among the items) or is the document itself', () => {
    expect(replacementsOf(items[4].data, items).replacement).toBeNull()
    const self = doc('self', '6', '2026-01-01', { v: 'revised', replacedBy: '6' })
    expect(replacementsOf(self.data, [self])).toEqual({ replacement: null, replaces: [] })
  })
})

describe.each([
  ['effective', true, null],
  ['revised', true, '本文件已修订，现行文件为《新办法》（示城管发〔2026〕4号）。'],
  ['revised', false, '本文件已修订，请以修订后的文件为准。'],
  ['repealed', true, '本文件已废止，由《新办法》（示城管发〔2026〕4号）替代。'],
  ['repealed', false, '本文件已废止，不再执行。'],
])('validityNotice(%s, replacement: %s)', (validity, withReplacement, text) => {
  it('should say what the resident must know', () => {
    const replacement = { path: '/documents/x/', title: '新办法', docNumber: '示城管发〔2026〕4号', publishDate: '2026-03-20' }
    expect(validityNotice(validity, withReplacement ? replacement : null)).toBe(text)
  })
})

describe('citation', () => {
  it('should cite with the 文号 when there is one', () => {
    expect(citation({ title: '工作报告', docNumber: null })).toBe('《工作报告》')
  })
})

describe('documentFeedItems', () => {
  it('should map explicit fields with a stable GUID, the validity first and escaped text', () => {
    const hostile = doc('x', '7', '2026-02-01', {
      issuerName: '<script>alert(1)</script>',
      attachments: [{ url: '/media/a.pdf', title: 'A&B', bytes: 10 }],
    })
    const feed = documentFeedItems([...items, hostile], '政务公开')
    const old = feed.find((item) => item.path === '/documents/old-rule/')
    expect(old?.guid).toEqual({ collection: 'documents', id: '1' })
    expect(old?.title).toBe('【已修订】文件1')
    expect(
      old?.html.startsWith(
        '<p><strong>本文件已修订，现行文件为《文件2》（示文明办〔2026〕2号）。</strong> <a href="/documents/new-rule/">',
      ),
    ).toBe(true)
    expect(old?.categories).toEqual(['政务公开', '管理办法', '城市管理局', '已修订'])
    const x = feed.find((item) => item.path === '/documents/x/')
    expect(x?.html).toContain('&lt;script&gt;')
    expect(x?.html).not.toContain('<script>')
    expect(x?.html).toContain('<a href="/media/a.pdf">A&amp;B（PDF）</a>')
  })
})
