/** The per-process cache of hot anonymous reads (cms/http/hotReadCache.ts): TTL, topics emptied by hooks, scopes apart. */
import { describe, expect, it } from 'vitest'
import { bumpOnChange, bumpTopic, cachedRead } from '../../cms/http/hotReadCache.ts'

const counter = () => {
  let reads = 0
  return { read: () => Promise.resolve(++reads), reads: () => reads }
}

describe('hotReadCache', () => {
  it('should read once within the TTL and again after it', async () => {
    const scope = {}
    const { read, reads } = counter()
    expect(await cachedRead(scope, 't-ttl', '1', 5000, read, 1000)).toBe(1)
    expect(await cachedRead(scope, 't-ttl', '1', 5000, read, 5999)).toBe(1)
    expect(await cachedRead(scope, 't-ttl', '1', 5000, read, 6000)).toBe(2)
    expect(reads()).toBe(2)
  })

  it('should read again at once after its topic was bumped, and leave other topics alone', async () => {
    const scope = {}
    const a = counter()
    const b = counter()
    await cachedRead(scope, 't-a', '1', 60_000, a.read)
    await cachedRead(scope, 't-b', '1', 60_000, b.read)
    bumpTopic('t-a')
    expect(await cachedRead(scope, 't-a', '1', 60_000, a.read)).toBe(2)
    expect(await cachedRead(scope, 't-b', '1', 60_000, b.read)).toBe(1)
  })

  it('should not keep a read that started before the bump', async () => {
    const scope = {}
    let release: (value: string) => void = () => undefined
    const slow = cachedRead(scope, 't-race', '1', 60_000, () => new Promise<string>((resolve) => (release = resolve)))
    bumpTopic('t-race')
    release('old')
    expect(await slow).toBe('old')
    expect(await cachedRead(scope, 't-race', '1', 60_000, () => Promise.resolve('new'))).toBe('new')
  })

  it('should keep ids of two Payload instances (scopes) apart', async () => {
    expect(await cachedRead({}, 't-scope', '1', 60_000, () => Promise.resolve('first'))).toBe('first')
    expect(await cachedRead({}, 't-scope', '1', 60_000, () => Promise.resolve('second'))).toBe('second')
  })

  it('should not keep a failed read', async () => {
    const scope = {}
    await expect(cachedRead(scope, 't-fail', '1', 60_000, () => Promise.reject(new Error('db down')))).rejects.toThrow('db down')
    await Promise.resolve()
    expect(await cachedRead(scope, 't-fail', '1', 60_000, () => Promise.resolve('back'))).toBe('back')
  })

  it('should be emptied by the afterChange and afterDelete hooks', async () => {
    const scope = {}
    const { read } = counter()
    const hooks = bumpOnChange('t-hooks')
    await cachedRead(scope, 't-hooks', '1', 60_000, read)
    const doc = { id: 1 }
    expect(hooks.afterChange({ doc } as never)).toBe(doc)
    expect(await cachedRead(scope, 't-hooks', '1', 60_000, read)).toBe(2)
    hooks.afterDelete({ doc } as never)
    expect(await cachedRead(scope, 't-hooks', '1', 60_000, read)).toBe(3)
  })

  it('should share its state through globalThis (the server and the copy Next bundled see one cache)', async () => {
    const scope = {}
    const { read } = counter()
    await cachedRead(scope, 't-global', '1', 60_000, read)
    const state = (globalThis as Record<symbol, { versions: Map<string, number> }>)[Symbol.for('campaign.hotReadCache')]
    state?.versions.set('t-global', (state.versions.get('t-global') ?? 0) + 1)
    expect(await cachedRead(scope, 't-global', '1', 60_000, read)).toBe(2)
  })
})
