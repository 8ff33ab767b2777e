/**
 * Malformed API requests, generated from a seed so a failure can be replayed: every collection and
 * global of cms/slugs.ts (whose public types come from the content-type table, so a new type is fuzzed without touching this file), their `/versions`
 * endpoints, the custom endpoints, and GraphQL with random query strings and bodies. Used by the
 * fuzz in tests/e2e/attacks.test.ts (real server) and tests/int/api-fuzz.test.ts (in process).
 */
import { globalSlugs, slugs } from '../../cms/slugs.ts'

export type FuzzRequest = {
  method: string
  /** Path under the origin, starting with /api. */
  path: string
  /** Query string without `?` (may be empty). */
  query: string
  headers: Record<string, string>
  body?: string | Uint8Array
  /** Which token to send (the caller maps it to a real JWT), or none. */
  as: 'anonymous' | 'admin' | 'editor' | 'liaison'
}

/** Payload's own collections and globals, beside ours. */
const PAYLOAD_COLLECTIONS = ['payload-jobs', 'payload-preferences', 'payload-locked-documents', 'payload-migrations', 'payload-kv']
const PAYLOAD_GLOBALS = ['payload-jobs-stats']

export const COLLECTION_SLUGS: readonly string[] = [...Object.values(slugs), ...PAYLOAD_COLLECTIONS]
export const GLOBAL_SLUGS: readonly string[] = [...Object.values(globalSlugs), ...PAYLOAD_GLOBALS]

const IDS = [
  '1',
  '2',
  '3',
  '7',
  '25',
  '0',
  '-1',
  'x',
  '1e99',
  '0x10',
  '99999999999999999999',
  '%00',
  '%20',
  '65f1c0ffee0000000000abcd',
  '1.5',
]
const ACTIONS = ['submit', 'approve', 'reject', 'issue', 'verify', 'return', 'x', '%2e%2e']

/** `{id}` and `{action}` are filled in per request. */
const COLLECTION_SUFFIXES = [
  '',
  '/{id}',
  '/versions',
  '/versions/{id}',
  '/versions/{id}',
  '/count',
  '/access',
  '/access/{id}',
  '/{id}/x',
  '/me',
  '/login',
  '/logout',
  '/refresh-token',
  '/unlock',
  '/forgot-password',
  '/reset-password',
  '/first-register',
  '/init',
  '/verify/{id}',
  '/%2e%2e',
  `/${'x'.repeat(300)}`,
  '/{id}/review/{action}',
  '/{id}/supervision/{action}',
  '/{id}/endorse',
  '/{id}/endorsements',
  '/{id}/objection',
  '/submit',
  '/status',
  '/{id}/convert',
  '/{id}/import/preview',
  '/{id}/import/commit',
  '/{id}/export.csv',
  '/{id}/export.xlsx',
  '/quiz',
]
const GLOBAL_SUFFIXES = ['', '', '/access', '/versions', '/versions', '/versions/{id}', '/versions/{id}', '/rebuild', '/x']
const ROOT_PATHS = ['/api/workbench/summary', '/api/audit/export.csv', '/api/access', '/api/og', '/api', '/api/', '/api/globals', '/api/x']

/** Query parameters as attackers and broken clients send them. */
const QUERIES = [
  'limit=-1',
  'limit=1e9',
  'limit=abc',
  'limit=',
  'limit[]=1',
  'limit[x]=1',
  'limit=1.5',
  'limit=0x10',
  'depth=999',
  'depth=-5',
  'depth=abc',
  'depth[x]=1',
  'page=NaN',
  'page=-1',
  'page=0',
  'page=1e20',
  'page[]=2',
  'page[x]=1',
  'page=abc',
  'sort=-__proto__',
  'sort=%00',
  'sort[]=title',
  'sort[x]=1',
  'sort=a,,b',
  'sort=-',
  'where[title][like]=%25',
  'where[and][0][or]=x',
  'where[and]=x',
  'where[or][0]=1',
  'where[__proto__][polluted]=1',
  'where[id][in]=a,b,c',
  'where[id][equals]=x',
  'where[unit.parent.parent.name][equals]=x',
  'where[title][near]=1,2',
  'where[updatedAt][greater_than]=not-a-date',
  'where[parent][equals]=x',
  'where[x][y][z]=1',
  'where=[object Object]',
  'draft=maybe',
  'draft[]=true',
  'draft[x]=1',
  'locale=../../etc',
  'locale=',
  'locale=*',
  'locale=all',
  'locale[]=zh',
  'locale[x]=1',
  'fallback-locale=x',
  'fallbackLocale[x]=1',
  'fallbackLocale=none',
  'select=x',
  'select[x]=1',
  'select[x]=abc',
  'select[x][y][z]=1',
  'select[]=1',
  'populate[x]=1',
  'populate=x',
  'populate[x][y]=1',
  'joins[x][limit]=-1',
  'joins=false',
  'joins=x',
  'joins[x]=1',
  'trash=yes',
  'trash[]=1',
  'autosave=1',
  'autosave[]=1',
  'pagination=0&limit=0',
  'pagination[]=1',
  'pagination=x',
  'publishSpecificLocale=x',
  'uploadEdits[crop][x]=abc',
  'uploadEdits=x',
  'uploadEdits[focalPoint][x]=-1e9',
  'from=x&to=y',
  'from=2026-01-01&to=2025-01-01',
  'code=ABCDE-FGHJK',
  'code[]=x',
  'id=1',
  'depth=1e400',
  'query={__typename}',
  'operationName[x]=1',
  'variables=x',
  'flattenLocales=x',
  'currentDepth=x',
  '%E0%A4%A',
  'a=%FF%FE',
  '[]=1',
  '&&&',
  `q=${'a'.repeat(3000)}`,
]
/** Bodies for any endpoint. */
const BODIES = [
  '{',
  '[]',
  'null',
  '"x"',
  '1',
  '{}',
  '{"_status":"published"}',
  '{"title":{"$gt":""}}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  `{"title":"${'长'.repeat(20000)}"}`,
  '\u0000\u0001',
  '{"email":[],"password":{}}',
  '{"locale":"x","depth":"y","fallbackLocale":"z"}',
  '{"comment":1,"sensitiveOverride":[]}',
  'limit=abc&select=x&where[id][equals]=x',
  'locale=../&page[x]=1',
  '%FF%FE=1',
]
const GRAPHQL_BODIES = [
  '{"query":"{ Exposures(limit: 100000) { docs { id unit { parent { parent { parent { name } } } } } } }"}',
  '{"query":"{ Users { docs { email } } }"}',
  '{"query":"mutation { updateExposure(id: 1, data: { _status: draft }) { id } }"}',
  '{"query":"{ __schema { types { name } } }"}',
  '{"query":"{ Bulletins(where: { id: { equals: \\"x\\" } }) { docs { id } } }"}',
  '{"query":"{ Bulletins(limit: -1, page: -5) { docs { id } } }"}',
  '{"query":"{ Bulletins(locale: all, fallbackLocale: none) { docs { id } } }"}',
  '{"query":"{ versionsBulletins(limit: -1, page: 0) { docs { id } } }"}',
  '{"query":"{ versionBulletin(id: \\"x\\") { id } }"}',
  '{"query":"{ SiteIdentity { siteName } versionsSiteIdentity(limit: -1) { docs { id } } }"}',
  `{"query":"query { ${'a: Units { docs { id } } '.repeat(50)}}"}`,
  '{"query":123}',
  '{"query":"{ Units { docs { id } } }","variables":"x"}',
  '{"query":"{ Units { docs { id } } }","operationName":{}}',
  '{"variables":"x"}',
  '[{"query":"{ Units { docs { id } } }"}]',
  '{',
  'null',
  'query=%7B__typename%7D',
]
const TYPES = [
  'application/json',
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'multipart/form-data; boundary=fuzz',
  'multipart/form-data',
  'multipart/mixed; boundary=x',
  'application/x-www-form-urlencoded',
  'application/graphql',
  '',
]
const METHODS = ['GET', 'GET', 'POST', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD']

/** A small deterministic generator (an LCG), so a failing request can be replayed from the seed. */
export function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

/** Multipart bodies with the boundary `fuzz`: well-formed, broken, with a `_payload` that is not JSON. */
function multipartBody(next: () => number): string {
  const part = (name: string, value: string, file = false) =>
    `--fuzz\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="a.jpg"\r\nContent-Type: image/jpeg' : ''}\r\n\r\n${value}\r\n`
  const choices = [
    `${part('_payload', '{"alt":"x"}')}--fuzz--\r\n`,
    `${part('_payload', '{not json')}--fuzz--\r\n`,
    `${part('_payload', '[]')}${part('file', '\xff\xd8\xff\xe0', true)}--fuzz--\r\n`,
    `${part('file', 'GIF89a', true)}--fuzz--\r\n`,
    `${part('file', '{"filename":"../../etc/passwd"}')}--fuzz--\r\n`,
    `${part('description', '随手拍')}${part('photos', 'x', true)}`,
    '--fuzz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--fuzz--\r\n',
    '--fuzz\r\nbroken header\r\n\r\n',
    '--fuzz--',
    `${part('a', 'b').repeat(60)}--fuzz--\r\n`,
  ]
  return choices[Math.floor(next() * choices.length)] as string
}

function randomQueryPart(next: () => number): string {
  const alphabet = 'az[]=&%.-_09$:{}"\\ '
  return Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
}

/** The `count` requests of one run. */
export function fuzzRequests(seed: number, count: number): FuzzRequest[] {
  const next = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const fill = (template: string) => template.replaceAll('{id}', pick(IDS)).replaceAll('{action}', pick(ACTIONS))
  const requests: FuzzRequest[] = []
  for (let index = 0; index < count; index += 1) {
    const area = next()
    const path =
      area < 0.55
        ? `/api/${pick(COLLECTION_SLUGS)}${fill(pick(COLLECTION_SUFFIXES))}`
        : area < 0.75
          ? `/api/globals/${pick(GLOBAL_SLUGS)}${fill(pick(GLOBAL_SUFFIXES))}`
          : area < 0.92
            ? '/api/graphql'
            : pick(ROOT_PATHS)
    const graphql = path === '/api/graphql'
    const query = Array.from({ length: Math.floor(next() * (graphql ? 4 : 3)) }, () =>
      next() < 0.1 ? randomQueryPart(next) : pick(QUERIES),
    ).join('&')
    const method = graphql && next() < 0.7 ? 'POST' : pick(METHODS)
    const headers: Record<string, string> = {}
    const type = graphql && next() < 0.6 ? 'application/json' : pick(TYPES)
    if (type) headers['content-type'] = type
    if (next() < 0.3) headers.cookie = pick(['payload-token=garbage', 'payload-token=', 'payload-lng=../../x', '\u00ff=\u00ff'])
    if (next() < 0.15) headers.authorization = pick(['JWT x.y.z', 'Bearer', 'JWT ', 'users API-Key nope'])
    if (next() < 0.15) headers.range = pick(['bytes=9-1', 'bytes=-0', 'bytes=0-'])
    if (next() < 0.1) headers['x-payload-http-method-override'] = pick(['GET', 'get', 'DELETE'])
    if (next() < 0.1) headers['accept-language'] = pick(['xx', '*', 'zh-CN;q=abc', ''])
    let body: string | undefined
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
      if (type.startsWith('multipart/') && next() < 0.7) body = multipartBody(next)
      else body = pick(graphql ? GRAPHQL_BODIES : BODIES)
    }
    if (body !== undefined && type === 'multipart/form-data; boundary=x') headers['content-type'] = 'multipart/form-data; boundary=fuzz'
    // Staff tokens only for reads: the fuzz must not delete the content the next tests read.
    const as =
      ['GET', 'HEAD', 'OPTIONS'].includes(method) || next() < 0.3
        ? pick(['anonymous', 'anonymous', 'admin', 'editor', 'liaison'] as const)
        : 'anonymous'
    requests.push({
      method,
      path,
      query,
      headers,
      body,
      as: as === 'admin' && !['GET', 'HEAD', 'OPTIONS'].includes(method) ? 'editor' : as,
    })
  }
  return requests
}

/** One line naming a request, for a failure list. */
export const describeRequest = (request: FuzzRequest): string =>
  `${request.method} ${request.path}${request.query ? `?${request.query}` : ''} [${request.headers['content-type'] ?? ''}] as ${request.as}${
    request.body === undefined ? '' : ` body ${JSON.stringify(String(request.body).slice(0, 80))}`
  }`
