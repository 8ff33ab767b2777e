/**
 * Payload's and drizzle's transactions on top of the writer (cms/sqliteWriter.ts), and the client the
 * adapter's drizzle instance is given.
 *
 * A transaction belongs to an async context: where it begins, the caller's context gets a box
 * (`enterWith`: the operation, its hooks and what they call run with it; a sibling operation started
 * from the same place runs in its own context, because Payload's local API awaits before it begins).
 * A Payload call without `req` inside an open transaction becomes a SAVEPOINT of it.
 */
import { randomUUID } from 'node:crypto'
import type { InStatement, ResultSet, Transaction } from '@libsql/client'
import { type Box, type SqliteWriter, sequential, type Turn } from './sqliteWriter.ts'

type Session = { db: unknown; resolve: () => Promise<unknown>; reject: () => Promise<unknown> }

/** A box of this context that has not finished: its transaction is open or may still start. */
function liveBox(writer: SqliteWriter): Box | null {
  const box = writer.boxes.getStore()
  return box && !box.done ? box : null
}

async function savepoint(writer: SqliteWriter, box: Box): Promise<{ release: () => Promise<unknown>; undo: () => Promise<void> }> {
  const turn: Turn = box.turn?.open ? box.turn : await writer.start(box)
  const name = `sp_${turn.savepoints++}`
  await writer.conn.execute(`SAVEPOINT ${name}`)
  return {
    release: async () => (turn.open ? writer.conn.execute(`RELEASE ${name}`) : undefined),
    undo: async () => {
      if (!turn.open) return
      await writer.conn.execute(`ROLLBACK TO ${name}`)
      await writer.conn.execute(`RELEASE ${name}`)
    },
  }
}

/** End a box: commit (or roll back) its transaction if it started. */
async function finish(writer: SqliteWriter, box: Box, commit: boolean): Promise<void> {
  box.done = true
  if (!box.starting) return
  const turn = await box.starting.catch(() => null)
  if (turn) await (commit ? writer.commit(turn) : writer.rollback(turn))
}

/**
 * Payload's beginTransaction: a session id whose statements run through the adapter's own drizzle
 * instance (`db`; the box routes them), committed or rolled back by Payload's commitTransaction /
 * rollbackTransaction through resolve / reject. null (no transaction, the adapter's default) while
 * migrations run.
 */
export async function beginSession(writer: SqliteWriter, sessions: Record<string, Session>, db: unknown): Promise<string | null> {
  if (writer.bare > 0) return null
  const id = randomUUID()
  const outer = liveBox(writer)
  if (outer) {
    // A Payload call without req inside another's transaction (e.g. a beforeChange hook's number
    // claim): a savepoint of it, which starts it if it has not written yet.
    const point = await savepoint(writer, outer)
    sessions[id] = { db, resolve: point.release, reject: point.undo }
    return id
  }
  const box = writer.enter() // synchronously, before any await: the caller's context carries it
  sessions[id] = { db, resolve: () => finish(writer, box, true), reject: () => finish(writer, box, false) }
  return id
}

function transactionObject(
  writer: SqliteWriter,
  open: () => boolean,
  commit: () => Promise<unknown>,
  rollback: () => Promise<unknown>,
): Transaction {
  const conn = writer.conn
  return {
    execute: (stmt: InStatement) => conn.execute(stmt),
    batch: (stmts: InStatement[]) => sequential(conn, stmts),
    executeMultiple: (sql: string) => conn.executeMultiple(sql),
    commit: async () => void (await commit()),
    rollback: async () => void (await rollback()),
    close: () => void (open() ? rollback().catch(() => undefined) : undefined),
    get closed() {
      return !open()
    },
  } as unknown as Transaction
}

/** libsql's `client.transaction()` (drizzle's `db.transaction`): a turn of its own, or a savepoint inside one. */
export async function libsqlTransaction(writer: SqliteWriter): Promise<Transaction> {
  const outer = liveBox(writer)
  if (outer) {
    const point = await savepoint(writer, outer)
    let open = true
    return transactionObject(
      writer,
      () => open,
      async () => {
        open = false
        await point.release()
      },
      async () => {
        open = false
        await point.undo()
      },
    )
  }
  const box = writer.enter()
  const turn = await writer.start(box)
  return transactionObject(
    writer,
    () => turn.open,
    () => finish(writer, box, true),
    () => finish(writer, box, false),
  )
}

/** The client drizzle is given as the adapter's connection: every call routed through the writer. */
export class RoutedClient {
  constructor(readonly writer: SqliteWriter) {}
  get closed(): boolean {
    return this.writer.main.closed
  }
  get protocol(): string {
    return this.writer.main.protocol
  }
  execute(stmtOrSql: InStatement, args?: unknown[]): Promise<ResultSet> {
    return this.writer.execute(typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: (args ?? []) as never } : stmtOrSql)
  }
  batch(stmts: InStatement[], mode?: 'write' | 'read' | 'deferred'): Promise<ResultSet[]> {
    return this.writer.batch(stmts, mode)
  }
  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.writer.migrate(stmts)
  }
  transaction(): Promise<Transaction> {
    return libsqlTransaction(this.writer)
  }
  executeMultiple(sql: string): Promise<void> {
    return this.writer.executeMultiple(sql)
  }
  sync(): Promise<unknown> {
    return this.writer.main.sync()
  }
  close(): void {
    this.writer.close()
  }
}
