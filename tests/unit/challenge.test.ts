/** The one-time challenge's pure rules (cms/domain/challenge.ts) and the table of server-filled form pages (cms/domain/formPages.ts). */
import { describe, expect, it } from 'vitest'
import {
  CHALLENGE_LIFE_MS,
  challengeKey,
  chineseNumber,
  isRightAnswer,
  makeChallenge,
  readChallengeToken,
  typedAnswer,
} from '../../cms/domain/challenge.ts'
import { challengeFields, challengePlaceholder, FORM_PAGES, formPageOf, formPagePattern } from '../../cms/domain/formPages.ts'
import { solveQuestion } from '../helpers/residents.ts'

const now = Date.parse('2026-12-01T04:00:00Z')
const key = challengeKey('secret')
const NONCE = 'AAAAAAAAAAAAAAAAAAAAAA'
const make = (overrides: { purpose?: string; at?: number; nonce?: string; picks?: [number, number] } = {}) => {
  const picks = [...(overrides.picks ?? [12, 5])]
  return makeChallenge({
    key,
    purpose: overrides.purpose ?? 'resident-report',
    now: overrides.at ?? now,
    pick: () => picks.shift() ?? 0,
    nonce: overrides.nonce ?? NONCE,
  })
}

describe('chineseNumber', () => {
  it.each([
    [0, '零'],
    [7, '七'],
    [10, '十'],
    [13, '十三'],
    [20, '二十'],
    [46, '四十六'],
    [99, '九十九'],
  ])('should write %i as %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text)
    expect(solveQuestion(`${text}加零等于几？`)).toBe(String(n))
  })
})

describe('makeChallenge', () => {
  it('should ask a two-digit plus a one-digit number in Chinese and expire after CHALLENGE_LIFE_MS', () => {
    const challenge = make()
    expect(challenge.question).toBe('二十三加七等于几？（请填写阿拉伯数字）')
    expect(challenge.expiresAt).toBe(now + CHALLENGE_LIFE_MS)
    expect(challenge.nonce).toBe(NONCE)
    expect(challenge.token.split('.')).toHaveLength(4)
  })

  it.each([
    [[0, 0], '十一加二', 13],
    [[88, 7], '九十九加九', 108],
  ])('should keep picks %j within 11–99 plus 2–9 (%s = %i)', (picks, question, sum) => {
    const challenge = make({ picks: picks as [number, number] })
    expect(challenge.question).toContain(question)
    expect(solveQuestion(challenge.question)).toBe(String(sum))
    expect(isRightAnswer({ key, purpose: 'resident-report', token: challenge.token, answer: String(sum) })).toBe(true)
  })
})

describe('readChallengeToken: the attacker’s tokens', () => {
  const good = make().token
  const [issued, nonce, tag, mac] = good.split('.')
  it.each([
    ['a token the server issued', good, 'resident-report', now + 60_000, true],
    ['the same token at the end of its life', good, 'resident-report', now + CHALLENGE_LIFE_MS, true],
    ['an expired token', good, 'resident-report', now + CHALLENGE_LIFE_MS + 1, false],
    ['a token issued far in the future', make({ at: now + 3_600_000 }).token, 'resident-report', now, false],
    ['a token of another form', good, 'objection', now, false],
    [
      'a token signed with another key',
      makeChallenge({ key: challengeKey('other'), purpose: 'resident-report', now, pick: () => 0, nonce: NONCE }).token,
      'resident-report',
      now,
      false,
    ],
    [
      'a later issue time pasted in (life extended)',
      `${(now + 3_600_000).toString(36)}.${nonce}.${tag}.${mac}`,
      'resident-report',
      now + CHALLENGE_LIFE_MS + 1,
      false,
    ],
    ['another nonce pasted in (a fresh one-time key)', `${issued}.BBBBBBBBBBBBBBBBBBBBBB.${tag}.${mac}`, 'resident-report', now, false],
    ['an issue time with a stray character', `${issued}!.${nonce}.${tag}.${mac}`, 'resident-report', now, false],
    ['no token', undefined, 'resident-report', now, false],
    ['an overlong token', `${good}${'x'.repeat(200)}`, 'resident-report', now, false],
    ['a token with an extra part', `${good}.x`, 'resident-report', now, false],
  ])('%s → accepted: %s', (_label, token, purpose, at, ok) => {
    expect(readChallengeToken({ key, purpose, token, now: at }).ok).toBe(ok)
  })

  it('should hand back the nonce and the expiry of an accepted token', () => {
    expect(readChallengeToken({ key, purpose: 'resident-report', token: good, now })).toEqual({
      ok: true,
      nonce: NONCE,
      expiresAt: now + CHALLENGE_LIFE_MS,
    })
  })
})

describe('isRightAnswer', () => {
  const { token } = make()
  it.each([
    ['30', true],
    [' 30 ', true],
    ['３０', true],
    ['31', false],
    ['29', false],
    ['三十', false],
    ['', false],
    [undefined, false],
    ['0030', false],
  ])('should judge %j as right: %s', (answer, right) => {
    expect(isRightAnswer({ key, purpose: 'resident-report', token, answer })).toBe(right)
  })

  it('should refuse the right number for a token of another form', () => {
    const objection = make({ purpose: 'objection' }).token
    expect(isRightAnswer({ key, purpose: 'resident-report', token: objection, answer: '30' })).toBe(false)
  })

  it.each([
    ['12', 12],
    ['１０８', 108],
    ['1234', null],
    ['-3', null],
  ])('should read the typed answer %j as %j', (text, value) => {
    expect(typedAnswer(text)).toBe(value)
  })
})

describe('form pages', () => {
  it.each([
    ['/report/', 'resident-report'],
    ['/report', 'resident-report'],
    ['/report/index.html', 'resident-report'],
    ['/good-people/q3-yang-guifang/objection/', 'objection'],
    ['/good-people/q3-yang-guifang/objection', 'objection'],
    ['/good-people/q3-yang-guifang/objection/index.html', 'objection'],
    ['/report/status/', null],
    ['/reports/', null],
    ['/good-people/q3-yang-guifang/', null],
    ['/good-people/.build/objection/', null],
    ['/good-people/a/b/objection/', null],
    ['/x/report/', null],
  ])('should find %s as the form page of %s', (pathname, purpose) => {
    expect(formPageOf(pathname)?.purpose ?? null).toBe(purpose)
  })

  it('should give every form page one pattern nginx reads too (no JavaScript-only syntax)', () => {
    for (const page of FORM_PAGES) {
      const pattern = formPagePattern(page)
      expect(pattern).toMatch(/^\^\/.*\$$/)
      expect(pattern).not.toMatch(/\(\?<|\\[dDwWsS]|\s/)
    }
  })

  it('should put the question as the label of the answer and escape what it prints', () => {
    const html = challengeFields({ question: '二十三加七等于几？<b>', token: 'a"b' })
    expect(html).toContain('<label for="challengeAnswer">验证题（必填）：二十三加七等于几？&lt;b&gt;</label>')
    expect(html).toContain('value="a&quot;b"')
    expect(html).toContain('name="challengeAnswer"')
    expect(challengePlaceholder('objection')).not.toContain('challengeToken')
  })
})
