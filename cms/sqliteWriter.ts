/**
 * Transactions on the embedded SQLite database: one writer per process, on one long-lived connection.
 *
 * Payload's SQLite adapter runs without transactions unless `transactionOptions` is set, and setting it
 * is not enough: @libsql/client hands its connection to each transaction and opens a new one for what
 * follows (a new connection parses the whole schema again and has no busy timeout), and libsql runs
 * every statement synchronously, so a second writer waiting in SQLite's busy handler blocks the event
 * loop — the first writer's COMMIT included. So, per Payload instance:
 *
 * - the adapter's connection (`main`) keeps serving reads outside a transaction (WAL: they never wait);
 * - every write goes to a second connection (`conn`), opened once, one turn at a time (a FIFO queue):
 *   a Payload transaction is a turn from `BEGIN IMMEDIATE` to `COMMIT`/`ROLLBACK`; a write statement
 *   outside one is a turn of its own; `run(fn)` makes fn's statements one transaction;
 * - inside a `run(fn)` turn (AsyncLocalStorage) every statement, reads included, goes to `conn`, and a
 *   Payload operation started there is a SAVEPOINT of the same transaction;
 * - `conn` has no busy timeout: when another process holds the database's write lock, `BEGIN IMMEDIATE`
 *   is retried after a short async sleep, so the event loop never blocks;
 * - migrations run as before, statement by statement (their `PRAGMA foreign_keys=OFF` is a no-op inside
 *   a transaction, and libsql turns foreign keys on: a table rebuild would cascade).
 *
 * A write that waits longer than WRITE_WAIT_MS for its turn fails with WriterBusyError (a 503 for a
 * resident). A Payload call that writes WITHOUT `req` inside another Payload operation's transaction
 * would wait for that transaction forever on SQLite: it fails this way instead. Pass `req`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import { type Client, createClient, type InStatement, type ResultSet, type Transaction } from '@libsql/client'

export const WRITE_WAIT_MS = 15_000

export class WriterBusyError extends Error {
  override name = 'WriterBusyError'
}

type Turn = { open: boolean; savepoints: number; release: () => void; origin: Error }
/** What an async context knows: the turn its transaction holds (filled once the turn is taken). */
type Box = { turn: Turn | null }
type Session = { db: unknown; resolve: () => Promise<unknown>; reject: () => Promise<unknown> }

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

/**
 * The writer connection's own busy wait, in SQLite's (synchronous) busy handler: long enough for
 * another process's usual transaction, short enough not to stall the event loop for long. Past it the
 * connection is replaced (a statement that got SQLITE_BUSY stays "in progress" in libsql and would make
 * the next COMMIT fail) and the write is retried after an async sleep.
 */
export const BRIEF_BUSY_MS = 50

export class SqliteWriter {
  conn: Client
  /** At most one open turn per process: the one `conn` is in. */
  current: Turn | null = null
  /** > 0 while migrations run: Payload gets no transaction (see the top of this file). */
  bare = 0
  private tail: Promise<void> = Promise.resolve()
  private readonly turns = new AsyncLocalStorage<Box>()
  private ready: Promise<void>
  /** Where a failed COMMIT is reported (Payload's commitTransaction swallows the error). */
  report: (message: string, error: unknown) => void = () => undefined

  constructor(
    readonly main: Client,
    private readonly url: string,
    private readonly pragmas: readonly string[],
  ) {
    this.conn = createClient({ url })
    this.ready = this.prepare(this.conn)
  }

  private prepare(conn: Client): Promise<void> {
    const ready = (async () => {
      await conn.execute(`PRAGMA busy_timeout = ${BRIEF_BUSY_MS}`)
      for (const pragma of this.pragmas) await conn.execute(pragma)
    })()
    ready.catch(() => undefined)
    return ready
  }

  /** A fresh writer connection (only between turns: the caller holds the turn, no transaction is open). */
  private async reconnect(): Promise<void> {
    const old = this.conn
    this.conn = createClient({ url: this.url })
    this.ready = this.prepare(this.conn)
    old.close()
    await this.ready
  }

  /** True inside `run(fn)` (and what fn starts) while its transaction is open. */
  inTurn(): boolean {
    return this.openTurn() !== null
  }

  private openTurn(): Turn | null {
    const turn = this.turns.getStore()?.turn
    return turn?.open ? turn : null
  }

  /**
   * Called synchronously where a Payload or drizzle transaction begins: the caller's async context
   * (the operation, its hooks, what they call without req) gets a box that will hold the turn, so
   * that what it runs inside the transaction joins it instead of waiting for it.
   */
  private enter(): Box {
    const box: Box = { turn: null }
    this.turns.enterWith(box)
    return box
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
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), WRITE_WAIT_MS))),
    ])
    clearTimeout(timer)
    if (!waited) {
      turn.release() // passes the turn on as soon as it comes
      const holder = this.current?.origin.stack?.split('\n').slice(1, 12).join('\n')
      throw new WriterBusyError(
        `SQLite: a write waited ${WRITE_WAIT_MS / 1000} s for this process's writer (a long transaction, or a write without req inside one); the open turn began:\n${holder ?? '(none)'}`,
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

  /** Run work, retrying (asynchronously) while another process holds the write lock. */
  private async patient<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + WRITE_WAIT_MS
    for (let attempt = 0; ; attempt++) {
      try {
        return await work()
      } catch (error) {
        if (!isBusy(error)) throw error
        await this.reconnect()
        if (Date.now() > deadline) throw new WriterBusyError(`SQLite: the database stayed locked by another process for ${WRITE_WAIT_MS / 1000} s`)
        await sleep(Math.min(25, 2 ** attempt) + Math.random() * 2)
      }
    }
  }

  private async begin(): Promise<Turn> {
    const turn = await this.take()
    try {
      await this.patient(() => this.conn.execute('BEGIN IMMEDIATE'))
    } catch (error) {
      turn.release()
      throw error
    }
    return turn
  }

  private async commit(turn: Turn): Promise<void> {
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

  private async rollback(turn: Turn): Promise<void> {
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
    try {
      const result = await this.turns.run({ turn }, fn)
      await this.commit(turn)
      return result
    } catch (error) {
      await this.rollback(turn)
      throw error
    }
  }

  /** One statement (or a libsql batch/migrate, which bring their own BEGIN) outside any transaction. */
  private async alone<T>(work: (conn: Client) => Promise<T>): Promise<T> {
    if (this.inTurn()) return work(this.conn)
    const turn = await this.take()
    try {
      return await this.turns.run({ turn }, () => this.patient(() => work(this.conn)))
    } finally {
      turn.release()
    }
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    if (this.inTurn()) return this.conn.execute(stmt)
    if (isReadOnly(sqlOf(stmt))) return this.main.execute(stmt)
    return this.alone((conn) => conn.execute(stmt))
  }

  /** A statement of a Payload session: on `conn` while a turn is open (the session's own), else routed as usual. */
  executeInSession(stmt: InStatement): Promise<ResultSet> {
    return this.current?.open ? this.conn.execute(stmt) : this.execute(stmt)
  }

  async batch(stmts: InStatement[], mode?: 'write' | 'read' | 'deferred'): Promise<ResultSet[]> {
    if (this.inTurn()) return sequential(this.conn, stmts)
    if (stmts.every((stmt) => isReadOnly(sqlOf(stmt)))) return this.main.batch(stmts, mode)
    return this.alone((conn) => conn.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.alone((conn) => conn.migrate(stmts))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.alone((conn) => conn.executeMultiple(sql))
  }

  /** libsql's `client.transaction()` (drizzle's db.transaction): a turn, or a savepoint inside one. */
  async transaction(): Promise<Transaction> {
    const outer = this.openTurn()
    if (outer) {
      const name = `sp_${outer.savepoints++}`
      await this.conn.execute(`SAVEPOINT ${name}`)
      return this.transactionObject(
        () => outer.open,
        () => this.conn.execute(`RELEASE ${name}`),
        () => this.rollbackTo(outer, name),
      )
    }
    const box = this.enter()
    const turn = await this.begin()
    box.turn = turn
    return this.transactionObject(
      () => turn.open,
      () => this.commit(turn),
      () => this.rollback(turn),
    )
  }

  private async rollbackTo(outer: Turn, name: string): Promise<void> {
    if (!outer.open) return
    await this.conn.execute(`ROLLBACK TO ${name}`)
    await this.conn.execute(`RELEASE ${name}`)
  }

  private transactionObject(open: () => boolean, commit: () => Promise<unknown>, rollback: () => Promise<unknown>): Transaction {
    const conn = this.conn
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

  /**
   * Payload's beginTransaction: a session whose statements run on `conn` (`sessionDb`), committed or
   * rolled back by Payload's commitTransaction / rollbackTransaction through resolve / reject. null
   * (no transaction, as the adapter's default) while migrations run.
   */
  async beginSession(sessions: Record<string, Session>, sessionDb: unknown): Promise<string | null> {
    if (this.bare > 0) return null
    const id = randomUUID()
    const outer = this.openTurn()
    if (outer) {
      const name = `sp_${outer.savepoints++}`
      await this.conn.execute(`SAVEPOINT ${name}`)
      sessions[id] = {
        db: sessionDb,
        resolve: async () => (outer.open ? this.conn.execute(`RELEASE ${name}`) : undefined),
        reject: () => this.rollbackTo(outer, name),
      }
      return id
    }
    const box = this.enter()
    const turn = await this.begin()
    box.turn = turn
    sessions[id] = { db: sessionDb, resolve: () => this.commit(turn), reject: () => this.rollback(turn) }
    return id
  }

  close(): void {
    this.conn.close()
    this.main.close()
  }
}

async function sequential(conn: Client, stmts: InStatement[]): Promise<ResultSet[]> {
  const results: ResultSet[] = []
  for (const stmt of stmts) results.push(await conn.execute(stmt))
  return results
}

/** The client drizzle is given as the adapter's connection: routes each call through the writer. */
export class RoutedClient {
  constructor(
    readonly writer: SqliteWriter,
    private readonly inSession = false,
  ) {}
  get closed(): boolean {
    return this.writer.main.closed
  }
  get protocol(): string {
    return this.writer.main.protocol
  }
  execute(stmtOrSql: InStatement, args?: unknown[]): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: (args ?? []) as never } : stmtOrSql
    return this.inSession ? this.writer.executeInSession(stmt) : this.writer.execute(stmt)
  }
  batch(stmts: InStatement[], mode?: 'write' | 'read' | 'deferred'): Promise<ResultSet[]> {
    if (this.inSession && this.writer.current?.open) return sequential(this.writer.conn, stmts)
    return this.writer.batch(stmts, mode)
  }
  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.writer.migrate(stmts)
  }
  transaction(): Promise<Transaction> {
    return this.writer.transaction()
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
