/**
 * The builder lease in the database (collection `builder-leases`, rule in publisher/rules/builderLease.ts).
 * Taking and renewing are ONE conditional update — "set holder = me, expiresAt = now + 30 s where
 * name = site-builder and (holder = me or expiresAt < now)" — through the adapter's atomic
 * `updateOne` (the same call Payload's own forgot-password throttle uses), which is a single
 * UPDATE … WHERE … RETURNING on SQLite and a findOneAndUpdate on MongoDB: of two builders racing
 * for an expired lease exactly one gets a row back. The row returned is checked again.
 */
import crypto from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'
import { slugs } from '../cms/slugs.ts'
import {
  type AttemptOutcome,
  afterAttempt,
  confirmsHolder,
  DEFAULT_LEASE_TIMING,
  expiryFrom,
  holderId,
  type LeaseRow,
  type LeaseState,
  type LeaseTiming,
  WAITING,
} from './rules/builderLease.ts'

export const SITE_BUILDER_LEASE = 'site-builder'
const EPOCH = new Date(0).toISOString()

export type LeaseOptions = { holder?: string; name?: string; timing?: LeaseTiming; now?: () => Date }

type Row = LeaseRow & { id: number | string }

export async function readLease(payload: Payload, name = SITE_BUILDER_LEASE): Promise<Row | null> {
  const { docs } = await payload.find({ collection: slugs.builderLeases, where: { name: { equals: name } }, limit: 1, depth: 0 })
  return (docs[0] as Row | undefined) ?? null
}

/** The lease row exists before anyone competes for it (two creating it at once: the unique name lets one win). */
async function ensureRow(payload: Payload, name: string): Promise<void> {
  if (await readLease(payload, name)) return
  await payload
    .create({ collection: slugs.builderLeases, data: { name, holder: null, expiresAt: EPOCH } })
    .catch(async (error: unknown) => {
      if (!(await readLease(payload, name))) throw error
    })
}

/** One attempt to take or renew the lease for `holder`: the new expiry when the database wrote it, null when another holds it. */
export async function tryTakeLease(
  payload: Payload,
  holder: string,
  now: Date,
  timing: LeaseTiming = DEFAULT_LEASE_TIMING,
  name = SITE_BUILDER_LEASE,
): Promise<Date | null> {
  await ensureRow(payload, name)
  const expiresAt = expiryFrom(now, timing)
  const row = (await payload.db.updateOne({
    collection: slugs.builderLeases,
    data: { holder, expiresAt: expiresAt.toISOString() },
    options: { atomic: true },
    where: {
      and: [{ name: { equals: name } }, { or: [{ holder: { equals: holder } }, { expiresAt: { less_than: now.toISOString() } }] }],
    },
  })) as unknown as LeaseRow | null
  return confirmsHolder(row, holder, now) ? expiresAt : null
}

/** Give the lease up at once (clean shutdown), so a waiting builder need not wait for it to run out. */
export async function releaseLease(payload: Payload, holder: string, name = SITE_BUILDER_LEASE): Promise<void> {
  await payload.db.updateOne({
    collection: slugs.builderLeases,
    data: { holder: null, expiresAt: EPOCH },
    options: { atomic: true },
    where: { and: [{ name: { equals: name } }, { holder: { equals: holder } }] },
  })
}

export type LeaseHandlers = { onAcquired: () => void; onLost: () => void; onWaiting?: (holder: LeaseRow | null) => void }

/** Holds the lease for this process: attempts at once, then every `renewMs`; calls back when it is won and lost. */
export class BuilderLease {
  readonly holder: string
  readonly #name: string
  readonly #timing: LeaseTiming
  readonly #now: () => Date
  #state: LeaseState = WAITING
  #timer: ReturnType<typeof setTimeout> | undefined
  #stopped = false

  constructor(
    private readonly payload: Payload,
    options: LeaseOptions = {},
  ) {
    this.holder = options.holder ?? holderId(os.hostname(), process.pid, crypto.randomBytes(4).toString('hex'))
    this.#name = options.name ?? SITE_BUILDER_LEASE
    this.#timing = options.timing ?? DEFAULT_LEASE_TIMING
    this.#now = options.now ?? (() => new Date())
  }

  get held(): boolean {
    return this.#state.kind === 'holding'
  }

  start(handlers: LeaseHandlers): void {
    const tick = async () => {
      if (this.#stopped) return
      await this.attempt(handlers)
      if (!this.#stopped) this.#timer = setTimeout(() => void tick(), this.#timing.renewMs)
    }
    void tick()
  }

  /** One attempt (start() runs these on a timer; tests call it directly). */
  async attempt(handlers: LeaseHandlers): Promise<void> {
    const now = this.#now()
    const outcome: AttemptOutcome = await tryTakeLease(this.payload, this.holder, now, this.#timing, this.#name).then(
      (expiresAt): AttemptOutcome => (expiresAt ? { kind: 'won', expiresAt } : { kind: 'refused' }),
      (error: unknown): AttemptOutcome => {
        console.error('builder lease not written:', error)
        return { kind: 'error' }
      },
    )
    if (this.#stopped) return
    const next = afterAttempt(this.#state, outcome, now, this.#timing)
    this.#state = next.state
    if (next.event === 'acquired') handlers.onAcquired()
    else if (next.event === 'lost') handlers.onLost()
    else if (next.event === 'waiting') handlers.onWaiting?.(await readLease(this.payload, this.#name).catch(() => null))
  }

  /** Stop renewing and give the lease up if this process holds it. */
  async stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#timer)
    const held = this.held
    this.#state = WAITING
    if (held) await releaseLease(this.payload, this.holder, this.#name).catch(() => undefined)
  }
}

type Running = { close: () => void }

/**
 * Run something (the site builder) only while this process holds the lease: started when the lease
 * is won, closed when it is lost (and started again if it is won back), closed and released on close().
 */
export function whileHolding(lease: BuilderLease, start: () => Promise<Running>, log: (line: string) => void = console.log) {
  let running: Promise<Running | null> | null = null
  let lastWaitingFor: string | null | undefined
  const stopRunning = () => {
    const current = running
    running = null
    void current?.then((value) => value?.close())
  }
  lease.start({
    onAcquired: () => {
      log(`▶ 本进程负责构建网站 / this process is the site builder (${lease.holder})`)
      running = start().catch((error: unknown) => {
        console.error('site builder did not start:', error)
        return null
      })
    },
    onLost: () => {
      log('✖ 构建锁已失去，停止构建 / builder lease lost: building stopped')
      stopRunning()
    },
    onWaiting: (row) => {
      if (row?.holder === lastWaitingFor) return
      lastWaitingFor = row?.holder
      log(`… 等待构建锁（当前持有者 ${row?.holder ?? '无'}）/ waiting for the builder lease (held by ${row?.holder ?? 'nobody'})`)
    },
  })
  return {
    /** Resolves with the running builder once this process holds the lease and it started (tests, health). */
    current: () => running,
    close: async () => {
      stopRunning()
      await lease.stop()
    },
  }
}
