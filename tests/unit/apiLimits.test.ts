import { describe, expect, it } from 'vitest'
import { capDepth, capLimit, capListQuery, PUBLIC_QUERY_LIMITS } from '../../cms/domain/apiLimits.ts'

describe('public query limits', () => {
  it('should cap pages at 100 documents and depth at 2', () => {
    expect(PUBLIC_QUERY_LIMITS).toEqual({ maxLimit: 100, maxDepth: 2 })
  })
})

describe('capDepth', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [10, 2],
    ['10', 2],
    [-1, 0],
    [1.7, 1],
    ['deep', 2],
  ] as const)('should turn depth %j into %j', (depth, expected) => {
    expect(capDepth(depth)).toBe(expected)
  })
})

describe('capLimit', () => {
  it.each([
    [undefined, undefined],
    [10, 10],
    [100, 100],
    [101, 100],
    [1000, 100],
    ['1000', 100],
    [0, 100],
    [-5, 100],
    ['all', 100],
    [12.5, 12],
  ] as const)('should turn limit %j into %j', (limit, expected) => {
    expect(capLimit(limit)).toBe(expected)
  })
})

describe('capListQuery', () => {
  it.each([
    [{}, { limit: undefined, depth: undefined, pagination: true }],
    [
      { limit: 0, depth: 10 },
      { limit: 100, depth: 2, pagination: true },
    ],
    [{ pagination: false }, { limit: 100, depth: undefined, pagination: true }],
    [
      { pagination: 'false', depth: 1 },
      { limit: 100, depth: 1, pagination: true },
    ],
    [
      { pagination: false, limit: 20 },
      { limit: 20, depth: undefined, pagination: true },
    ],
    [
      { limit: 1000, pagination: true },
      { limit: 100, depth: undefined, pagination: true },
    ],
    [
      { limit: 5, depth: 0 },
      { limit: 5, depth: 0, pagination: true },
    ],
  ] as const)('should cap %j to %j', (args, expected) => {
    expect(capListQuery(args)).toEqual(expected)
  })

  it('should not change its input', () => {
    const args = { limit: 0, depth: 10, pagination: false }
    capListQuery(args)
    expect(args).toEqual({ limit: 0, depth: 10, pagination: false })
  })
})
