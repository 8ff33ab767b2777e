import { describe, expect, it } from 'vitest'
import { capGroup, firstOfEachKey, followerOutcome, netSlotOf, planSlots, slotNumber } from '../../cms/domain/surveys/index.ts'
import { BatchFailed, groupCommit, groupCommitPer } from '../../cms/groupCommit.ts'

describe('planSlots (the lowest free slots of each network, below the cap)', () => {
  it.each([
    ['no slot taken', ['a', 'a', 'b'], {}, 3, [0, 1, 0]],
    ['skips taken slots', ['a', 'a'], { a: [0, 2] }, 4, [1, 3]],
    ['null beyond the cap', ['a', 'a', 'a'], { a: [0] }, 2, [1, null, null]],
    ['a full network', ['a', 'b'], { a: [0, 1] }, 2, [null, 0]],
    ['a gap is used first', ['a'], { a: [1] }, 3, [0]],
    ['cap 0', ['a'], {}, 0, [null]],
  ] as const)('%s', (_, groups, taken, cap, expected) => {
    const map = new Map(Object.entries(taken).map(([group, slots]) => [group, new Set<number>(slots)]))
    expect(planSlots(groups, map, cap)).toEqual(expected)
  })
})

describe('firstOfEachKey and followerOutcome (one browser, several posts in one batch)', () => {
  it('should plan the first post of each browser and make the others follow it', () => {
    const { firsts, followerOf } = firstOfEachKey(['x', 'y', 'x', 'z', 'x'])
    expect(firsts).toEqual([0, 1, 3])
    expect([...followerOf]).toEqual([
      [2, 0],
      [4, 0],
    ])
  })
  it.each([
    ['stored', 'duplicate'],
    ['duplicate', 'duplicate'],
    ['full', 'full'],
  ] as const)('a first that was %s → %s', (first, follower) => {
    expect(followerOutcome(first)).toBe(follower)
  })
})

describe('netSlotOf / slotNumber / capGroup', () => {
  it('should round-trip the slot and keep the stored key format', () => {
    expect(netSlotOf(7, 'abc', 12)).toBe('7|abc|12')
    expect(slotNumber('7|abc|12')).toBe(12)
    expect(slotNumber('garbage')).toBeNull()
    expect(netSlotOf(7, 'abc', 3).startsWith(`${capGroup(7, 'abc')}|`)).toBe(true)
  })
})

describe('groupCommit', () => {
  it('should hand items arriving together to one flush and answer each its own outcome', async () => {
    const flushes: number[][] = []
    const add = groupCommit<number, number>({
      maxItems: 10,
      maxWaitMs: 5,
      flush: async (items) => {
        flushes.push(items)
        return items.map((item) => item * 2)
      },
    })
    expect(await Promise.all([1, 2, 3].map(add))).toEqual([2, 4, 6])
    expect(flushes).toEqual([[1, 2, 3]])
  })

  it('should flush at maxItems, one flush at a time, and put what arrives meanwhile into the next', async () => {
    const flushes: number[][] = []
    let running = 0
    let most = 0
    const add = groupCommit<number, number>({
      maxItems: 3,
      maxWaitMs: 1000,
      flush: async (items) => {
        running++
        most = Math.max(most, running)
        flushes.push(items)
        await new Promise((resolve) => setTimeout(resolve, 5))
        running--
        return items
      },
    })
    expect(await Promise.all([1, 2, 3, 4, 5, 6, 7].map(add))).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(flushes).toEqual([[1, 2, 3], [4, 5, 6], [7]])
    expect(most).toBe(1)
  })

  it('should fail exactly the items of a flush that throws with BatchFailed, and go on with the next', async () => {
    let calls = 0
    const add = groupCommit<string, string>({
      maxItems: 2,
      maxWaitMs: 1,
      flush: async (items) => {
        calls++
        if (calls === 1) throw new Error('disk full')
        return items.map((item) => `ok ${item}`)
      },
    })
    const results = await Promise.allSettled(['a', 'b', 'c'].map(add))
    expect(results.slice(0, 2).map((r) => r.status)).toEqual(['rejected', 'rejected'])
    const reason = (results[0] as PromiseRejectedResult).reason
    expect(reason).toBeInstanceOf(BatchFailed)
    expect(String(reason.message)).toContain('disk full')
    expect(results[2]).toEqual({ status: 'fulfilled', value: 'ok c' })
  })

  it('should fail a flush that answers the wrong number of outcomes', async () => {
    const add = groupCommit<number, number>({ maxItems: 5, maxWaitMs: 1, flush: async () => [1] })
    const results = await Promise.allSettled([1, 2].map(add))
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof BatchFailed)).toBe(true)
  })
})

describe('groupCommitPer', () => {
  it('should keep one queue per owner: items of two owners never share a flush', async () => {
    const flushes: string[][] = []
    const add = groupCommitPer((owner: { name: string }) => ({
      maxItems: 10,
      maxWaitMs: 5,
      flush: async (items: number[]) => {
        flushes.push(items.map((item) => `${owner.name}${item}`))
        return items.map((item) => item * 10)
      },
    }))
    const a = { name: 'a' }
    const b = { name: 'b' }
    expect(await Promise.all([add(a, 1), add(b, 2), add(a, 3)])).toEqual([10, 20, 30])
    expect(flushes.sort()).toEqual([['a1', 'a3'], ['b2']])
  })
})
