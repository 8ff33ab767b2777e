import { describe, expect, it } from 'vitest'
import { clipPair, draftChanges } from '../../cms/domain/draftChanges.ts'
import type { Role } from '../../cms/domain/roles.ts'
import { type Decision, decideTransition } from '../../cms/domain/workflow.ts'
import { richText } from '../../seed/lexical.ts'

const outcome = (decision: Decision) =>
  decision.ok ? [decision.reviewState, decision.log?.action ?? null, decision.log?.comment ?? null] : ['refused', decision.path, null]

describe.each<[string, Role, string, string | undefined, string[], unknown[]]>([
  ['an editor changes a submitted draft', 'editor', 'submitted', 'submitted', ['标题'], ['draft', 'returned-to-draft', '改动：标题']],
  [
    'an editor changes it naming no state',
    'editor',
    'submitted',
    undefined,
    ['正文', '摘要'],
    ['draft', 'returned-to-draft', '改动：正文、摘要'],
  ],
  [
    'a liaison changes a submitted exposure',
    'unitLiaison',
    'submitted',
    'submitted',
    ['整改情况 · 回复'],
    ['draft', 'returned-to-draft', '改动：整改情况 · 回复'],
  ],
  ['an editor saves a submitted draft unchanged', 'editor', 'submitted', 'submitted', [], ['submitted', null, null]],
  ['an editor submits a changed draft', 'editor', 'draft', 'submitted', ['标题'], ['submitted', 'submitted', null]],
  ['an editor changes a draft', 'editor', 'draft', 'draft', ['标题'], ['draft', null, null]],
  ['an editor changes a returned draft', 'editor', 'rejected', 'rejected', ['标题'], ['rejected', null, null]],
  ['an editor tries to reject while editing', 'editor', 'submitted', 'rejected', ['标题'], ['refused', 'reviewState', null]],
  ['a reviewer corrects a submitted draft', 'reviewer', 'submitted', 'submitted', ['标题'], ['submitted', null, null]],
  ['an admin corrects a submitted draft', 'admin', 'submitted', 'submitted', ['标题'], ['submitted', null, null]],
])('workflow: %s', (_name, role, previous, requested, edited, expected) => {
  it('should decide the review state and what the log records', () => {
    const decision = decideTransition({
      actor: { role },
      before: { status: 'draft', reviewState: previous },
      after: { status: 'draft', reviewState: requested },
      edited,
    })
    expect(outcome(decision)).toEqual(expected)
  })
})

describe('workflow: many fields changed', () => {
  it('should list at most ten fields in the log', () => {
    const edited = Array.from({ length: 12 }, (_, i) => `字段${i + 1}`)
    const decision = decideTransition({ actor: { role: 'editor' }, before: { reviewState: 'submitted' }, after: {}, edited })
    expect(decision.ok && decision.log?.comment).toBe(`改动：${edited.slice(0, 10).join('、')} 等12项`)
  })
})

describe('workflow: publishing after a withdrawn submission', () => {
  it('should refuse a reviewer publishing a draft that an edit returned to 草稿, saying why', () => {
    const decision = decideTransition({
      actor: { role: 'reviewer' },
      before: { status: 'draft', reviewState: 'draft' },
      after: { status: 'published' },
    })
    expect(decision.ok ? '' : decision.message).toContain('提交后又被修改的内容已退回草稿')
  })
})

const FIELDS = [
  { type: 'text', name: 'title', label: { zh: '标题', en: 'Title' } },
  { type: 'richText', name: 'body', label: { zh: '正文', en: 'Body' } },
  { type: 'date', name: 'date', label: { zh: '日期', en: 'Date' } },
  { type: 'upload', name: 'cover', label: { zh: '封面', en: 'Cover' } },
  { type: 'relationship', name: 'units', label: { zh: '单位', en: 'Units' } },
  { type: 'text', name: 'issueLabel', label: { zh: '期号', en: 'Issue' }, admin: { readOnly: true } },
  { type: 'number', name: 'urgency', admin: { hidden: true } },
  {
    type: 'tabs',
    tabs: [
      {
        label: '详情',
        fields: [{ type: 'group', name: 'rectification', label: '整改情况', fields: [{ type: 'textarea', name: 'reply', label: '回复' }] }],
      },
    ],
  },
  { type: 'array', name: 'photos', label: '照片', fields: [{ type: 'text', name: 'caption', label: '说明' }] },
]
const base = {
  id: 1,
  title: '第三季度测评通报',
  body: richText(['全市测评结果如下。']),
  date: '2026-10-10T00:00:00.000Z',
  cover: 5,
  units: [1, 2],
  issueLabel: '2026年第1期',
  urgency: 3,
  rectification: { reply: null },
  photos: [{ id: 'row1', caption: '路口' }],
  reviewState: 'submitted',
  updatedAt: '2026-10-10T01:00:00.000Z',
}

describe.each<[string, Record<string, unknown>, unknown[]]>([
  ['nothing', {}, []],
  ['only workflow, read-only and hidden fields', { reviewState: 'draft', updatedAt: 'x', issueLabel: '第2期', urgency: 9 }, []],
  ['the same values spelled differently', { date: '2026-10-10', units: [{ id: 1 }, 2], photos: [{ id: 'other', caption: '路口' }] }, []],
  ['the title', { title: '第四季度测评通报' }, [{ path: 'title', label: '标题', before: '第三季度测评通报', after: '第四季度测评通报' }]],
  [
    'the body',
    { body: richText(['全市测评结果如下：优秀。']) },
    [{ path: 'body', label: '正文', before: '全市测评结果如下。', after: '全市测评结果如下：优秀。' }],
  ],
  [
    'a group inside a tab',
    { rectification: { reply: '已整改' } },
    [{ path: 'rectification.reply', label: '整改情况 · 回复', before: '', after: '已整改' }],
  ],
  [
    'an image and a row',
    { cover: 6, photos: [{ id: 'row1', caption: '路口东' }] },
    [
      { path: 'cover', label: '封面' },
      { path: 'photos', label: '照片' },
    ],
  ],
  ['a date', { date: '2026-10-11' }, [{ path: 'date', label: '日期', before: '2026-10-10T00:00:00.000Z', after: '2026-10-11' }]],
])('draft changes: %s', (_name, change, expected) => {
  it('should list exactly the changed content fields', () => {
    expect(draftChanges(FIELDS, base, { ...base, ...change })).toEqual(expected)
  })
})

describe('draft changes: inputs', () => {
  it('should not change the documents it compares', () => {
    const before = structuredClone(base)
    const after = { ...structuredClone(base), title: '新' }
    draftChanges(FIELDS, before, after)
    expect([before, after]).toEqual([base, { ...base, title: '新' }])
  })
})

describe.each<[string, string, string, { before: string; after: string }]>([
  ['short texts', '第三季度', '第四季度', { before: '第三季度', after: '第四季度' }],
  [
    'a change inside a long text',
    `${'甲'.repeat(30)}原来的话${'乙'.repeat(30)}`,
    `${'甲'.repeat(30)}新的说法${'乙'.repeat(30)}`,
    { before: `…${'甲'.repeat(12)}原来的话${'乙'.repeat(12)}…`, after: `…${'甲'.repeat(12)}新的说法${'乙'.repeat(12)}…` },
  ],
  ['a long insertion', '开头', `开头${'新'.repeat(100)}`, { before: '开头', after: `开头${'新'.repeat(80)}…` }],
  ['emoji kept whole', 'a😀b', 'a😃b', { before: 'a😀b', after: 'a😃b' }],
])('clipPair: %s', (_name, before, after, expected) => {
  it('should keep the difference with a little context', () => {
    expect(clipPair(before, after)).toEqual(expected)
  })
})
