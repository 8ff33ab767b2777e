import { describe, expect, it } from 'vitest'
import {
  addResponses,
  answerFields,
  checkSurvey,
  emptyTally,
  isCorrect,
  mergeTallies,
  overallAwareness,
  parseAnswers,
  questionResults,
  resultsArePublic,
  type SurveyQuestion,
  surveyCsv,
  surveyShape,
  surveyState,
} from '../../cms/domain/surveys/index.ts'

const Q: SurveyQuestion[] = [
  { prompt: '知道创城吗', kind: 'single', required: true, options: [{ label: '知道', correct: true }, { label: '不知道' }] },
  {
    prompt: '九无一创',
    kind: 'multiple',
    required: true,
    options: [{ label: 'A', correct: true }, { label: 'B', correct: true }, { label: 'C' }],
  },
  { prompt: '满意度', kind: 'scale', required: true },
  { prompt: '建议', kind: 'text', required: false },
]
const good = { q0: '0', q1o0: '1', q1o1: '1', q2: '4', q3: '好' }

describe('surveyState (instants, China time shown)', () => {
  const window = { opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-10T00:00:00.000Z' }
  it.each([
    ['2026-11-30T23:59:59.999Z', 'before'],
    ['2026-12-01T00:00:00.000Z', 'open'],
    ['2026-12-09T23:59:59.999Z', 'open'],
    ['2026-12-10T00:00:00.000Z', 'after'],
  ])('should be %s → %s', (now, state) => {
    expect(surveyState(window, new Date(now))).toBe(state)
  })
  it('should publish results only after closing and only when chosen', () => {
    const after = new Date('2026-12-11T00:00:00.000Z')
    expect(resultsArePublic({ ...window, publicResults: true }, after)).toBe(true)
    expect(resultsArePublic({ ...window, publicResults: false }, after)).toBe(false)
    expect(resultsArePublic({ ...window, publicResults: true }, new Date('2026-12-05T00:00:00.000Z'))).toBe(false)
  })
})

describe('parseAnswers', () => {
  it('should read every kind compactly', () => {
    expect(parseAnswers(Q, good, null)).toEqual({ ok: true, value: { answers: [0, [0, 1], 4, '好'], district: null } })
  })
  it.each([
    [{ ...good, q0: '' }, ['q0']],
    [{ ...good, q0: '2' }, ['q0']],
    [{ ...good, q0: ' 01x' }, ['q0']],
    [{ q0: '0', q2: '4' }, ['q1']],
    [{ ...good, q2: '0' }, ['q2']],
    [{ ...good, q2: '6' }, ['q2']],
    [{ ...good, q3: 'x'.repeat(201) }, ['q3']],
    [{ ...good, q3: 'a\u0000b' }, ['q3']],
    [{ ...good, q1o3: '1' }, ['q1o3']],
    [{ ...good, q7: '0' }, ['q7']],
    [{ ...good, q0o0: '1' }, ['q0o0']],
    [{ ...good, qq: '1' }, ['qq']],
  ])('should refuse %j naming %j', (fields, names) => {
    const parsed = parseAnswers(Q, fields as Record<string, string>, null)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((error) => error.field)).toEqual(names)
  })
  it('should skip an optional question and ask a district from the list', () => {
    const districts = [{ id: '7', name: '景明区' }]
    expect(parseAnswers(Q, { ...good, q3: '', district: '7' }, districts)).toEqual({
      ok: true,
      value: { answers: [0, [0, 1], 4, null], district: '7' },
    })
    const wrong = parseAnswers(Q, { ...good, district: '8' }, districts)
    expect(wrong.ok ? [] : wrong.errors.map((error) => error.message)).toEqual(['所在区县：请从列表中选择。'])
  })
  it('should give the form fields back for the confirmation page', () => {
    const parsed = parseAnswers(Q, good, null)
    if (!parsed.ok) throw new Error('expected ok')
    expect(answerFields(parsed.value)).toEqual([
      ['q0', '0'],
      ['q1o0', '1'],
      ['q1o1', '1'],
      ['q2', '4'],
      ['q3', '好'],
    ])
    expect(parseAnswers(Q, Object.fromEntries(answerFields(parsed.value)), null)).toEqual(parsed)
  })
})

describe('isCorrect', () => {
  it.each([
    [0, 0, true],
    [0, 1, false],
    [1, [0, 1], true],
    [1, [1, 0], true],
    [1, [0], false],
    [1, [0, 1, 2], false],
    [2, 5, false],
    [0, null, false],
  ] as const)('question %i answered %j → %s', (index, answer, expected) => {
    expect(isCorrect(Q[index] as SurveyQuestion, answer as never)).toBe(expected)
  })
})

describe('tallies and results', () => {
  const responses = [
    { answers: [0, [0, 1], 5, 'x'], district: '7' },
    { answers: [1, [0], 3, null], district: '8' },
    { answers: [0, [0, 1, 2], 4, null], district: '7' },
  ]
  it('should count options, scores and correct answers, per district too', () => {
    const tally = addResponses(emptyTally(Q), Q, responses as never)
    expect(tally.all.responses).toBe(3)
    expect(tally.all.questions).toEqual([
      { answered: 3, options: [2, 1], correct: 2 },
      { answered: 3, options: [3, 2, 1], correct: 1 },
      { answered: 3, options: [0, 0, 1, 1, 1], correct: 0 },
      { answered: 1, options: [], correct: 0 },
    ])
    expect(tally.districts['7']?.responses).toBe(2)
    expect(tally.districts['8']?.questions[0]?.options).toEqual([0, 1])
  })
  it('should add up split tallies to the same as one', () => {
    const whole = addResponses(emptyTally(Q), Q, responses as never)
    const split = mergeTallies(
      Q,
      addResponses(emptyTally(Q), Q, responses.slice(0, 1) as never),
      addResponses(emptyTally(Q), Q, responses.slice(1) as never),
    )
    expect(split).toEqual(whole)
  })
  it('should give percentages, 知晓率 and the scale average', () => {
    const tally = addResponses(emptyTally(Q), Q, responses as never)
    const results = questionResults(Q, tally.all)
    expect(results[0]?.rows.map((row) => row.percent)).toEqual([66.7, 33.3])
    expect(results[0]?.awareness).toEqual({ correct: 2, percent: 66.7 })
    expect(results[2]?.average).toBe(4)
    expect(results[3]?.rows).toEqual([])
    expect(overallAwareness(Q, tally.all)).toEqual({ correct: 3, answered: 6, percent: 50 })
  })
})

describe('checkSurvey and surveyShape', () => {
  it.each([
    [{ opensAt: '2026-12-02T00:00:00Z', closesAt: '2026-12-01T00:00:00Z', questions: [] }, ['closesAt']],
    [{ questions: [{ prompt: 'p', kind: 'single', options: [{ label: 'a' }] }] }, ['questions.0.options']],
    [{ questions: [{ prompt: 'p', kind: 'scale', options: [{ label: 'a' }] }] }, ['questions.0.options']],
    [
      {
        questions: [
          {
            prompt: 'p',
            kind: 'single',
            options: [
              { label: 'a', correct: true },
              { label: 'b', correct: true },
            ],
          },
        ],
      },
      ['questions.0.options'],
    ],
    [{ questions: [{ prompt: 'p', kind: 'nope' }] }, ['questions.0.kind']],
    [{ questions: Q }, []],
  ])('should check %j', (draft, paths) => {
    expect(checkSurvey(draft as never).map((error) => error.path)).toEqual(paths)
  })
  it('should change shape with kinds, options and correct answers, not with wording', () => {
    const reworded = Q.map((q) => ({ ...q, prompt: `${q.prompt}!`, options: q.options?.map((o) => ({ ...o, label: `${o.label}!` })) }))
    expect(surveyShape(reworded)).toBe(surveyShape(Q))
    expect(surveyShape(Q.slice(1))).not.toBe(surveyShape(Q))
    expect(
      surveyShape([{ ...Q[0], options: [{ label: '知道' }, { label: '不知道', correct: true }] } as SurveyQuestion, ...Q.slice(1)]),
    ).not.toBe(surveyShape(Q))
  })
})

describe('surveyCsv', () => {
  it('should write labels, China time, district and formula-escaped texts', () => {
    const text = surveyCsv(Q, [{ at: '2026-12-06T02:00:00.000Z', district: '景明区', answers: [0, [0, 1], 5, '=1+1'] }], true)
    const [header, row] = text.slice(1).split('\r\n')
    expect(header).toBe('提交时间（北京时间）,所在区县,1. 知道创城吗,2. 九无一创,3. 满意度,4. 建议,答对题数')
    expect(row).toBe("2026-12-06 10:00,景明区,知道,A；B,5 很满意,'=1+1,2")
  })
})
