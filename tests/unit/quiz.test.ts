/**
 * The 应知应会 quiz's pure rules: what a marked item needs (each problem naming its field), drawing
 * questions, the signed question set (forged, swapped, other key, expired), reading and judging
 * answers, the most-missed order, and the demo marks.
 */
import { describe, expect, it } from 'vitest'
import { parsePool, QUIZ_PLACEHOLDER, quizFields } from '../../cms/domain/quiz/form.ts'
import {
  judgeQuiz,
  missPercent,
  mostMissed,
  pickQuestions,
  type QuestionTally,
  type QuizMark,
  quizMarkErrors,
  readAnswers,
} from '../../cms/domain/quiz/rules.ts'
import { makeQuizToken, QUIZ_TOKEN_LIFE_MS, quizKey, readQuizToken } from '../../cms/domain/quiz/token.ts'
import { knowledge } from '../../seed/data/knowledge.ts'
import { quizMarks } from '../../seed/data/quiz.ts'

const KEY = quizKey('challenge-key')
const NOW = Date.UTC(2026, 11, 6, 2)
const NONCE = 'abcdefghijklmnop1234'
const good: QuizMark = { enabled: true, question: '题目？', options: [{ text: '甲' }, { text: '乙' }], correct: 2, explanation: '因为乙。' }

describe('quizMarkErrors: a marked item needs a question, 2–6 options, a right option among them and an explanation', () => {
  it.each<[string, QuizMark, string[]]>([
    ['complete', good, []],
    ['not marked, empty', { enabled: false }, []],
    ['no question', { ...good, question: ' ' }, ['question']],
    ['one option', { ...good, options: [{ text: '甲' }], correct: 1 }, ['options']],
    ['seven options', { ...good, options: '1234567'.split('').map((text) => ({ text })) }, ['options']],
    ['duplicate options', { ...good, options: [{ text: '甲' }, { text: '甲' }] }, ['options']],
    ['empty option', { ...good, options: [{ text: '甲' }, { text: '' }] }, ['options']],
    ['right option beyond the options', { ...good, correct: 3 }, ['correct']],
    ['right option missing', { ...good, correct: null }, ['correct']],
    ['no explanation', { ...good, explanation: '' }, ['explanation']],
    ['nothing but the mark', { enabled: true }, ['question', 'options', 'correct', 'explanation']],
  ])('should judge %s', (_name, mark, fields) => {
    const errors = quizMarkErrors(mark)
    expect(errors.map((error) => error.field)).toEqual(fields)
    for (const error of errors) expect(error.message).toMatch(/^测试题/)
  })

  it('should name the allowed range of the right option', () => {
    expect(quizMarkErrors({ ...good, correct: 5 })[0]?.message).toContain('1–2')
  })
})

describe('pickQuestions', () => {
  it('should draw n distinct ids, or all of them when fewer', () => {
    const ids = ['1', '2', '3', '4', '5']
    const drawn = pickQuestions(ids, 3, (k) => k - 1)
    expect(drawn).toEqual(['5', '1', '2'])
    expect(new Set(pickQuestions(ids, 10, () => 0))).toEqual(new Set(ids))
    expect(ids).toEqual(['1', '2', '3', '4', '5'])
  })
})

describe('the signed question set', () => {
  const token = makeQuizToken({ key: KEY, ids: [3, 7, 11], now: NOW, nonce: NONCE })
  const read = (value: unknown, now = NOW, key = KEY) => readQuizToken({ key, token: value, now, maxQuestions: 10 })

  it('should read back the ids, nonce and expiry of a token the server issued', () => {
    expect(read(token)).toEqual({ ok: true, ids: ['3', '7', '11'], nonce: NONCE, issuedAt: NOW, expiresAt: NOW + QUIZ_TOKEN_LIFE_MS })
  })

  it.each<[string, unknown, string]>([
    ['missing', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['ids swapped for others', token.replace('3-7-11', '3-7-12'), 'forged'],
    ['ids reordered', token.replace('3-7-11', '7-3-11'), 'forged'],
    ['issue time moved', token.replace(`.${NOW.toString(36)}.`, `.${(NOW + 1000).toString(36)}.`), 'forged'],
    ['a nonce too short', makeQuizToken({ key: KEY, ids: [1], now: NOW, nonce: 'short' }), 'forged'],
    ['signed with another key', makeQuizToken({ key: quizKey('other'), ids: [3, 7, 11], now: NOW, nonce: NONCE }), 'forged'],
    ['too many questions', makeQuizToken({ key: KEY, ids: Array.from({ length: 11 }, (_, i) => i + 1), now: NOW, nonce: NONCE }), 'forged'],
    ['a repeated id', makeQuizToken({ key: KEY, ids: [3, 3], now: NOW, nonce: NONCE }), 'forged'],
    ['not a string', 42, 'missing'],
  ])('should refuse a token %s', (_name, value, reason) => {
    expect(read(value)).toEqual({ ok: false, reason })
  })

  it('should refuse a token older than its life, and accept it just before', () => {
    expect(read(token, NOW + QUIZ_TOKEN_LIFE_MS + 1)).toEqual({ ok: false, reason: 'expired' })
    expect(read(token, NOW + QUIZ_TOKEN_LIFE_MS).ok).toBe(true)
  })
})

describe('reading and judging answers', () => {
  const ids = ['3', '7', '11']
  const published = [
    { id: '3', question: '三？', options: ['a', 'b'], correct: 1, explanation: 'x' },
    { id: '7', question: '七？', options: ['a', 'b', 'c'], correct: 3, explanation: 'y' },
  ]

  it('should take one option number per question of the set, a missing one as skipped', () => {
    const answers = readAnswers({ 'a-3': '1', 'a-7': '2', quizToken: 't' }, ids)
    expect(answers.ok && [...answers.chosen]).toEqual([
      ['3', 1],
      ['7', 2],
      ['11', null],
    ])
  })

  it.each([
    ['a question not in the set', { 'a-99': '1' }, 'a-99'],
    ['an option that is no number', { 'a-3': 'x' }, 'a-3'],
    ['option 7', { 'a-3': '7' }, 'a-3'],
  ])('should refuse %s, naming the field', (_name, fields, field) => {
    const answers = readAnswers(fields, ids)
    expect(answers.ok).toBe(false)
    expect(!answers.ok && answers.errors.map((error) => error.field)).toEqual([field])
  })

  it('should score right answers only, and leave out a question no longer published', () => {
    const chosen = new Map<string, number | null>([
      ['3', 1],
      ['7', 2],
      ['11', 1],
    ])
    const result = judgeQuiz(ids, chosen, published)
    expect(result.score).toBe(1)
    expect(result.total).toBe(2)
    expect(result.questions.map((q) => (q.gone ? 'gone' : q.outcome))).toEqual(['right', 'wrong', 'gone'])
  })

  it('should treat an option beyond the question as not answered', () => {
    const result = judgeQuiz(['3'], new Map([['3', 5]]), published)
    expect(result.questions[0]).toMatchObject({ outcome: 'skipped', chosen: null })
  })
})

describe('mostMissed', () => {
  const tally = (id: string, shown: number, right: number): QuestionTally => ({
    id,
    title: `题${id}`,
    shown,
    right,
    wrong: shown - right,
    skipped: 0,
    byOption: [],
  })
  it('should put the highest miss share first, then the most shown, and leave out unseen questions', () => {
    const order = mostMissed([tally('a', 10, 9), tally('b', 4, 1), tally('c', 8, 2), tally('d', 0, 0), tally('e', 2, 2)], 10)
    expect(order.map((t) => t.id)).toEqual(['c', 'b', 'a', 'e'])
    expect(missPercent(tally('b', 4, 1))).toBe(75)
  })
})

describe('the quiz form', () => {
  it('should escape questions and options and carry the token', () => {
    const html = quizFields([{ id: '5', question: '<b>问</b>', options: ['"甲"', '乙'] }], 'tok')
    expect(html).toContain('name="quizToken" value="tok"')
    expect(html).toContain('&lt;b&gt;问&lt;/b&gt;')
    expect(html).toContain('name="a-5" value="2"')
    expect(html).not.toContain('<b>')
  })

  it('should say so when there are no questions, and ignore a malformed pool', () => {
    expect(quizFields([], null)).toContain('暂时没有测试题')
    expect(parsePool('nonsense')).toEqual([])
    expect(parsePool('{"questions":[{"id":"1","question":"q","options":["a","b"]},{"id":2}]}')).toHaveLength(1)
    expect(QUIZ_PLACEHOLDER).toContain('data-quiz="questions"')
  })
})

describe('the demo quiz marks', () => {
  it('should mark at least 12 published demo items, each complete', () => {
    const published = new Set(knowledge.filter((item) => item.status === 'published').map((item) => item.slug))
    const slugs = Object.keys(quizMarks)
    expect(slugs.length).toBeGreaterThanOrEqual(12)
    for (const slug of slugs) {
      expect(published.has(slug), slug).toBe(true)
      const mark = quizMarks[slug]
      const stored = { enabled: true, ...mark, options: mark?.options.map((text) => ({ text })) }
      expect(quizMarkErrors(stored), slug).toEqual([])
    }
  })
})
