/**
 * Transactions on the embedded SQLite database: one writer per process, on one long-lived connection.
 *
 * Payload's SQLite adapter runs without transactions unless `transactionOptions` is set, and setting it
 * is not enough: @libsql/client hands its connection to each transaction and opens a new one for what
 * follows (a new connection parses the whole schema again and has no busy timeout), and libsql runs
 * every statement synchronously, so a writer waiting in SQLite's busy handler blocks the event loop —
 * the lock holder's COMMIT included. So, per Payload instance:
 *
 * - the adapter's connection (`main`) serves reads outside a transaction (WAL: they never wait);
 * - every write runs on a second connection (`conn`), opened once, one turn at a time (a FIFO queue):
 *   a transaction is a turn from `BEGIN IMMEDIATE` to `COMMIT`/`ROLLBACK`; a write outside one is a
 *   turn of its own; `run(fn)` makes fn's statements one transaction;
 * - which transaction a statement belongs to is known from its async context (AsyncLocalStorage
 *   "boxes", sqliteSessions.ts): inside one, every statement (reads too) runs on `conn`, and a Payload
 *   call made there without `req` is a SAVEPOINT of it instead of a writer waiting for it;
 * - a Payload operation's transaction starts at its first write, so image resizing or an S3 upload
 *   before it holds no lock;
 * - another process's write lock is waited for asynchronously (busy_timeout 0, a probe connection,
 *   sleeps), so the event loop never blocks in SQLite's busy handler;
 * - migrations run as before, statement by statement (their `PRAGMA foreign_keys=OFF` is a no-op inside
 *   a transaction, and libsql turns foreign keys on: a table rebuild would cascade).
 *
 * A write that waits longer than WRITE_WAIT_MS fails with WriterBusyError: every HTTP answer then is a 503
 * naming the cause (cms/hooks/answerWriterBusy.ts, publisher/fastApi.ts), never a 500.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { type Client, createClient, type InStatement, type ResultSet } from '@libsql/client'
import { WRITER_BUSY } from './domain/writerBusy.ts'

export const WRITE_WAIT_MS = 15_000

/** Named as cms/domain/writerBusy.ts recognises it (through Drizzle's wrapping, by `name` and `cause`). */
export class WriterBusyError extends Error {
  override name = WRITER_BUSY
}

export type Turn = { open: boolean; savepoints: number; release: () => void; origin: Error }
/**
 * What an async context knows about its transaction. A Payload session's box starts empty and gets
 * its turn at its first write (`starting`), so an operation's reads, image resizing or S3 upload
 * before its first write hold no lock; `done` once committed or rolled back.
 */
export type Box = { turn: Turn | null; starting: Promise<Turn> | null; done: boolean }

const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Statements that only read: they may run on the main connection outside a turn. */
export function isReadOnly(sql: string): boolean {
  const head = sql.trimStart().slice(0, 8).toLowerCase()
  if (head.startsWith('select') || head.startsWith('explain')) return true
  if (head.startsWith('with')) return !/\b(insert|update|delete|replace)\b/i.test(sql)
  if (head.startsWith('pragma')) return !sql.includes('=') && !/optimize|checkpoint|vacuum/i.test(sql)
  return false
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || (error instanceof Error && /database is locked/.test(error.message))
}

/** The main connection's busy timeout (cms/db.ts sets the same on the adapter's connection). */
export const MAIN_BUSY_MS = 5_000

/** After another process's lock was met, wait on the probe connection first for this long. */
const CONTENDED_MS = 30_000

export class SqliteWriter {
  conn: Client
  /** At most one open turn per process: the one `conn` is in. */
  current: Turn | null = null
  /** > 0 while migrations run: Payload gets no transaction (see the top of this file). */
  bare = 0
  /** Where a failed COMMIT is reported (Payload's commitTransaction swallows the error). */
  report: (message: string, error: unknown) => void = () => undefined
  readonly boxes = new AsyncLocalStorage<Box>()
  private tail: Promise<void> = Promise.resolve()
  private ready: Promise<void>
  private probe: Client | null = null
  private contendedUntil = 0
  /** How long a write waits for the writer or another process's lock before WriterBusyError. */
  waitMs = WRITE_WAIT_MS

  constructor(
    public main: Client,
    private readonly url: string,
    private readonly pragmas: readonly string[],
  ) {
    this.conn = createClient({ url })
    this.ready = this.prepare(this.conn)
  }

  private prepare(conn: Client): Promise<void> {
    const ready = (async () => {
      await conn.execute('PRAGMA busy_timeout = 0') // waits are async (queue, probe), never in SQLite's busy handler
      for (const pragma of this.pragmas) await conn.execute(pragma)
    })()
    ready.catch(() => undefined)
    return ready
  }

  /**
   * A fresh writer connection, between turns: a statement that met SQLITE_BUSY stays "in progress"
   * in libsql, and the connection's next COMMIT would fail ("SQL statements in progress").
   */
  private async reconnect(): Promise<void> {
    const old = this.conn
    this.conn = createClient({ url: this.url })
    this.ready = this.prepare(this.conn)
    old.close()
    await this.ready
  }

  /** The open turn of this async context, if any. */
  openTurn(): Turn | null {
    const turn = this.boxes.getStore()?.turn
    return turn?.open ? turn : null
  }

  /** True inside a transaction of this context (a `run(fn)` or a Payload session that has written). */
  inTurn(): boolean {
    return this.openTurn() !== null
  }

  /** Wait for this process's turn to write (first come, first served). */
  private async take(): Promise<Turn> {
    const before = this.tail
    let done!: () => void
    const mine = new Promise<void>((resolve) => (done = resolve))
    this.tail = before.then(() => mine)
    const turn: Turn = {
      open: false,
      savepoints: 0,
      origin: new Error('the turn was taken here'),
      release: () => {
        turn.open = false
        if (this.current === turn) this.current = null
        done()
      },
    }
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      before.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.waitMs))),
    ])
    clearTimeout(timer)
    if (!waited) {
      turn.release() // passes the turn on as soon as it comes
      const holder = this.current?.origin.stack?.split('\n').slice(1, 12).join('\n')
      throw new WriterBusyError(
        `SQLite: a write waited ${this.waitMs / 1000} s for this process's writer (a long transaction, or a write without req inside one); the open turn began:\n${holder ?? '(none)'}`,
      )
    }
    try {
      await this.ready
    } catch (error) {
      turn.release()
      throw error
    }
    turn.open = true
    this.current = turn
    return turn
  }

  /** While other processes have been writing: wait (async) until the database's write lock looks free. */
  private async lockLooksFree(deadline: number): Promise<void> {
    if (Date.now() >= this.contendedUntil) return
    this.probe ??= createClient({ url: this.url })
    for (let attempt = 0; ; attempt++) {
      try {
        await this.probe.execute('BEGIN IMMEDIATE')
        await this.probe.execute('ROLLBACK')
        return
      } catch (error) {
        if (!isBusy(error)) throw error
        // The BUSY statement stays in progress and keeps the probe's old snapshot: a later BEGIN
        // IMMEDIATE on it would stay BUSY once another process has committed. A new probe costs ~0.5 ms.
        this.probe.close()
        this.probe = createClient({ url: this.url })
        if (Date.now() > deadline)
          throw new WriterBusyError(`SQLite: the database stayed locked by another process for ${this.waitMs / 1000} s`)
        await sleep(Math.min(20, 2 ** attempt) + Math.random() * 2)
      }
    }
  }

  /** Holding the turn: run work on `conn`, waiting (async) while another process holds the write lock. */
  private async patient<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.waitMs
    for (;;) {
      await this.lockLooksFree(deadline)
      try {
        return await work()
      } catch (error) {
        if (!isBusy(error)) throw error
        this.contendedUntil = Date.now() + CONTENDED_MS
        await this.reconnect()
        if (Date.now() > deadline)
          throw new WriterBusyError(`SQLite: the database stayed locked by another process for ${this.waitMs / 1000} s`)
      }
    }
  }

  /** The turn and `BEGIN IMMEDIATE`. */
  async begin(): Promise<Turn> {
    const turn = await this.take()
    try {
      await this.patient(() => this.conn.execute('BEGIN IMMEDIATE'))
    } catch (error) {
      turn.release()
      throw error
    }
    return turn
  }

  /** Start a box's transaction (once; concurrent first writes share it). */
  start(box: Box): Promise<Turn> {
    box.starting ??= this.begin().then((turn) => {
      box.turn = turn
      return turn
    })
    return box.starting
  }

  /** Called synchronously where a transaction begins: the caller's async context gets a box (see sqliteSessions.ts). */
  enter(): Box {
    const box: Box = { turn: null, starting: null, done: false }
    this.boxes.enterWith(box)
    return box
  }

  async commit(turn: Turn): Promise<void> {
    if (!turn.open) return
    try {
      await this.conn.execute('COMMIT')
    } catch (error) {
      this.report('SQLite: COMMIT failed, the transaction was rolled back', error)
      await this.conn.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      turn.release()
    }
  }

  async rollback(turn: Turn): Promise<void> {
    if (!turn.open) return
    try {
      await this.conn.execute('ROLLBACK') // "no transaction is active" when SQLite already rolled back
    } catch {
    } finally {
      turn.release()
    }
  }

  /** fn's statements as ONE transaction (joined when already inside one). */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTurn()) return fn()
    const turn = await this.begin()
    const box: Box = { turn, starting: Promise.resolve(turn), done: false }
    try {
      const result = await this.boxes.run(box, fn)
      await this.commit(turn)
      return result
    } catch (error) {
      await this.rollback(turn)
      throw error
    } finally {
      box.done = true
    }
  }

  /** One statement (or a libsql batch/migrate, which bring their own BEGIN) outside any transaction. */
  private async alone<T>(work: (conn: Client) => Promise<T>): Promise<T> {
    const turn = await this.take()
    try {
      return await this.boxes.run({ turn, starting: null, done: false }, () => this.patient(() => work(this.conn)))
    } finally {
      turn.release()
    }
  }

  /**
   * Where a statement runs: on `conn` inside this context's open transaction; a write of a Payload
   * session that has not written yet starts its transaction; other reads on the main connection;
   * other writes alone, in turn.
   */
  async execute(stmt: InStatement): Promise<ResultSet> {
    const box = this.boxes.getStore()
    if (box?.turn?.open) return this.conn.execute(stmt)
    const read = isReadOnly(sqlOf(stmt))
    if (box && !box.done && !box.turn && !read) {
      await this.start(box)
      return this.conn.execute(stmt)
    }
    if (read) return this.main.execute(stmt)
    if (/^\s*pragma\s+optimize/i.test(sqlOf(stmt))) return this.onMain(stmt)
    return this.alone((conn) => conn.execute(stmt))
  }

  /**
   * `PRAGMA optimize` runs where the reads ran (SQLite 3.45 analyzes the tables this connection has
   * queried), in turn. A BUSY statement would stay in progress and pin the connection's snapshot:
   * the main connection is replaced then.
   */
  private async onMain(stmt: InStatement): Promise<ResultSet> {
    const turn = await this.take()
    try {
      return await this.main.execute(stmt)
    } catch (error) {
      if (isBusy(error)) {
        const old = this.main
        this.main = createClient({ url: this.url })
        await this.main.execute(`PRAGMA busy_timeout = ${MAIN_BUSY_MS}`)
        old.close()
      }
      throw error
    } finally {
      turn.release()
    }
  }

  async batch(stmts: InStatement[], mode?: 'write' | 'read' | 'deferred'): Promise<ResultSet[]> {
    const box = this.boxes.getStore()
    const read = stmts.every((stmt) => isReadOnly(sqlOf(stmt)))
    if (box && !box.done && !box.turn && !read) await this.start(box)
    if (box?.turn?.open) return sequential(this.conn, stmts)
    if (read) return this.main.batch(stmts, mode)
    return this.alone((conn) => conn.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.alone((conn) => conn.migrate(stmts))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.alone((conn) => conn.executeMultiple(sql))
  }

  close(): void {
    this.conn.close()
    this.probe?.close()
    this.main.close()
  }
}

export async function sequential(conn: Client, stmts: InStatement[]): Promise<ResultSet[]> {
  const results: ResultSet[] = []
  for (const stmt of stmts) results.push(await conn.execute(stmt))
  return results
}
