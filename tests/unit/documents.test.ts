/**
 * 政务公开 document rules (cms/domain/documents.ts, documentValidity.ts): the 文号 form, China days,
 * dates in order, PDF attachments, and validity with its replacement. Plus the demo documents'
 * honesty: quoted facts are in the source articles, the demo invents nothing on real places.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDocNumber, docNumberYear, documentDay, documentYear, tidyDocNumber } from '../../cms/domain/documents.ts'
import { checkDocument, type DocumentCheck } from '../../cms/domain/documentValidity.ts'
import { documents } from '../../seed/data/documents.ts'
import { REAL_DISTRICTS } from './data/realDistricts.ts'

describe.each([
  ['示文明办〔2026〕3号', null],
  ['示办发〔2026〕5号', null],
  ['景文明办〔2026〕12号', null],
  ['', null],
  [null, null],
  ['示文明办[2026]3号', '应写作“示文明办〔2026〕3号”'],
  ['示文明办（2026）3号', '应写作“示文明办〔2026〕3号”'],
  ['示文明办【2026】3号', '应写作“示文明办〔2026〕3号”'],
  ['示文明办 〔2026〕 3号', '应写作“示文明办〔2026〕3号”'],
  ['示文明办〔2026〕03号', '应写作“示文明办〔2026〕3号”'],
  ['示文明办〔26〕3号', '例如“示文明办〔2026〕3号”'],
  ['〔2026〕3号', '例如“示文明办〔2026〕3号”'],
  ['示文明办〔2026〕3', '例如“示文明办〔2026〕3号”'],
  ['2026-3', '例如“示文明办〔2026〕3号”'],
])('文号 %s', (value, hint) => {
  it(hint === null ? 'should be accepted' : 'should be refused, naming the field and the right form', () => {
    const message = checkDocNumber(value)
    if (hint === null) expect(message).toBeNull()
    else {
      expect(message).toContain('文号（docNumber）')
      expect(message).toContain(hint)
      expect(message).toContain('Document number (docNumber)')
    }
  })
})

describe('文号 helpers', () => {
  it('should read the year of a well-formed number and fix the usual slips', () => {
    expect(docNumberYear('示文明办〔2026〕3号')).toBe(2026)
    expect(docNumberYear('示文明办[2026]3号')).toBeNull()
    expect(tidyDocNumber(' 示城管发(2025)012号 ')).toBe('示城管发〔2025〕12号')
  })
})

describe.each([
  ['2026-03-10', '2026-03-10T00:00:00.000Z'],
  ['2026-03-10T00:00:00.000Z', '2026-03-10T00:00:00.000Z'],
  // An admin in China picks 10 March: the browser sends local midnight, 16:00 UTC the day before.
  ['2026-03-09T16:00:00.000Z', '2026-03-10T00:00:00.000Z'],
  ['2026-03-09T15:59:00.000Z', '2026-03-09T00:00:00.000Z'],
  ['not a date', null],
  [undefined, null],
])('documentDay(%s)', (value, stored) => {
  it('should store the China calendar day as midnight UTC', () => {
    expect(documentDay(value)).toBe(stored)
  })
})

describe('documentYear', () => {
  it('should take the China year of the publish date', () => {
    expect(documentYear('2026-01-01T00:00:00.000Z')).toBe('2026')
    expect(documentYear('2025-12-31T16:30:00.000Z')).toBe('2026')
    expect(documentYear('2025-12-31')).toBe('2025')
  })
})

const ok: DocumentCheck = { id: 7, validity: 'effective', replacement: null, signedDate: '2026-03-01', publishDate: '2026-03-05' }
const published = (id: number, chain: number[] = []) => ({ id, published: true, chain })
const paths = (doc: DocumentCheck) => checkDocument(doc).map((error) => error.path)
const messages = (doc: DocumentCheck) =>
  checkDocument(doc)
    .map((error) => error.message)
    .join('\n')

describe.each<[string, DocumentCheck, string[], string?]>([
  ['an in-force document without replacement', ok, []],
  ['a revised document pointing to a published one', { ...ok, validity: 'revised', replacement: published(8) }, []],
  ['a repealed document pointing to a published one', { ...ok, validity: 'repealed', replacement: published(8, [9]) }, []],
  ['a new (unsaved) revised document', { ...ok, id: undefined, validity: 'revised', replacement: published(8) }, []],
  ['a revised document without replacement', { ...ok, validity: 'revised' }, ['replacedBy'], '效力为“已修订”时必须选择替代文件'],
  [
    'a repealed document without replacement',
    { ...ok, validity: 'repealed', replacement: null },
    ['replacedBy'],
    '效力为“已废止”时必须选择替代文件',
  ],
  ['a document replacing itself', { ...ok, validity: 'revised', replacement: published(7) }, ['replacedBy'], '不能是本文件自己'],
  [
    'a document replacing itself (string id)',
    { ...ok, id: '7', validity: 'revised', replacement: published(7) },
    ['replacedBy'],
    '不能是本文件自己',
  ],
  [
    'an unpublished replacement',
    { ...ok, validity: 'revised', replacement: { id: 8, published: false, chain: [] } },
    ['replacedBy'],
    '必须是已发布的文件',
  ],
  ['a replacement that leads back to it', { ...ok, validity: 'revised', replacement: published(8, [9, 7]) }, ['replacedBy'], '形成循环'],
  ['an in-force document with a replacement', { ...ok, replacement: published(8) }, ['replacedBy'], '效力为“有效”的文件不能填写替代文件'],
  [
    'a publish date before the date signed',
    { ...ok, publishDate: '2026-02-28' },
    ['publishDate'],
    '发布日期（publishDate）2026-02-28 不能早于成文日期 2026-03-01',
  ],
  ['publish and signing on the same China day', { ...ok, signedDate: '2026-03-01', publishDate: '2026-02-28T16:00:00.000Z' }, []],
  ['a malformed 文号', { ...ok, docNumber: '示文明办[2026]3号' }, ['docNumber'], '文号（docNumber）'],
  ['an image among the attachments', { ...ok, attachmentTypes: ['application/pdf', 'image/jpeg'] }, ['attachments'], '只能是 PDF'],
  ['PDF attachments only', { ...ok, attachmentTypes: ['application/pdf'] }, []],
  [
    'several faults at once',
    { ...ok, docNumber: 'x', publishDate: '2026-01-01', validity: 'revised', attachmentTypes: ['text/html'] },
    ['docNumber', 'publishDate', 'replacedBy', 'attachments'],
  ],
])('checkDocument: %s', (_name, doc, expected, message) => {
  it(expected.length === 0 ? 'should pass' : `should refuse on ${expected.join(', ')}`, () => {
    expect(paths(doc)).toEqual(expected)
    if (message) expect(messages(doc)).toContain(message)
  })
})

describe('checkDocument', () => {
  it('should not change its input', () => {
    const doc = { ...ok, validity: 'revised' as const, replacement: published(8, [9]) }
    const copy = structuredClone(doc)
    checkDocument(doc)
    expect(doc).toEqual(copy)
  })
})

const SEEDS = path.resolve(__dirname, '../../../shared/seeds')
const seedText = () =>
  fs.existsSync(SEEDS)
    ? fs
        .readdirSync(SEEDS)
        .map((file) => fs.readFileSync(path.join(SEEDS, file), 'utf8'))
        .join('\n')
    : ''

describe('the demo documents', () => {
  it('should all pass the rules, each revised one pointing to a document listed before it', () => {
    const seen = new Map<string, number>()
    documents.forEach((doc, index) => {
      const replacement = doc.replacedBy ? { id: doc.replacedBy, published: seen.has(doc.replacedBy), chain: [] } : null
      expect(checkDocument({ id: doc.slug, ...doc, replacement }), doc.slug).toEqual([])
      seen.set(doc.slug, index)
    })
    expect(documents.filter((doc) => doc.validity === 'revised').map((doc) => doc.replacedBy)).toEqual(['storefront-duties-measures-2026'])
    expect(new Set(documents.map((doc) => doc.kind))).toEqual(
      new Set(['implementation-plan', 'plan', 'evaluation-system', 'regulation', 'annual-report']),
    )
  })

  it.runIf(fs.existsSync(SEEDS))('should quote figures found in the source articles', () => {
    const text = seedText()
    // 001 (Zibo) is in Traditional characters, 002 (the study visit) in Simplified.
    for (const figure of ['10773個點位', '43項改造', '專項測評13次', '十項專項整治行動實施方案', '三年创建规划', '"12345"工作推进机制'])
      expect(text.includes(figure), figure).toBe(true)
  })

  it('should name no real district in what the demo city invents', () => {
    const names = REAL_DISTRICTS.filter((name) => name.length >= 3)
    for (const doc of documents)
      expect(
        names.filter((name) => JSON.stringify(doc).includes(name)),
        doc.slug,
      ).toEqual([])
  })
})
