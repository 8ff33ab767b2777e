import { describe, expect, it } from 'vitest'
import {
  bucketCount,
  groupBuckets,
  MANY_UNITS,
  MAX_BUCKETS,
  MIN_BUCKETS,
  NO_UNIT,
  searchGroupOf,
} from '../../publisher/rules/searchGroups.ts'

const page = (main: string, outside = '') =>
  `<html><body><nav>${outside}</nav><main>${main}</main><footer>${outside}</footer></body></html>`
const unit = (slug: string) => `<a href="/units/${slug}/">${slug}</a>`

describe('searchGroupOf', () => {
  it.each([
    ['one unit', page(`曝光 ${unit('street-1')}`), 'unit:street-1'],
    ['one unit twice', page(`${unit('street-1')} 又是 ${unit('street-1')}`), 'unit:street-1'],
    ['two units', page(`${unit('street-1')} ${unit('street-2')}`), MANY_UNITS],
    ['no unit', page('知识问答'), NO_UNIT],
    ['units outside <main> do not count', page('知识', unit('street-3')), NO_UNIT],
    ['a unit page of its own feed or a sub-path is not a unit link', page('<a href="/units/street-1/feed.json">x</a>'), NO_UNIT],
    ['no <main>: the whole page', `<p>${unit('street-4')}</p>`, 'unit:street-4'],
  ])('%s', (_, html, group) => {
    expect(searchGroupOf(html)).toBe(group)
  })
})

describe('bucketCount', () => {
  it.each([
    [1, MAX_BUCKETS],
    [157, MAX_BUCKETS],
    [500, MAX_BUCKETS],
    [1563, 5],
    [4000, MIN_BUCKETS],
    [100_000, MIN_BUCKETS],
  ])('%i pages per shard → %i buckets', (perShard, buckets) => {
    expect(bucketCount(perShard)).toBe(buckets)
  })
})

describe('groupBuckets', () => {
  it('should give each new group the next bucket, and a group always the same one', () => {
    const bucketOf = groupBuckets(3)
    expect(['a', 'b', 'a', 'c', 'd', 'b', 'e'].map(bucketOf)).toEqual([0, 1, 0, 2, 0, 1, 1])
  })
})
