/**
 * Which REST route a request reaches, judged before Payload runs it: Payload lists its endpoints per
 * collection and global (`/:id`, `/versions/:id`, `/access/:id?`, custom ones) and runs the first whose
 * method and path match. Some of those would fail with a 5xx on requests that name nothing:
 * `/versions` of a type that keeps no versions (no table to read), an id that cannot exist in this
 * database in a collection without our id hook (Payload's own collections, version ids), a collection
 * with its endpoints switched off (Payload answers 501). Those get a 404 here; everything else goes on.
 * Pure: the shape of the API comes from the Payload config (cms/http/apiRequestGuard.ts builds it).
 */
import { isWellFormedId } from '../../domain/ids.ts'

export type EndpointShape = { method: string; path: string }
/** `closed`: endpoints refused with 405 (each says why where the shape is built). */
export type EntityShape = { versions: boolean; endpoints: readonly EndpointShape[] | false; closed?: readonly EndpointShape[] }
export type ApiShape = {
  idType: 'number' | 'text'
  collections: Readonly<Record<string, EntityShape>>
  globals: Readonly<Record<string, EntityShape>>
}
export type RouteRefusal = { status: 404 | 405; field: string; message: string }

/**
 * Params of `path` (an endpoint pattern of plain segments, `:name` and a final `:name?`) for these
 * segments, or null when it does not match or uses pattern syntax this matcher does not read.
 */
export function matchEndpoint(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean)
  if (parts.some((part) => /[*(){}]/.test(part) || (part.includes(':') && !/^:\w+\??$/.test(part)))) return null
  const params: Record<string, string> = {}
  for (let index = 0; index < Math.max(parts.length, segments.length); index += 1) {
    const part = parts[index]
    const segment = segments[index]
    if (part === undefined) return null
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      if (segment === undefined) return optional && index === parts.length - 1 ? params : null
      params[part.slice(1, optional ? -1 : undefined)] = segment
    } else if (segment !== part) return null
  }
  return params
}

const notFound = (field: string, message: string): RouteRefusal => ({ status: 404, field, message })

/**
 * The refusal for a REST request (`segments`: the path after /api, decoded), or null. Unknown types
 * and paths no endpoint matches are left to Payload (its own 404).
 */
export function routeRefusal(shape: ApiShape, method: string, segments: readonly string[]): RouteRefusal | null {
  const isGlobal = segments[0] === 'globals'
  const slug = isGlobal ? segments[1] : segments[0]
  const entity = slug === undefined ? undefined : (isGlobal ? shape.globals : shape.collections)[slug]
  if (!entity || slug === undefined) return null
  if (entity.endpoints === false) return notFound(slug, `没有这个接口 / ${slug} has no REST endpoints`)
  const rest = segments.slice(isGlobal ? 2 : 1)
  for (const endpoint of entity.endpoints) {
    if (endpoint.method.toLowerCase() !== method.toLowerCase()) continue
    const params = matchEndpoint(endpoint.path, rest)
    if (!params) continue
    if (entity.closed?.some((closed) => closed.method === endpoint.method && closed.path === endpoint.path))
      return { status: 405, field: 'method', message: `不支持此操作 / ${method} ${endpoint.path} is not offered for ${slug}` }
    if (endpoint.path.split('/').includes('versions') && !entity.versions)
      return notFound('versions', `${slug} 没有版本记录 / ${slug} keeps no versions`)
    const id = params.id
    if (id !== undefined && !isWellFormedId(id, shape.idType)) return notFound('id', `没有找到 / no document has the id ${id.slice(0, 40)}`)
    return null
  }
  return null
}
