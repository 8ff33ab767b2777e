import { describe, expect, it } from 'vitest'
import { OneBuildAtATime } from '../../publisher/previewGate.ts'

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('OneBuildAtATime', () => {
  it('should start a build when idle and report it as running', async () => {
    const gate = new OneBuildAtATime<string>()
    const build = deferred<string>()
    const result = gate.run('a', () => build.promise)
    expect(gate.runningKey).toBe('a')
    build.resolve('dir-a')
    await expect(result).resolves.toBe('dir-a')
    expect(gate.runningKey).toBeNull()
  })

  it('should share the running build with a second request for the same key', async () => {
    const gate = new OneBuildAtATime<string>()
    const build = deferred<string>()
    let starts = 0
    const start = () => {
      starts += 1
      return build.promise
    }
    const first = gate.run('a', start)
    const second = gate.run('a', start)
    build.resolve('dir-a')
    expect(await Promise.all([first, second])).toEqual(['dir-a', 'dir-a'])
    expect(starts).toBe(1)
  })

  it('should refuse a different key while a build runs, and accept it afterwards', async () => {
    const gate = new OneBuildAtATime<string>()
    const build = deferred<string>()
    const first = gate.run('a', () => build.promise)
    expect(gate.run('b', () => Promise.resolve('dir-b'))).toBeNull()
    build.resolve('dir-a')
    await first
    await expect(gate.run('b', () => Promise.resolve('dir-b'))).resolves.toBe('dir-b')
  })

  it('should free the slot when a build fails, including a synchronous throw', async () => {
    const gate = new OneBuildAtATime<string>()
    await expect(gate.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(gate.runningKey).toBeNull()
    await expect(
      gate.run('b', () => {
        throw new Error('sync')
      }),
    ).rejects.toThrow('sync')
    expect(gate.runningKey).toBeNull()
  })
})
