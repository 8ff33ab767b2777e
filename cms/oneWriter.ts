/**
 * fn as ONE transaction on SQLite, in this process's writer queue (cms/sqliteWriter.ts): the hot
 * anonymous writes (随手拍 and 留言 stored with their photos, rate-slot claims) are one commit each, and
 * a failure leaves nothing of them. Payload calls inside fn that pass no transaction of their own are
 * savepoints of it. Other databases: fn as it is (its Payload calls bring their own transactions).
 */
import type { Payload } from 'payload'
import { writerOf } from './sqliteInstall.ts'

export function oneWriterAtATime<T>(payload: Pick<Payload, 'db'>, write: () => Promise<T>): Promise<T> {
  const writer = writerOf(payload.db)
  return writer ? writer.run(write) : write()
}
