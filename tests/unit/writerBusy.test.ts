import { describe, expect, it } from 'vitest'
import { isWriterBusy, WRITER_BUSY_MESSAGE } from '../../cms/domain/writerBusy.ts'
import { WriterBusyError } from '../../cms/sqliteWriter.ts'
import { failureAnswer } from '../../publisher/fastFailure.ts'

/** What Drizzle throws around a failed statement (drizzle-orm 0.45: DrizzleQueryError with the original as cause). */
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: insert into "units" …'), { name: 'DrizzleQueryError', cause })

describe('isWriterBusy', () => {
  it('should know the writer timing out, bare or wrapped by Drizzle and Payload', () => {
    const busy = new WriterBusyError('SQLite: the database stayed locked by another process for 15 s')
    expect(isWriterBusy(busy)).toBe(true)
    expect(isWriterBusy(wrapped(busy))).toBe(true)
    expect(isWriterBusy(new Error('outer', { cause: wrapped(busy) }))).toBe(true)
  })

  it('should know it inside a GraphQL error (graphql-js keeps the resolver error as originalError)', () => {
    const busy = new WriterBusyError('busy')
    expect(isWriterBusy(Object.assign(new Error('busy'), { name: 'GraphQLError', originalError: wrapped(busy) }))).toBe(true)
    expect(isWriterBusy(Object.assign(new Error('x'), { name: 'GraphQLError', originalError: new Error('no such table') }))).toBe(false)
  })

  it('should not take other errors for it', () => {
    expect(isWriterBusy(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed'))).toBe(false)
    expect(isWriterBusy(wrapped(new Error('no such table: units')))).toBe(false)
    expect(isWriterBusy(null)).toBe(false)
    expect(isWriterBusy('WriterBusyError')).toBe(false)
  })

  it('should stop on a cause chain that loops', () => {
    const a: { name: string; cause?: unknown } = { name: 'A' }
    a.cause = { name: 'B', cause: a }
    expect(isWriterBusy(a)).toBe(false)
  })
})

describe('failureAnswer (routes answered before Next)', () => {
  it('should answer the busy writer 503 with Retry-After and say nothing was saved', () => {
    const answer = failureAnswer(wrapped(new WriterBusyError('busy')))
    expect(answer.status).toBe(503)
    expect(answer.headers['retry-after']).toBe('5')
    expect(JSON.parse(answer.body)).toEqual({ ok: false, message: WRITER_BUSY_MESSAGE })
  })

  it('should answer anything else 500 without the error text', () => {
    const answer = failureAnswer(new Error('no such table: endorsements'))
    expect(answer.status).toBe(500)
    expect(answer.body).not.toContain('endorsements')
    expect(answer.headers['retry-after']).toBeUndefined()
  })
})
