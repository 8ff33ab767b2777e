import { describe, expect, it } from 'vitest'
import {
  type AttemptOutcome,
  afterAttempt,
  confirmsHolder,
  DEFAULT_LEASE_TIMING,
  type LeaseRow,
  type LeaseState,
  mayTake,
  WAITING,
} from '../../publisher/rules/builderLease.ts'

const NOW = new Date('2026-12-01T08:00:00.000Z')
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000)
const row = (holder: string | null, expiresInSeconds: number | null): LeaseRow => ({
  holder,
  expiresAt: expiresInSeconds === null ? null : at(expiresInSeconds).toISOString(),
})

describe('mayTake', () => {
  describe.each<[string, LeaseRow | null, boolean]>([
    ['no lease row yet', null, true],
    ['a released lease (no holder)', row(null, -100), true],
    ['my own valid lease', row('me', 20), true],
    ['my own expired lease', row('me', -5), true],
    ["another's valid lease", row('other', 20), false],
    ["another's lease expiring this very millisecond", row('other', 0), false],
    ["another's expired lease", row('other', -1), true],
    ["another's lease without an expiry", row('other', null), true],
  ])('%s', (_name, lease, expected) => {
    it(`should answer ${expected}`, () => {
      expect(mayTake(lease, 'me', NOW)).toBe(expected)
    })
  })
})

describe('confirmsHolder', () => {
  describe.each<[string, LeaseRow | null, boolean]>([
    ['nothing written', null, false],
    ['mine and valid', row('me', 30), true],
    ['mine but expired', row('me', -1), false],
    ["another's", row('other', 30), false],
  ])('%s', (_name, lease, expected) => {
    it(`should answer ${expected}`, () => {
      expect(confirmsHolder(lease, 'me', NOW)).toBe(expected)
    })
  })
})

describe('afterAttempt', () => {
  const holding: LeaseState = { kind: 'holding', actUntil: at(10) }
  const won: AttemptOutcome = { kind: 'won', expiresAt: at(30) }
  describe.each<[string, LeaseState, AttemptOutcome, Date, string, LeaseState['kind']]>([
    ['waiting, the lease is won', WAITING, won, NOW, 'acquired', 'holding'],
    ['waiting, another holds it', WAITING, { kind: 'refused' }, NOW, 'waiting', 'waiting'],
    ['waiting, the database fails', WAITING, { kind: 'error' }, NOW, 'waiting', 'waiting'],
    ['holding, renewed', holding, won, NOW, 'renewed', 'holding'],
    ['holding, another took it', holding, { kind: 'refused' }, NOW, 'lost', 'waiting'],
    ['holding, the database fails while the lease is safely valid', holding, { kind: 'error' }, at(5), 'kept', 'holding'],
    ['holding, the database fails past the safe time', holding, { kind: 'error' }, at(10), 'lost', 'waiting'],
  ])('%s', (_name, state, outcome, now, event, kind) => {
    it(`should report ${event} and be ${kind}`, () => {
      const next = afterAttempt(state, outcome, now)
      expect(next.event).toBe(event)
      expect(next.state.kind).toBe(kind)
    })
  })

  it('should stop acting a safety margin before the written expiry', () => {
    const next = afterAttempt(WAITING, won, NOW)
    expect(next.state).toEqual({ kind: 'holding', actUntil: new Date(at(30).getTime() - DEFAULT_LEASE_TIMING.safetyMs) })
  })

  it('should not change the state it was given', () => {
    const state: LeaseState = { kind: 'holding', actUntil: at(10) }
    afterAttempt(state, { kind: 'refused' }, NOW)
    expect(state).toEqual({ kind: 'holding', actUntil: at(10) })
  })
})
