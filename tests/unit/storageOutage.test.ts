import { describe, expect, it } from 'vitest'
import { isStorageOutage } from '../../cms/domain/storageOutage.ts'

const sdk = (fields: Record<string, unknown>, status?: number) =>
  Object.assign(new Error('x'), fields, { $metadata: status === undefined ? { attempts: 3 } : { httpStatusCode: status } })

describe('isStorageOutage', () => {
  it.each([
    ['a refused connection from the SDK', sdk({ code: 'ECONNREFUSED' }), true],
    ['an SDK time-out', sdk({ name: 'TimeoutError' }), true],
    ['a 503 from the bucket', sdk({ name: 'ServiceUnavailable' }, 503), true],
    ['an SDK error with no answer at all', sdk({}), true],
    ['an SDK error wrapped as a cause', new Error('upload failed', { cause: sdk({ code: 'ETIMEDOUT' }) }), true],
    ['access denied by the bucket (a setting, not an outage)', sdk({ name: 'AccessDenied' }, 403), false],
    ['a refused database connection (no $metadata)', Object.assign(new Error('db'), { code: 'ECONNREFUSED' }), false],
    ['a validation error', new Error('alt 必填'), false],
    ['not an error', 'text', false],
  ])('should say %s is %s', (_label, error, expected) => {
    expect(isStorageOutage(error)).toBe(expected)
  })
})
