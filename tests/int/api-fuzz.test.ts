/**
 * The API fuzz (tests/helpers/apiFuzz.ts) in process, on seeded demo content: each request goes to
 * the same guarded route handlers cms/app/(payload)/api/… export (REST and GraphQL), with real JWTs.
 * Fast enough to run while developing; tests/e2e/attacks.test.ts sends the same requests through
 * the real server. Also: every collection and global of the config is named in cms/slugs.ts, so the
 * fuzz, which reads that file, covers a new type without being told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicSlugs } from '../../cms/domain/contentTypes/index.ts'
import { seedDemoContent } from '../../seed/index.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { COLLECTION_SLUGS, describeRequest, type FuzzRequest, fuzzRequests, GLOBAL_SLUGS } from '../helpers/apiFuzz.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser, TEST_PASSWORD } from '../helpers/users.ts'

let ctx: TempPayload
const tokens: Record<FuzzRequest['as'], string> = { anonymous: '', admin: '', editor: '', liaison: '' }
type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let rest: Record<string, Route> = {}
let graphqlPost: (request: Request) => Promise<Response>

beforeAll(async () => {
  ctx = await startTempPayload('api-fuzz')
  await seedDemoContent(ctx.payload)
  const units = await ctx.payload.find({ collection: 'units', limit: 1, where: { kind: { equals: 'street' } }, overrideAccess: true })
  for (const [as, role] of [
    ['admin', 'admin'],
    ['editor', 'editor'],
    ['liaison', 'unitLiaison'],
  ] as const) {
    const user = await makeUser(ctx.payload, role, units.docs[0]?.id)
    tokens[as] = (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })).token ?? ''
  }
  // The guarded /api handlers for this test's config (the Next route files mount them for the process's own).
  const { restRoutes, graphqlRoutes } = await import('../../cms/http/apiHandlers.ts')
  rest = restRoutes(ctx.config as never)
  graphqlPost = graphqlRoutes(ctx.config as never).POST
}, 300_000)
afterAll(() => ctx?.close())

/** What Next does with a request for an /api route: the exported method (HEAD falls back to GET), else 405. */
async function send(request: FuzzRequest): Promise<Response> {
  const headers = new Headers(request.headers)
  if (request.as !== 'anonymous') headers.set('authorization', `JWT ${tokens[request.as]}`)
  const url = `http://localhost${request.path}${request.query ? `?${request.query}` : ''}`
  const method = request.method === 'HEAD' ? 'GET' : request.method
  const web = new Request(url, { method, headers, body: request.body as BodyInit | undefined })
  if (request.path === '/api/graphql') {
    return method === 'POST' ? graphqlPost(web) : new Response(null, { status: 405 })
  }
  const route = rest[method]
  if (!route) return new Response(null, { status: 405 })
  if (!request.path.startsWith('/api/')) return new Response(null, { status: 404 })
  const slug = request.path.slice('/api/'.length).split('/').map(decodeURIComponent)
  return route(web, { params: Promise.resolve({ slug }) })
}

const json = (body: unknown) => ({ 'content-type': 'application/json', body: JSON.stringify(body) })
const multipart = (body: string) => ({ 'content-type': 'multipart/form-data; boundary=fuzz', body })
const pdfPart =
  '--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\r\n'

describe('requests Payload answered with a 5xx', () => {
  it.each([
    ['GET', '/api/globals/site-identity/versions', '', 'admin', {}, 404, 'versions'],
    ['GET', '/api/globals/site-identity/versions/2', 'limit=abc', 'admin', {}, 404, 'versions'],
    ['GET', '/api/media/versions/25', '', 'admin', {}, 404, 'versions'],
    ['GET', '/api/payload-locked-documents/status', '', 'admin', {}, 404, 'id'],
    ['DELETE', '/api/payload-locked-documents/init', '', 'liaison', {}, 404, 'id'],
    ['DELETE', '/api/payload-preferences/nav', '', 'editor', {}, 405, 'method'],
    ['GET', '/api/payload-migrations', '', 'admin', {}, 404, 'payload-migrations'],
    ['GET', '/api/bulletins/versions', 'limit[x]=1', 'admin', {}, 400, 'limit'],
    ['GET', '/api/bulletins/versions', 'page=1&page=2', 'admin', {}, 400, 'page'],
    ['GET', '/api/bulletins', 'limit=Infinity', 'anonymous', {}, 400, 'limit'],
    ['GET', '/api/bulletins', 'data=x', 'anonymous', {}, 400, 'data'],
    ['GET', '/api/globals/site-identity', 'locale[]=x', 'anonymous', {}, 400, 'locale'],
    ['POST', '/api/public-ads/access', '', 'anonymous', { 'content-type': 'multipart/mixed; boundary=x', body: 'x' }, 400, 'content-type'],
    ['POST', '/api/knowledge', '', 'editor', multipart('--fuzz\r\nbroken header\r\n\r\n'), 400, 'body'],
    ['POST', '/api/bulletins', '', 'editor', multipart('{'), 400, 'body'],
    [
      'POST',
      '/api/bulletins',
      '',
      'editor',
      multipart(`--fuzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--fuzz--\r\n`),
      400,
      '_payload',
    ],
    ['POST', '/api/bulletins', '', 'anonymous', { ...json({}), body: '{', 'x-payload-http-method-override': 'GET' }, 400, 'body'],
    [
      'POST',
      '/api/bulletins',
      '',
      'anonymous',
      { 'content-type': 'application/x-www-form-urlencoded', body: 'limit[x]=1', 'x-payload-http-method-override': 'GET' },
      400,
      'limit',
    ],
    ['POST', '/api/graphql', '', 'anonymous', { 'content-type': 'application/json', body: '{' }, 400, 'body'],
    ['POST', '/api/graphql', '', 'anonymous', multipart(`${pdfPart}--fuzz--\r\n`), 415, 'content-type'],
    ['POST', '/api/graphql', 'page[x]=1', 'anonymous', json({ query: '{ Units { docs { id } } }' }), 400, 'page'],
  ] as const)(
    'should answer %s %s?%s (as %s) with a refusal naming the parameter',
    async (method, path, query, as, extra, status, field) => {
      const { body, ...headers } = extra as Record<string, string>
      const response = await send({ method, path, query, headers, body, as })
      expect([response.status, ((await response.json()) as { errors: { field: string }[] }).errors[0]?.field]).toEqual([status, field])
    },
  )

  it('should still take a well-formed multipart upload through the streaming check, and read its _payload', async () => {
    const body = Buffer.concat([
      Buffer.from('--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n'),
      simplePdf('流式检查'),
      Buffer.from('\r\n--fuzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"流式检查"}\r\n--fuzz--\r\n'),
    ])
    const response = await send({
      method: 'POST',
      path: '/api/media',
      query: '',
      headers: { 'content-type': 'multipart/form-data; boundary=fuzz' },
      body,
      as: 'editor',
    })
    const created = (await response.json()) as { doc?: { alt: string; mimeType: string } }
    expect([response.status, created.doc?.alt, created.doc?.mimeType], JSON.stringify(created)).toEqual([
      201,
      '流式检查',
      'application/pdf',
    ])
  })
})

describe('API fuzz in process', () => {
  it('should name every collection and global of the config in cms/slugs.ts', async () => {
    const config = await ctx.config
    expect(config.collections.map((collection) => collection.slug).filter((slug) => !COLLECTION_SLUGS.includes(slug))).toEqual([])
    expect(config.globals.map((global) => global.slug).sort()).toEqual([...GLOBAL_SLUGS].sort())
  })

  it('should fuzz every public type of the content-type table', async () => {
    const config = await ctx.config
    const registered = config.collections.map((collection) => collection.slug)
    expect(publicSlugs.filter((slug) => !COLLECTION_SLUGS.includes(slug) || !registered.includes(slug))).toEqual([])
    const fuzzed = new Set(fuzzRequests(20261201, 1500).map((request) => request.path.split('/')[2]))
    expect(publicSlugs.filter((slug) => !fuzzed.has(slug))).toEqual([])
  })

  it('should answer 1,500 malformed requests without a 5xx', async () => {
    const failures: string[] = []
    for (const request of fuzzRequests(20261201, 1500)) {
      let status: number
      let text = ''
      try {
        const response = await send(request)
        status = response.status
        text = status >= 500 ? await response.text() : ''
      } catch (error) {
        status = 599
        text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      }
      if (status >= 500) failures.push(`${describeRequest(request)} → ${status} ${text.slice(0, 160)}`)
    }
    expect(failures).toEqual([])
  }, 600_000)
})
