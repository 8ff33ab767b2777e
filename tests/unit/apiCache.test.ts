import { describe, expect, it } from 'vitest'
import { type ApiRequestShape, apiCacheKey, invalidatesApiCache, isPublicReadPath } from '../../cms/http/rules/apiCache.ts'

const COLLECTIONS = ['bulletins', 'units']
const GLOBALS = ['site-identity']
const get = (url: string, extra: Partial<ApiRequestShape> = {}): ApiRequestShape => ({ method: 'GET', url, ...extra })

describe('apiCacheKey', () => {
  describe.each<[string, ApiRequestShape, string | null]>([
    ['an anonymous list', get('/api/bulletins?limit=20&depth=1'), '/api/bulletins?limit=20&depth=1'],
    ['an anonymous document', get('/api/bulletins/12?depth=1'), '/api/bulletins/12?depth=1'],
    ['a public global', get('/api/globals/site-identity'), '/api/globals/site-identity'],
    ['only the admin-language cookie', get('/api/units', { cookie: 'payload-lng=zh' }), '/api/units'],
    ['a HEAD request', { method: 'HEAD', url: '/api/bulletins' }, null],
    ['a POST', { method: 'POST', url: '/api/bulletins' }, null],
    ['a JWT in Authorization', get('/api/bulletins', { authorization: 'JWT abc' }), null],
    ['an API key', get('/api/bulletins', { authorization: 'users API-Key abc' }), null],
    ['a session cookie', get('/api/bulletins', { cookie: 'payload-lng=zh; payload-token=abc' }), null],
    ['any other cookie', get('/api/bulletins', { cookie: 'other=1' }), null],
    ['a cross-origin caller (CORS headers differ)', get('/api/bulletins', { origin: 'https://a.example' }), null],
    ['a draft read', get('/api/bulletins/12?draft=true'), null],
    ['a draft read spelled draft=false', get('/api/bulletins?draft=false'), null],
    ['a private collection', get('/api/users'), null],
    ['a private global', get('/api/globals/site-status'), null],
    ['an uploaded file', get('/api/media/file/a.jpg'), null],
    ['a sub-route of a document', get('/api/bulletins/12/review'), null],
    ['an empty path segment', get('/api/bulletins//12'), null],
    ['a URL longer than 2,000 characters', get(`/api/bulletins?where=${'x'.repeat(2_000)}`), null],
  ])('%s', (_name, request, expected) => {
    it(`should answer ${expected === null ? 'null' : 'its URL'}`, () => {
      expect(apiCacheKey(request, COLLECTIONS, GLOBALS)).toBe(expected)
    })
  })
})

describe('isPublicReadPath', () => {
  it('should accept only /api paths', () => {
    expect(isPublicReadPath('/bulletins', COLLECTIONS, GLOBALS)).toBe(false)
    expect(isPublicReadPath('/api/bulletins', COLLECTIONS, GLOBALS)).toBe(true)
  })
})

describe('invalidatesApiCache', () => {
  describe.each<[string, number, boolean]>([
    ['GET', 200, false],
    ['HEAD', 200, false],
    ['OPTIONS', 204, false],
    ['PATCH', 200, true],
    ['POST', 201, true],
    ['DELETE', 200, true],
    ['patch', 200, true],
    ['PATCH', 403, false],
    ['POST', 400, false],
  ])('%s answered %i', (method, status, expected) => {
    it(`should answer ${expected}`, () => {
      expect(invalidatesApiCache(method, status)).toBe(expected)
    })
  })
})
