/**
 * Requests Payload's REST layer cannot parse, recognised before it tries (it would answer 500):
 * percent-encoding that does not decode, query objects (`where`, `select`, `sort`…) given as bare
 * strings where Payload expects bracketed objects, numbers (`limit`, `page`, `depth`) that are not
 * numbers or come as objects or twice, a `data` parameter that is not JSON, and multipart bodies
 * without a boundary or of another kind than form-data. Pure.
 */
const OBJECT_PARAMS = new Set(['where', 'select', 'populate', 'joins'])
/** Payload turns these into numbers; anything else reaches the database as it came (SQLite: 500). */
const NUMBER_PARAMS = new Set(['depth', 'limit', 'page'])
/** Read by Payload as one plain value: given as `name[x]=…` or twice they become objects or lists. */
const SINGLE_PARAMS = new Set([
  ...NUMBER_PARAMS,
  'draft',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'pagination',
  'trash',
  'autosave',
  'overrideLock',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
  'publishSpecificLocale',
  'data',
])
/** Integers of up to nine digits: every page, limit and depth anyone needs, none that overflows a query. */
const NUMBER = /^-?\d{1,9}$/

export type Problem = { field: string; message: string }

function decodePart(part: string): { key: string; value: string } | null {
  const split = part.indexOf('=')
  const [rawKey, rawValue] = split < 0 ? [part, ''] : [part.slice(0, split), part.slice(split + 1)]
  try {
    return { key: decodeURIComponent(rawKey.replace(/\+/g, ' ')), value: decodeURIComponent(rawValue.replace(/\+/g, ' ')) }
  } catch {
    return null
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** The problem with one parameter (`seen`: plain names met before), or null. */
function paramProblem(key: string, value: string, seen: Set<string>): Problem | null {
  const name = key.split('[', 1)[0] ?? key
  if (OBJECT_PARAMS.has(key))
    return { field: key, message: `参数 ${key} 必须写成 ${key}[字段][条件]=值 / ${key} must be given as ${key}[field][operator]=value` }
  if (key.includes('__proto__') || key.includes('constructor[') || key.includes('[prototype]'))
    return { field: key.slice(0, 40), message: '查询参数名无效 / invalid query parameter name' }
  if (!SINGLE_PARAMS.has(name)) return null
  if (key !== name || seen.has(name)) return { field: name, message: `参数 ${name} 只能给一个值 / ${name} takes exactly one plain value` }
  seen.add(name)
  if (NUMBER_PARAMS.has(name) && !NUMBER.test(value.trim()))
    return { field: name, message: `参数 ${name} 必须是整数 / ${name} must be a whole number` }
  if (name === 'data' && value !== '' && !isJson(value)) return { field: name, message: '参数 data 必须是 JSON / data must be JSON' }
  return null
}

/** The first problem with a request's query string, or null. */
export function queryProblem(search: string): Problem | null {
  const query = search.startsWith('?') ? search.slice(1) : search
  if (!query) return null
  const seen = new Set<string>()
  for (const part of query.split('&')) {
    if (!part) continue
    const decoded = decodePart(part)
    if (!decoded)
      return {
        field: 'query',
        message: `查询参数编码无效 / malformed percent-encoding in the query: ${part.split('=', 1)[0]?.slice(0, 40)}`,
      }
    const problem = paramProblem(decoded.key, decoded.value, seen)
    if (problem) return problem
  }
  return null
}

/** What Payload's upload parser accepts as a multipart type (payload/dist/uploads/fetchAPI-multipart/isEligibleRequest.js). */
const PAYLOAD_MULTIPART = /multipart\/[\w'"()+,./:<=>?@[\\\]^-]+(?:; ?[\w'"()+,./:<=>?@[\\\]^-]*)+$/i
/** A boundary busboy finds: an RFC 7230 token, or a quoted RFC 2046 boundary. */
const BOUNDARY = /;\s?boundary=(?:[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,70}|"[0-9A-Za-z'()+_,\-./:=?]{1,70}")(?:;|$)/i

/** The first problem with a body's declared type, or null (the body itself is checked while it is read). */
export function contentTypeProblem(contentType: string | null): Problem | null {
  if (!contentType || !/multipart\//i.test(contentType.split(';', 1)[0] ?? '')) return null
  if (!/^multipart\/form-data$/i.test(contentType.split(';', 1)[0]?.trim() ?? ''))
    return { field: 'content-type', message: '只接受 multipart/form-data 表单 / of multipart bodies only multipart/form-data is accepted' }
  if (!PAYLOAD_MULTIPART.test(contentType) || !BOUNDARY.test(contentType))
    return { field: 'content-type', message: 'multipart/form-data 缺少有效的 boundary / multipart/form-data needs a valid boundary' }
  return null
}

type WhereNode = Record<string, unknown>
export type FieldKinds = (path: string) => 'id' | 'date' | 'other'

const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

/**
 * Paths in a `where` whose values can never match: ids that are not ids of this database, dates
 * that are not dates. Payload would pass them to the driver (NaN, Invalid Date) and answer 500.
 */
export function whereProblems(where: unknown, kindOf: FieldKinds, isId: (value: unknown) => boolean): string[] {
  if (!where || typeof where !== 'object') return []
  const problems: string[] = []
  for (const [key, condition] of Object.entries(where as WhereNode)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const inner of condition) problems.push(...whereProblems(inner, kindOf, isId))
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const kind = kindOf(key)
    for (const [operator, value] of Object.entries(condition as WhereNode)) {
      if (!COMPARISONS.has(operator) || value === null || value === undefined || value === '') continue
      const bad = valuesOf(value).some((item) =>
        kind === 'id' ? !isId(item) : kind === 'date' ? Number.isNaN(new Date(String(item)).getTime()) : false,
      )
      if (bad) problems.push(key)
    }
  }
  return problems
}
