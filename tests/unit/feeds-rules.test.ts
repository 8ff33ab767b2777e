import { describe, expect, it } from 'vitest'
import { episodeEvents, exposureEvents, feedDates, instantOf } from '../../cms/domain/feeds/feedDates.ts'
import { backfilledFeedId, isFeedId, keptFeedId, keptFirstPublished, newFeedId } from '../../cms/domain/feeds/feedIdentity.ts'
import { FEED_HEADERS, feedHeaders, isFeedPath, notModified } from '../../cms/http/rules/feedHeaders.ts'
import { feedLastChange, isFeedFile } from '../../publisher/rules/feedTimes.ts'

const NOW = new Date('2026-06-10T04:00:00.000Z')
const UUID = '1b4e28ba-2fa1-11d2-883f-0016d3cca427'
const OTHER = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'

describe('feed GUIDs (cms/domain/feeds/feedIdentity.ts)', () => {
  it.each([
    ['create: always a fresh one, whatever was sent', 'create', newFeedId(OTHER), newFeedId(UUID), newFeedId(UUID)],
    ['update: the stored one is kept', 'update', newFeedId(OTHER), newFeedId(UUID), newFeedId(OTHER)],
    [
      'update: a frozen legacy GUID is kept',
      'update',
      'https://old.example.cn/_id/exposures/7',
      newFeedId(UUID),
      'https://old.example.cn/_id/exposures/7',
    ],
    ['update of a document without one: a fresh one once', 'update', null, newFeedId(UUID), newFeedId(UUID)],
    ['update with garbage stored: a fresh one', 'update', 'x', newFeedId(UUID), newFeedId(UUID)],
  ] as const)('should keep the GUID on %s', (_case, operation, stored, fresh, expected) => {
    expect(keptFeedId({ operation, stored, fresh })).toBe(expected)
  })

  it('should make urn:uuid GUIDs and freeze the address partners already had on backfill', () => {
    expect(newFeedId(UUID.toUpperCase())).toBe(`urn:uuid:${UUID}`)
    expect(isFeedId(newFeedId(UUID))).toBe(true)
    expect(backfilledFeedId({ siteUrl: 'https://wm.example.cn', collection: 'exposures', id: 42, fresh: newFeedId(UUID) })).toBe(
      'https://wm.example.cn/_id/exposures/42',
    )
    expect(backfilledFeedId({ siteUrl: undefined, collection: 'exposures', id: 42, fresh: newFeedId(UUID) })).toBe(newFeedId(UUID))
  })

  it.each([
    ['first publish sets it', null, 'published', NOW.toISOString()],
    ['a draft does not', null, 'draft', null],
    ['a later publish keeps the first', '2026-01-01T00:00:00.000Z', 'published', '2026-01-01T00:00:00.000Z'],
    ['unpublishing keeps it', '2026-01-01T00:00:00.000Z', 'draft', '2026-01-01T00:00:00.000Z'],
  ] as const)('should record the first publish once: %s', (_case, stored, status, expected) => {
    expect(keptFirstPublished({ stored, status, now: NOW })).toBe(expected)
  })
})

describe('feed dates (cms/domain/feeds/feedDates.ts)', () => {
  const facts = { date: null, firstPublishedAt: null, fallback: '2026-01-05T00:00:00.000Z', events: [] as string[] }
  it.each([
    ['a China day is its midnight in China', { ...facts, date: '2026-03-10' }, '2026-03-09T16:00:00.000Z', '2026-03-09T16:00:00.000Z'],
    [
      'no date: the first publish',
      { ...facts, firstPublishedAt: '2026-02-01T08:00:00.000Z' },
      '2026-02-01T08:00:00.000Z',
      '2026-02-01T08:00:00.000Z',
    ],
    ['neither: the fallback', facts, '2026-01-05T00:00:00.000Z', '2026-01-05T00:00:00.000Z'],
    [
      'a later event moves updated',
      { ...facts, date: '2026-03-10', events: ['2026-04-01T02:00:00.000Z'] },
      '2026-03-09T16:00:00.000Z',
      '2026-04-01T02:00:00.000Z',
    ],
    [
      'an event before published never moves it back',
      { ...facts, date: '2026-03-10', events: ['2026-03-01'] },
      '2026-03-09T16:00:00.000Z',
      '2026-03-09T16:00:00.000Z',
    ],
    [
      'a future event is not counted yet',
      { ...facts, date: '2026-03-10', events: ['2026-07-01'] },
      '2026-03-09T16:00:00.000Z',
      '2026-03-09T16:00:00.000Z',
    ],
    [
      'empty and invalid events are ignored',
      { ...facts, date: '2026-03-10', events: ['', 'x'] },
      '2026-03-09T16:00:00.000Z',
      '2026-03-09T16:00:00.000Z',
    ],
  ] as const)('should date: %s', (_case, input, published, updated) => {
    expect(feedDates(input, NOW)).toEqual({ published, updated })
  })

  it('should not re-date a good person or a knowledge item on an edit (no events: the first publish stays)', () => {
    const edited = { date: null, firstPublishedAt: '2026-02-01T08:00:00.000Z', fallback: '2026-06-09T00:00:00.000Z', events: [] }
    expect(feedDates(edited, NOW)).toEqual({ published: '2026-02-01T08:00:00.000Z', updated: '2026-02-01T08:00:00.000Z' })
  })

  it.each([
    ['nothing happened', { history: [], rectifiedAt: null, supervision: null, deadline: '2026-06-20', overdue: false }, []],
    [
      'a status change and the rectification',
      {
        history: [{ at: '2026-05-02T03:00:00.000Z' }],
        rectifiedAt: '2026-05-03',
        supervision: null,
        deadline: '2026-05-10',
        overdue: false,
      },
      ['2026-05-02T03:00:00.000Z', '2026-05-03'],
    ],
    [
      'a 督办单 issued and closed',
      {
        history: [],
        rectifiedAt: null,
        supervision: { issuedAt: '2026-05-04', verifiedAt: '2026-05-20' },
        deadline: '2026-05-10',
        overdue: false,
      },
      ['2026-05-04', '2026-05-20'],
    ],
    [
      'the deadline passed unrectified: the next China day',
      { history: [], rectifiedAt: null, supervision: null, deadline: '2026-05-10', overdue: true },
      ['2026-05-11'],
    ],
  ] as const)('should list an exposure’s events: %s', (_case, input, expected) => {
    expect(exposureEvents(input).filter(Boolean)).toEqual(expected)
  })

  it('should move an exposure’s updated date when its status changes, and a TV episode’s with a new follow-up', () => {
    const found = { date: '2026-05-01', firstPublishedAt: null, fallback: '2026-05-01', events: [] }
    const rectified = exposureEvents({
      history: [{ at: '2026-05-06T01:00:00.000Z' }],
      rectifiedAt: '2026-05-06',
      supervision: null,
      deadline: '2026-05-08',
      overdue: false,
    })
    expect(feedDates({ ...found, events: rectified }, NOW).updated).toBe('2026-05-06T01:00:00.000Z')
    const episode = episodeEvents([
      { followUps: [{ date: '2026-05-20' }] },
      { followUps: [{ date: '2026-06-01' }, { date: '2026-05-25' }] },
    ])
    expect(feedDates({ ...found, events: episode }, NOW).updated).toBe(instantOf('2026-06-01'))
  })
})

describe('feed HTTP rules (cms/http/rules/feedHeaders.ts)', () => {
  it.each([
    ['/rss.xml', true],
    ['/feed.json', true],
    ['/tv/rss.xml', true],
    ['/units/zhongshan/feed.json', true],
    ['/tv/', false],
    ['/rss.xml.bak', false],
    ['/media/feed.json.png', false],
  ])('should know %s is a feed: %s', (pathname, expected) => {
    expect(isFeedPath(pathname)).toBe(expected)
    expect(feedHeaders(pathname)).toEqual(expected ? FEED_HEADERS : {})
  })

  const file = { etag: 'W/"120-1780000000000"', lastModified: new Date('2026-06-01T08:00:00.500Z') }
  it.each([
    ['no validator', {}, false],
    ['the same ETag', { ifNoneMatch: file.etag }, true],
    ['the ETag among others', { ifNoneMatch: '"a", W/"120-1780000000000"' }, true],
    ['the strong form of the weak ETag', { ifNoneMatch: '"120-1780000000000"' }, true],
    ['another ETag, even with a later date', { ifNoneMatch: '"x"', ifModifiedSince: 'Mon, 01 Jun 2026 09:00:00 GMT' }, false],
    ['If-Modified-Since equal (whole seconds)', { ifModifiedSince: 'Mon, 01 Jun 2026 08:00:00 GMT' }, true],
    ['If-Modified-Since later', { ifModifiedSince: 'Tue, 02 Jun 2026 08:00:00 GMT' }, true],
    ['If-Modified-Since earlier', { ifModifiedSince: 'Mon, 01 Jun 2026 07:59:59 GMT' }, false],
    ['an invalid date', { ifModifiedSince: 'yesterday' }, false],
  ] as const)('should answer 304 or not: %s', (_case, request, expected) => {
    expect(notModified(request, file)).toBe(expected)
  })
})

describe('feed file times (publisher/rules/feedTimes.ts)', () => {
  it('should read an RSS feed’s last change from lastBuildDate, a JSON Feed’s from its newest date_modified', () => {
    const rss = '<rss><channel><lastBuildDate>Mon, 01 Jun 2026 08:00:00 GMT</lastBuildDate><item><title>a</title></item></channel></rss>'
    expect(feedLastChange('tv/rss.xml', rss)?.toISOString()).toBe('2026-06-01T08:00:00.000Z')
    const json = JSON.stringify({ items: [{ date_modified: '2026-05-01T00:00:00.000Z' }, { date_modified: '2026-06-02T00:00:00.000Z' }] })
    expect(feedLastChange('units/a/feed.json', json)?.toISOString()).toBe('2026-06-02T00:00:00.000Z')
    expect(feedLastChange('feed.json', '{"items":[]}')).toBeNull()
    expect(
      feedLastChange('rss.xml', '<rss><channel><lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate></channel></rss>'),
    ).toBeNull()
    expect(feedLastChange('feed.json', 'not json')).toBeNull()
    expect([isFeedFile('rss.xml'), isFeedFile('units/a/feed.json'), isFeedFile('tv/index.html')]).toEqual([true, true, false])
  })
})
