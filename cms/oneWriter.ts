/**
 * One write at a time per process on SQLite, for the hot anonymous writes (随手拍 and 留言 stored with
 * their photos, rate-slot claims). SQLite lets one connection write at a time, and the client runs
 * each statement synchronously: a write that meets another connection's open transaction waits in
 * SQLite's busy handler and blocks the whole event loop, the holder's next statement included, until
 * the busy timeout. Queued here instead, a write waits without blocking anything. Other databases
 * (row locks, a pool of connections): no queue. Per Payload instance and module graph (like the instances).
 */
import type { Payload } from 'payload'

const tails = new WeakMap<object, Promise<unknown>>()

export function oneWriterAtATime<T>(payload: Pick<Payload, 'db'>, write: () => Promise<T>): Promise<T> {
  if (payload.db.name !== 'sqlite') return write()
  const before = tails.get(payload.db) ?? Promise.resolve()
  const mine = before.then(write, write)
  tails.set(
    payload.db,
    mine.catch(() => undefined),
  )
  return mine
}
