import { describe, expect, it } from 'vitest'
import { contentTypeProblem, queryProblem } from '../../cms/domain/requestShape.ts'

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
  ])('should judge %s', (type, field) => {
    expect(contentTypeProblem(type)?.field ?? null).toBe(field)
  })
})
