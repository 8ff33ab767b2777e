import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { allowAutoRun, shouldAutoRun } from '../../cms/jobs/cronGate.ts'

describe('the job cron runs in one process only', () => {
  it('should not run in an instance nobody registered (an API process, the admin)', () => {
    expect(shouldAutoRun({} as Payload)).toBe(false)
  })

  it('should run in the builder instance only while its condition (the lease) holds', () => {
    const builder = {} as Payload
    let held = false
    allowAutoRun(builder, () => held)
    expect(shouldAutoRun(builder)).toBe(false)
    held = true
    expect(shouldAutoRun(builder)).toBe(true)
    expect(shouldAutoRun({} as Payload)).toBe(false)
  })
})
