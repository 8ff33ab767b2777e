import { describe, expect, it } from 'vitest'
import {
  CHANNEL_ENTRY,
  CHANNEL_ENTRY_LEVEL,
  checkEntry,
  checkPromotion,
  entryLevel,
  entryReason,
  LADDER,
  LADDER_LABELS,
  type LadderLevel,
  lowerLevel,
} from '../../cms/domain/ladder.ts'
import { goodPeople } from '../../seed/data/goodPeople.ts'

type Expect = { ok: true; steps: LadderLevel[] } | { ok: false; contains: string[] }

const ok = (...steps: LadderLevel[]): Expect => ({ ok: true, steps })
const no = (...contains: string[]): Expect => ({ ok: false, contains })
const skip = (from: string, to: string, next: string) => no(`不能从“${from}”跳级到“${to}”，必须先评上“${next}”`)
const down = (from: string, to: string) => no(`降级不允许：不能从“${from}”降到“${to}”`)

const B = '楼道（村组）'
const C = '社区（村）'
const S = '街道（乡镇）'
const D = '县区'
const M = '市级'

const TABLE: [LadderLevel, LadderLevel, Expect][] = [
  ['building', 'building', ok()],
  ['building', 'community', ok('community')],
  ['building', 'street', skip(B, S, C)],
  ['building', 'district', skip(B, D, C)],
  ['building', 'city', skip(B, M, C)],
  ['community', 'building', down(C, B)],
  ['community', 'community', ok()],
  ['community', 'street', ok('street')],
  ['community', 'district', skip(C, D, S)],
  ['community', 'city', skip(C, M, S)],
  ['street', 'building', down(S, B)],
  ['street', 'community', down(S, C)],
  ['street', 'street', ok()],
  ['street', 'district', ok('district')],
  ['street', 'city', skip(S, M, D)],
  ['district', 'building', down(D, B)],
  ['district', 'community', down(D, C)],
  ['district', 'street', down(D, S)],
  ['district', 'district', ok()],
  ['district', 'city', ok('city')],
  ['city', 'building', down(M, B)],
  ['city', 'community', down(M, C)],
  ['city', 'street', down(M, S)],
  ['city', 'district', down(M, D)],
  ['city', 'city', ok()],
]

describe('checkPromotion', () => {
  it('should cover every pair of levels', () => {
    const pairs = TABLE.map(([from, to]) => `${from}>${to}`)
    expect(new Set(pairs).size).toBe(LADDER.length * LADDER.length)
  })

  it.each(TABLE)('should judge %s → %s', (from, to, expected) => {
    const verdict = checkPromotion(from, to)
    if (expected.ok) {
      expect(verdict).toEqual({ ok: true, steps: expected.steps })
      return
    }
    expect(verdict.ok).toBe(false)
    const message = verdict.ok ? '' : verdict.message
    for (const part of expected.contains) expect(message).toContain(part)
    expect(message).toContain('/ ')
  })

  it('should name the skipped level in English too', () => {
    const verdict = checkPromotion('building', 'district')
    expect(verdict).toEqual({
      ok: false,
      message:
        '不能从“楼道（村组）”跳级到“县区”，必须先评上“社区（村）” / Cannot skip from Building (village group) to County or district; ' +
        'Community (village) must come first',
    })
  })
})

describe('LADDER_LABELS', () => {
  it.each([
    ['building', B, 'Building (village group)'],
    ['community', C, 'Community (village)'],
    ['street', S, 'Street (township)'],
    ['district', D, 'County or district'],
    ['city', M, 'City'],
  ] as [LadderLevel, string, string][])('should label %s as %s / %s', (level, zh, en) => {
    expect(LADDER_LABELS[level]).toEqual({ zh, en })
  })
})

describe('entry levels', () => {
  it.each([
    ['residents', 'building'],
    ['workplace', 'community'],
    ['school', 'community'],
    ['organisation', 'community'],
    ['media', 'district'],
    ['internet', 'district'],
    ['unknown', 'building'],
    [undefined, 'building'],
  ])('should let a nomination from %s enter at %s by default', (channel, level) => {
    expect(entryLevel(channel)).toBe(level)
  })

  it('should give every channel an entry level that is not always the bottom', () => {
    expect(Object.keys(CHANNEL_ENTRY_LEVEL)).toHaveLength(6)
    expect(new Set(Object.values(CHANNEL_ENTRY_LEVEL)).size).toBeGreaterThan(1)
  })

  it.each([
    ['district', 'street', 'street'],
    ['building', 'city', 'building'],
    ['community', 'community', 'community'],
  ] as [LadderLevel, LadderLevel, LadderLevel][])('should take the lower of %s and %s: %s', (a, b, lower) => {
    expect(lowerLevel(a, b)).toBe(lower)
  })

  it('should refuse an unknown level', () => {
    expect(checkPromotion('building', 'galaxy' as LadderLevel).ok).toBe(false)
  })
})

describe('CHANNEL_ENTRY: the one table of entry levels', () => {
  it.each([
    ['residents', 'building', '群众推荐从楼道（村组）起评'],
    ['workplace', 'community', '单位推荐从社区（村）起评'],
    ['organisation', 'community', '群团组织推荐从社区（村）起评'],
    ['school', 'community', '学校推荐从社区（村）起评'],
    ['media', 'district', '媒体推荐从县区起评：媒体报道不来自某个楼道或社区，没有基层推荐人'],
    ['internet', 'district', '网络推荐从县区起评：网络民众推荐没有基层推荐人'],
  ])('should let %s enter at %s and say why', (channel, level, reason) => {
    expect(CHANNEL_ENTRY_LEVEL[channel as keyof typeof CHANNEL_ENTRY_LEVEL]).toBe(level)
    expect(entryReason(channel)).toContain(reason)
    expect(CHANNEL_ENTRY[channel as keyof typeof CHANNEL_ENTRY].reason.en.length).toBeGreaterThan(20)
  })

  it('should give no reason for an unknown channel', () => {
    expect(entryReason('pigeon')).toBeNull()
  })
})

describe('checkEntry: a new nominee enters at its channel entry level only', () => {
  const levels = [...LADDER]
  const cases = Object.keys(CHANNEL_ENTRY).flatMap((channel) =>
    levels.map((level) => [channel, level, level === entryLevel(channel)] as const),
  )
  it.each(cases)('should judge %s entering at %s: allowed %s', (channel, level, allowed) => {
    const verdict = checkEntry(channel, level)
    if (allowed) {
      expect(verdict).toEqual({ ok: true, steps: [level] })
      return
    }
    const entry = LADDER_LABELS[entryLevel(channel)]
    expect(verdict.ok).toBe(false)
    const message = verdict.ok ? '' : verdict.message
    expect(message).toContain(`新推荐人选的“当前层级”（level）只能是“${entry.zh}”`)
    expect(message).toContain(`请选“${entry.zh}”或留空`)
    expect(message).toContain(`must be ${entry.en}`)
  })

  it.each([
    ['residents', null, 'building'],
    ['media', undefined, 'district'],
    ['school', null, 'community'],
  ] as const)('should put a %s nominee without a level at its entry level', (channel, level, expected) => {
    expect(checkEntry(channel, level)).toEqual({ ok: true, steps: [expected] })
  })

  it('should name the channel in the refusal of a media nominee at 市级', () => {
    expect(checkEntry('media', 'city')).toEqual({
      ok: false,
      message:
        '新推荐人选的“当前层级”（level）只能是“县区”：媒体推荐从“县区”起评，此后逐级推选；请选“县区”或留空 / ' +
        "A new nominee's level must be County or district: Media nominations enter there, then rise one level at a time",
    })
  })
})

describe('seed nominees', () => {
  it.each(goodPeople.map((person) => [person.slug, person.channel, person.level] as const))(
    'should have %s (%s) at or above its channel entry level (%s reached)',
    (_, channel, level) => {
      expect(LADDER.indexOf(level)).toBeGreaterThanOrEqual(LADDER.indexOf(entryLevel(channel)))
    },
  )

  it('should seed every channel of the entry table', () => {
    expect(new Set(goodPeople.map((person) => person.channel))).toEqual(new Set(Object.keys(CHANNEL_ENTRY)))
  })
})
