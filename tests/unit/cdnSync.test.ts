import { describe, expect, it } from 'vitest'
import {
  cacheControlFor,
  contentTypeFor,
  IMMUTABLE,
  planSync,
  REVALIDATE,
  type RemoteObject,
  type SiteFile,
} from '../../publisher/rules/cdnSync.ts'

const file = (path: string, md5 = 'aa', size = 1): SiteFile => ({ path, md5, size })
const object = (key: string, md5 = 'aa', size = 1): RemoteObject => ({ key, etag: `"${md5}"`, size })

describe('cacheControlFor and contentTypeFor', () => {
  it.each([
    ['index.html', REVALIDATE, 'text/html; charset=utf-8'],
    ['bulletins/a/index.html', REVALIDATE, 'text/html; charset=utf-8'],
    ['rss.xml', REVALIDATE, 'application/xml; charset=utf-8'],
    ['feed.json', REVALIDATE, 'application/json; charset=utf-8'],
    ['robots.txt', REVALIDATE, 'text/plain; charset=utf-8'],
    ['pagefind/pagefind.js', REVALIDATE, 'text/javascript; charset=utf-8'],
    ['pagefind/wasm.zh.pagefind', REVALIDATE, 'application/octet-stream'],
    ['_astro/index.B1x2.css', IMMUTABLE, 'text/css; charset=utf-8'],
    ['_astro/client.Ab3.js', IMMUTABLE, 'text/javascript; charset=utf-8'],
    ['media/photo.webp', IMMUTABLE, 'image/webp'],
    ['media/notice.PDF', IMMUTABLE, 'application/pdf'],
    ['favicon.svg', REVALIDATE, 'image/svg+xml'],
    ['LICENSE', REVALIDATE, 'application/octet-stream'],
    ['.well-known/x', REVALIDATE, 'application/octet-stream'],
  ])('should store %s with %s and %s', (path, cacheControl, contentType) => {
    expect(cacheControlFor(path)).toBe(cacheControl)
    expect(contentTypeFor(path)).toBe(contentType)
  })
})

describe('planSync', () => {
  it.each<[string, SiteFile[], RemoteObject[], string, string[], string[], number]>([
    ['an empty bucket gets everything', [file('index.html'), file('_astro/a.css')], [], '', ['_astro/a.css', 'index.html'], [], 0],
    ['an equal bucket gets nothing', [file('index.html', 'ab', 3)], [object('index.html', 'ab', 3)], '', [], [], 1],
    ['a changed MD5 is uploaded', [file('index.html', 'bb')], [object('index.html', 'aa')], '', ['index.html'], [], 0],
    ['a changed size is uploaded', [file('feed.json', 'aa', 2)], [object('feed.json', 'aa', 1)], '', ['feed.json'], [], 0],
    ['ETags compare without quotes and case', [file('a.txt', 'ABCD')], [{ key: 'a.txt', etag: '"abcd"', size: 1 }], '', [], [], 1],
    ['a multipart ETag never matches', [file('media/big.pdf', 'aa')], [object('media/big.pdf', 'aa-2')], '', ['media/big.pdf'], [], 0],
    [
      'files that left are deleted',
      [file('index.html')],
      [object('index.html'), object('old/index.html'), object('_astro/x.js')],
      '',
      [],
      ['_astro/x.js', 'old/index.html'],
      1,
    ],
    [
      'a prefix is put before every key',
      [file('index.html'), file('a.css')],
      [object('site/index.html'), object('site/gone.html')],
      'site',
      ['site/a.css'],
      ['site/gone.html'],
      1,
    ],
  ])('should plan: %s', (_name, files, remote, prefix, uploads, deletes, unchanged) => {
    const plan = planSync(files, remote, prefix)
    expect(plan.uploads.map((upload) => upload.key)).toEqual(uploads)
    expect(plan.deletes).toEqual(deletes)
    expect(plan.unchanged).toBe(unchanged)
  })

  it('should upload assets before pages, each with its headers', () => {
    const plan = planSync([file('index.html'), file('media/p.jpg'), file('_astro/a.js'), file('rss.xml')], [])
    expect(plan.uploads).toEqual([
      { path: '_astro/a.js', key: '_astro/a.js', contentType: 'text/javascript; charset=utf-8', cacheControl: IMMUTABLE },
      { path: 'media/p.jpg', key: 'media/p.jpg', contentType: 'image/jpeg', cacheControl: IMMUTABLE },
      { path: 'rss.xml', key: 'rss.xml', contentType: 'application/xml; charset=utf-8', cacheControl: REVALIDATE },
      { path: 'index.html', key: 'index.html', contentType: 'text/html; charset=utf-8', cacheControl: REVALIDATE },
    ])
  })

  it('should not change its inputs', () => {
    const files = [file('b.html'), file('a.html')]
    const remote = [object('z'), object('y')]
    planSync(files, remote)
    expect(files.map((f) => f.path)).toEqual(['b.html', 'a.html'])
    expect(remote.map((o) => o.key)).toEqual(['z', 'y'])
  })
})
