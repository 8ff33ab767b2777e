/**
 * Requests Payload's REST layer cannot parse, recognised before it tries (it would answer 500):
 * percent-encoding that does not decode, query objects (`where`, `select`, `sort`…) given as bare
 * strings where Payload expects bracketed objects, and multipart bodies without a boundary. Pure.
 */
const OBJECT_PARAMS = new Set(['where', 'select', 'populate', 'joins'])

export type Problem = { field: string; message: string }

/** The first problem with a request's query string, or null. */
export function queryProblem(search: string): Problem | null {
  const query = search.startsWith('?') ? search.slice(1) : search
  if (!query) return null
  for (const part of query.split('&')) {
    const [rawKey = '', rawValue = ''] = part.split('=', 2)
    let key: string
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '))
      decodeURIComponent(rawValue.replace(/\+/g, ' '))
    } catch {
      return { field: 'query', message: `查询参数编码无效 / malformed percent-encoding in the query: ${rawKey.slice(0, 40)}` }
    }
    if (OBJECT_PARAMS.has(key))
      return { field: key, message: `参数 ${key} 必须写成 ${key}[字段][条件]=值 / ${key} must be given as ${key}[field][operator]=value` }
    if (key.includes('__proto__') || key.includes('constructor[') || key.includes('[prototype]'))
      return { field: key.slice(0, 40), message: '查询参数名无效 / invalid query parameter name' }
  }
  return null
}

/** The first problem with a body's declared type, or null (the body itself is checked by parsing it). */
export function contentTypeProblem(contentType: string | null): Problem | null {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return null
  const boundary = /;\s*boundary=("?)([^";]{1,70})\1/i.exec(contentType)
  return boundary ? null : { field: 'content-type', message: 'multipart/form-data 缺少 boundary / multipart/form-data needs a boundary' }
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
