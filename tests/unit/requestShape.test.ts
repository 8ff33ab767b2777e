import { describe, expect, it } from 'vitest'
import { contentTypeProblem, queryProblem, whereProblems } from '../../cms/http/rules/requestShape.ts'

describe('queryProblem', () => {
  it.each([
    ['', null],
    ['?limit=10&depth=1', null],
    ['?where[title][like]=%25&sort=-date', null],
    ['?where[and][0][or][0][title][equals]=x', null],
    ['?a=%FF%FE', 'query'],
    ['?%E0%A4%A=1', 'query'],
    ['?where=[object Object]', 'where'],
    ['?select=x', 'select'],
    ['?where[__proto__][polluted]=1', 'where[__proto__][polluted]'],
    ['?limit=-1&page=2&depth=0', null],
    ['?limit=abc', 'limit'],
    ['?limit[x]=1', 'limit'],
    ['?limit=1&limit=2', 'limit'],
    ['?limit=1e9', 'limit'],
    ['?page=NaN', 'page'],
    ['?page=Infinity', 'page'],
    ['?depth=', 'depth'],
    ['?draft=true&locale=zh&pagination=false', null],
    ['?locale[]=zh', 'locale'],
    ['?fallbackLocale[x]=1', 'fallbackLocale'],
    ['?draft=true&draft=false', 'draft'],
    ['?data={"a":1}', null],
    ['?data=x', 'data'],
    ['?sort[]=title&sort[]=-date', null],
    ['?select[title]=true&populate[units][name]=true', null],
    ['?&&&', null],
  ])('should judge %s', (search, field) => {
    expect(queryProblem(search)?.field ?? null).toBe(field)
  })
})

describe('contentTypeProblem', () => {
  it.each([
    [null, null],
    ['application/json', null],
    ['multipart/form-data; boundary=----abc', null],
    ['multipart/form-data; boundary="quoted"', null],
    ['multipart/form-data', 'content-type'],
    ['multipart/form-data; charset=utf-8', 'content-type'],
    ['multipart/mixed; boundary=x', 'content-type'],
    ['Multipart/Form-Data; boundary=x', null],
    ['multipart/form-data;  boundary=x', 'content-type'],
    ['multipart/form-data; boundary=a b', 'content-type'],
    ['multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW', null],
    ['multipart/form-data; boundary=----formdata-undici-012345678901', null],
  ])('should judge %s', (type, field) => {
    expect(contentTypeProblem(type)?.field ?? null).toBe(field)
  })
})

describe('whereProblems', () => {
  const kindOf = (path: string) =>
    (path === 'id' || path === 'unit' ? 'id' : path === 'updatedAt' ? 'date' : 'other') as 'id' | 'date' | 'other'
  const isId = (value: unknown) => /^[1-9]\d*$/.test(String(value))
  it.each([
    [{ id: { in: 'a,b,c' } }, ['id']],
    [{ id: { in: '1,2,3' } }, []],
    [{ id: { equals: 7 } }, []],
    [{ unit: { equals: 'me' } }, ['unit']],
    [{ updatedAt: { greater_than: 'not-a-date' } }, ['updatedAt']],
    [{ updatedAt: { greater_than: '2026-12-01' } }, []],
    [{ title: { like: 'x' } }, []],
    [{ or: [{ id: { equals: 'x' } }, { and: [{ updatedAt: { less_than: 'soon' } }] }] }, ['id', 'updatedAt']],
    [{ id: { exists: 'maybe' } }, []],
  ])('should find the problems in %o', (where, expected) => {
    expect(whereProblems(where, kindOf, isId)).toEqual(expected)
  })
})
