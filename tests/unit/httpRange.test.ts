import { describe, expect, it } from 'vitest'
import { contentRange, decideRange, type RangeDecision } from '../../cms/http/rules/httpRange.ts'

const full: RangeDecision = { kind: 'full' }
const unsatisfiable: RangeDecision = { kind: 'unsatisfiable' }
const part = (start: number, end: number): RangeDecision => ({ kind: 'partial', start, end })

describe('decideRange on a 100-byte file', () => {
  it.each<[string | undefined, RangeDecision]>([
    [undefined, full],
    ['', full],
    ['bytes=0-9', part(0, 9)],
    ['bytes=0-0', part(0, 0)],
    ['bytes=99-99', part(99, 99)],
    ['bytes=10-', part(10, 99)],
    ['bytes=0-', part(0, 99)],
    ['bytes=90-200', part(90, 99)],
    ['BYTES=1-2', part(1, 2)],
    [' bytes=1-2 ', part(1, 2)],
    ['bytes=-10', part(90, 99)],
    ['bytes=-100', part(0, 99)],
    ['bytes=-5000', part(0, 99)],
    ['bytes=0-18446744073709551615', part(0, 99)],
    ['bytes=-18446744073709551615', part(0, 99)],
    ['bytes=100-', unsatisfiable],
    ['bytes=100-200', unsatisfiable],
    ['bytes=18446744073709551615-', unsatisfiable],
    ['bytes=-0', unsatisfiable],
    ['bytes=9-1', full],
    ['bytes=abc', full],
    ['bytes=a-b', full],
    ['bytes=-', full],
    ['bytes=0-1,5-6', full],
    ['bytes=0-1, 5-6', full],
    ['bytes=1.5-2', full],
    ['bytes=+1-2', full],
    ['bytes=1 -2', full],
    ['items=0-1', full],
    ['0-1', full],
  ])('should answer %j with %j', (header, expected) => {
    expect(decideRange(header, 100)).toEqual(expected)
  })
})

describe('decideRange on an empty file', () => {
  it.each<[string, RangeDecision]>([
    ['bytes=0-', unsatisfiable],
    ['bytes=0-0', unsatisfiable],
    ['bytes=-1', unsatisfiable],
    ['bytes=5-1', full],
  ])('should answer %j with %j', (header, expected) => {
    expect(decideRange(header, 0)).toEqual(expected)
  })
})

describe('contentRange', () => {
  it.each<[RangeDecision, string]>([
    [part(0, 9), 'bytes 0-9/100'],
    [part(99, 99), 'bytes 99-99/100'],
    [unsatisfiable, 'bytes */100'],
  ])('should describe %j as %s', (decision, expected) => {
    expect(contentRange(decision, 100)).toBe(expected)
  })
})
