import { describe, expect, it } from 'vitest'
import { type ApiShape, matchEndpoint, routeRefusal } from '../../cms/http/rules/apiRoutes.ts'

describe('matchEndpoint', () => {
  it.each([
    ['/', [], {}],
    ['/', ['x'], null],
    ['/:id', ['12'], { id: '12' }],
    ['/:id', [], null],
    ['/versions/:id', ['versions', '3'], { id: '3' }],
    ['/versions', ['versions', '3'], null],
    ['/access/:id?', ['access'], {}],
    ['/access/:id?', ['access', '4'], { id: '4' }],
    ['/:id/review/:action', ['7', 'review', 'approve'], { id: '7', action: 'approve' }],
    ['/:id/export.csv', ['7', 'export.csv'], { id: '7' }],
    ['/files/*', ['files', 'a'], null],
  ])('should match %s against %j as %j', (pattern, segments, expected) => {
    expect(matchEndpoint(pattern, segments)).toEqual(expected)
  })
})

const COLLECTION_ENDPOINTS = [
  { method: 'get', path: '/me' },
  { method: 'get', path: '/versions' },
  { method: 'get', path: '/:id' },
  { method: 'get', path: '/versions/:id' },
  { method: 'post', path: '/versions/:id' },
  { method: 'delete', path: '/:key' },
]
const shape: ApiShape = {
  idType: 'number',
  collections: {
    bulletins: { versions: true, endpoints: COLLECTION_ENDPOINTS },
    media: { versions: false, endpoints: COLLECTION_ENDPOINTS },
    'payload-migrations': { versions: false, endpoints: false },
    'payload-preferences': { versions: false, endpoints: COLLECTION_ENDPOINTS, closed: [{ method: 'delete', path: '/:key' }] },
  },
  globals: {
    'site-identity': {
      versions: false,
      endpoints: [
        { method: 'get', path: '/versions' },
        { method: 'get', path: '/versions/:id' },
      ],
    },
    'site-status': { versions: true, endpoints: [{ method: 'get', path: '/versions/:id' }] },
  },
}

describe('routeRefusal', () => {
  it.each([
    ['GET', ['bulletins'], null],
    ['GET', ['bulletins', '12'], null],
    ['GET', ['bulletins', 'me'], null],
    ['GET', ['bulletins', 'status'], 404],
    ['GET', ['bulletins', 'versions'], null],
    ['GET', ['bulletins', 'versions', '3'], null],
    ['POST', ['bulletins', 'versions', 'x'], 404],
    ['GET', ['media', 'versions'], 404],
    ['GET', ['media', 'versions', '25'], 404],
    ['GET', ['media', '0'], 404],
    ['GET', ['payload-migrations'], 404],
    ['DELETE', ['payload-preferences', 'nav'], 405],
    ['GET', ['globals', 'site-identity', 'versions'], 404],
    ['GET', ['globals', 'site-status', 'versions', 'x'], 404],
    ['GET', ['globals', 'site-status', 'versions', '2'], null],
    ['GET', ['unknown', 'x'], null],
    ['GET', ['globals', 'unknown', 'versions'], null],
    ['GET', [], null],
  ])('should answer %s /api/%j with %s', (method, segments, status) => {
    expect(routeRefusal(shape, method, segments)?.status ?? null).toBe(status)
  })

  it('should accept text ids on MongoDB', () => {
    expect(routeRefusal({ ...shape, idType: 'text' }, 'GET', ['media', 'versions'])?.status).toBe(404)
    expect(routeRefusal({ ...shape, idType: 'text' }, 'GET', ['bulletins', '65f1c0ffee0000000000abcd'])).toBeNull()
  })
})
