/**
 * In front of Payload's REST and GraphQL route handlers (cms/app/(payload)/api/…): a request Payload
 * would answer with a 5xx because it cannot parse it, or because it names nothing, gets a 400/404/405/
 * 415 naming the parameter instead — the rules are in cms/http/rules/requestShape.ts and
 * cms/http/rules/apiRoutes.ts. Bodies are never read twice: a multipart body is checked while it streams
 * into Payload (cms/http/multipartCheck.ts); only the small bodies Payload itself reads whole (a
 * method-override query, a GraphQL request) are read here and handed on as text. Sizes are capped
 * before this, in the server (cms/http/bodyCap.ts). The fuzz in tests/e2e/attacks.test.ts found these.
 */
import type { SanitizedConfig } from 'payload'
import { checkMultipart } from './multipartCheck.ts'
import { type ApiShape, type EntityShape, routeRefusal } from './rules/apiRoutes.ts'
import { contentTypeProblem, type Problem, queryProblem } from './rules/requestShape.ts'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>
type GraphqlHandler = (request: Request) => Promise<Response>
type Config = SanitizedConfig | Promise<SanitizedConfig>

const refuse = (status: number, problem: Problem): Response =>
  Response.json({ errors: [{ message: problem.message, field: problem.field }] }, { status, headers: { 'cache-control': 'no-store' } })

const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT'])

function entityShape(entity: { versions?: unknown; endpoints?: unknown }, closed?: EntityShape['closed']): EntityShape {
  const endpoints = Array.isArray(entity.endpoints)
    ? (entity.endpoints as { method: string; path: string }[]).map(({ method, path }) => ({ method, path }))
    : false
  return { versions: Boolean(entity.versions), endpoints, closed }
}

/** The API as Payload will route it: every collection's and global's endpoints, versions and the id type. */
export function apiShapeOf(config: SanitizedConfig): ApiShape {
  return {
    idType: config.db.defaultIDType,
    collections: Object.fromEntries(
      config.collections.map((collection) => [
        collection.slug,
        // DELETE /api/payload-preferences/:key fails inside Payload's SQLite adapter (a query on the
        // polymorphic `user` relation names a column that does not exist); the admin never calls it.
        entityShape(collection, collection.slug === 'payload-preferences' ? [{ method: 'delete', path: '/:key' }] : undefined),
      ]),
    ),
    globals: Object.fromEntries(config.globals.map((global) => [global.slug, entityShape(global)])),
  }
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** A copy of the request with a new body (the original's body is consumed or replaced). */
const withBody = (request: Request, body: BodyInit | null): Request =>
  new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit)

/**
 * POST with `X-Payload-HTTP-Method-Override: GET`: Payload reads the body as the query (urlencoded)
 * or as JSON outside its error handling. The body is read here once, checked, and passed on as text.
 */
async function methodOverride(request: Request): Promise<{ request: Request; problem: Problem | null } | null> {
  const override = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (request.method !== 'POST' || override !== 'GET') return null
  const type = request.headers.get('content-type')
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') return null
  const text = await request.text()
  const problem =
    type === 'application/json'
      ? isJson(text)
        ? null
        : { field: 'body', message: '请求内容不是有效的 JSON / the body is not valid JSON' }
      : queryProblem(text)
  return { request: withBody(request, text), problem }
}

/** Errors Payload throws (instead of answering) with a client status keep that status. */
async function answered(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (typeof status === 'number' && status >= 400 && status < 500)
      return refuse(status, { field: 'request', message: error instanceof Error ? error.message : String(error) })
    throw error
  }
}

export function guarded(handler: Handler, config: Config): Handler {
  let shape: ApiShape | null = null
  return async (incoming, context) => {
    shape ??= apiShapeOf(await config)
    const { slug = [] } = await context.params
    const refusal = routeRefusal(shape, incoming.method, slug)
    if (refusal) return refuse(refusal.status, refusal)
    const problem = queryProblem(new URL(incoming.url).search) ?? contentTypeProblem(incoming.headers.get('content-type'))
    if (problem) return refuse(400, problem)
    const override = await methodOverride(incoming)
    if (override?.problem) return refuse(400, override.problem)
    let request = override?.request ?? incoming
    let bodyProblem = (): Problem | null => null
    if (!override && BODY_METHODS.has(request.method) && request.body && /^multipart\//i.test(request.headers.get('content-type') ?? '')) {
      const checked = checkMultipart(request.body, request.headers)
      request = withBody(request, checked.body)
      bodyProblem = checked.problem
    }
    const response = await answered(() => handler(request, context))
    const late = response.status >= 500 ? bodyProblem() : null
    return late ? refuse(400, late) : response
  }
}

/**
 * GraphQL takes its request as a JSON body (Payload reads it whole, outside its error handling, and
 * would answer a broken one with 500): anything else is refused, and the query string is checked
 * as for REST.
 */
export function guardedGraphql(handler: GraphqlHandler): GraphqlHandler {
  return async (incoming) => {
    const problem = queryProblem(new URL(incoming.url).search)
    if (problem) return refuse(400, problem)
    const type = (incoming.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
    if (type !== 'application/json')
      return refuse(415, { field: 'content-type', message: 'GraphQL 请求必须是 application/json / GraphQL takes application/json' })
    const text = await incoming.text()
    if (!isJson(text)) return refuse(400, { field: 'body', message: '请求内容不是有效的 JSON / the body is not valid JSON' })
    return answered(() => handler(withBody(incoming, text)))
  }
}
