import { describe, expect, it } from 'vitest'
import { collectTexts, lexicalText } from '../../cms/domain/sensitiveFields.ts'
import { SHIPPED_WORDS } from '../../cms/domain/sensitiveWordList.ts'
import { checkTexts, compileWords, findingMessage, wordEntries } from '../../cms/domain/sensitiveWords.ts'
import { richText } from '../../seed/lexical.ts'

const shipped = compileWords(wordEntries(SHIPPED_WORDS))
const find = (text: string) => checkTexts([shipped], [{ path: 'body', label: '正文', text }]).map((f) => [f.word, f.suggestion, f.count])

describe('shipped 错敏词 list', () => {
  it('should hold a few hundred entries, 中华人民共合国 → 中华人民共和国 among them', () => {
    expect(SHIPPED_WORDS.length).toBeGreaterThan(300)
    expect(SHIPPED_WORDS).toContainEqual(['中华人民共合国', '中华人民共和国', 'official'])
  })

  it('should never flag a suggestion, that is the correct form', () => {
    const suggestions = [...new Set(SHIPPED_WORDS.map(([, suggestion]) => suggestion))]
    const flagged = suggestions.filter((text) => shipped.find(text).length > 0)
    expect(flagged).toEqual([])
  })
})

describe.each([
  ['热烈庆祝中华人民共合国成立', [['中华人民共合国', '中华人民共和国', 1]]],
  ['中华人民共和国成立七十七周年', []],
  [
    '国家工商总局和国家质检总局',
    [
      ['国家工商总局', '国家市场监督管理总局', 1],
      ['国家质检总局', '国家市场监督管理总局', 1],
    ],
  ],
  ['再接再励，再接再励！', [['再接再励', '再接再厉', 2]]],
  ['', []],
])('finding words in %j', (text, expected) => {
  it('should report each word once with how often it occurs', () => {
    expect(find(text)).toEqual(expected)
  })
})

describe('compileWords', () => {
  it('should skip blank words, let a later entry replace an earlier one, and find overlapping words', () => {
    const matcher = compileWords([
      { word: ' ', suggestion: 'x', kind: 'custom' },
      { word: '城管局', suggestion: '旧', kind: 'custom' },
      { word: '城管局', suggestion: '城市管理局', kind: 'custom' },
      { word: '示范市城管', suggestion: '示范市城市管理', kind: 'custom' },
    ])
    expect(matcher.size).toBe(2)
    const hits = checkTexts([matcher], [{ path: 't', label: '标题', text: '示范市城管局' }])
    expect(hits.map((h) => [h.word, h.suggestion])).toEqual([
      ['示范市城管', '示范市城市管理'],
      ['城管局', '城市管理局'],
    ])
    expect(findingMessage(hits[1]!)).toBe('“标题”中有错敏词“城管局”，建议改为“城市管理局”（本地词库）。')
  })
})

describe('collectTexts', () => {
  const fields = [
    { type: 'text', name: 'title', label: { zh: '标题', en: 'Title' } },
    { type: 'richText', name: 'body', label: { zh: '正文', en: 'Body' } },
    { type: 'number', name: 'n' },
    { type: 'text', name: 'slug' },
    {
      type: 'group',
      name: 'rectification',
      label: { zh: '整改情况', en: 'R' },
      fields: [{ type: 'textarea', name: 'reply', label: { zh: '整改回复', en: 'Reply' } }],
    },
    { type: 'row', fields: [{ type: 'text', name: 'place', label: '地点' }] },
    {
      type: 'array',
      name: 'promises',
      label: { zh: '承诺', en: 'P' },
      fields: [{ type: 'text', name: 'text', label: { zh: '内容', en: 'Text' } }],
    },
    {
      type: 'tabs',
      tabs: [
        { name: 'seo', fields: [{ type: 'text', name: 'description', label: '描述' }] },
        { fields: [{ type: 'text', name: 'tags', label: '标签' }] },
      ],
    },
  ]
  it('should find every text, textarea and rich text with its path and Chinese label, skipping what it is told', () => {
    const doc = {
      title: '标题文字',
      body: richText(['第一段', '第二段']),
      n: 3,
      slug: 'abc',
      rectification: { reply: '已整改' },
      place: '路口',
      promises: [{ text: '一' }, { text: '二' }],
      seo: { description: '摘要' },
      tags: ['甲', '乙'],
    }
    expect(collectTexts(fields, doc, new Set(['slug'])).map((t) => [t.path, t.label, t.text])).toEqual([
      ['title', '标题', '标题文字'],
      ['body', '正文', '第一段\n第二段'],
      ['rectification.reply', '整改情况 · 整改回复', '已整改'],
      ['place', '地点', '路口'],
      ['promises.0.text', '承诺 第1项 · 内容', '一'],
      ['promises.1.text', '承诺 第2项 · 内容', '二'],
      ['seo.description', '描述', '摘要'],
      ['tags', '标签', '甲'],
      ['tags', '标签', '乙'],
    ])
  })

  it('should join the text nodes of one paragraph, so a word split by bold is still found', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: '中华人民' },
              { type: 'text', text: '共合国' },
            ],
          },
        ],
      },
    }
    expect(lexicalText(state)).toBe('中华人民共合国')
    expect(find(lexicalText(state))).toEqual([['中华人民共合国', '中华人民共和国', 1]])
    expect(lexicalText(null)).toBe('')
  })
})
