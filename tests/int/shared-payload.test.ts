/**
 * publisher/sharedPayload.ts relies on getPayload keeping ONE instance per process and key on the
 * process's global object (so the server's fast routes use the instance Next started, and the job
 * runner runs once). This fails loudly if a Payload upgrade changes that.
 */
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload

beforeAll(async () => {
  ctx = await startTempPayload('shared-payload')
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe("getPayload's one instance per process", () => {
  it('should answer the instance already started for a key, without starting another, whatever config promise is passed', async () => {
    // A config that never resolves: were it read (a second instance started), this test would time out.
    const again = await getPayload({ config: new Promise<never>(() => undefined), key: ctx.key })
    expect(again).toBe(ctx.payload)
    const cache = (globalThis as { _payload?: Map<string, { payload: unknown }> })._payload
    expect(cache).toBeInstanceOf(Map)
    expect(cache?.get(ctx.key)?.payload).toBe(ctx.payload)
  })
})
