/**
 * Coalescing and retrying of site rebuild requests, as a pure state machine. Requests inside a
 * short window become one build; one build runs at a time; requests that arrive during a build
 * cause exactly one follow-up build. A failed build is tried again after each delay in
 * `RETRY_DELAYS_MS`; after the last one it stays failed until the next request. The changed
 * documents travel with the state, so a build knows what it is for (targeted builds will use it).
 */
import type { Change } from '../../cms/publishPort.ts'

export type { Change }
export type QueueState = {
  waiting: boolean
  building: boolean
  followUp: boolean
  /** Failed tries of the current changes (0 after a success or a new request). */
  failures: number
  /** When the next retry starts (epoch ms), or null. */
  retryAt: number | null
  /** Changes not yet handed to a build. */
  queued: Change[]
  /** Changes the running (or failed, waiting to retry) build is for. */
  current: Change[]
}
export type QueueEvent =
  | { type: 'request'; changed: readonly Change[] }
  | { type: 'windowClosed' }
  | { type: 'buildFinished'; ok: boolean; now: number }
  | { type: 'retryDue'; at: number }
export type QueueEffect =
  | { kind: 'none' }
  | { kind: 'startWindow' }
  | { kind: 'startBuild'; changed: Change[] }
  | { kind: 'scheduleRetry'; at: number }

/** 10 s, 30 s, 90 s: four tries in all. */
export const RETRY_DELAYS_MS: readonly number[] = [10_000, 30_000, 90_000]

export const IDLE: QueueState = { waiting: false, building: false, followUp: false, failures: 0, retryAt: null, queued: [], current: [] }

const key = (change: Change): string => `${change.collection}:${String(change.id)}`

/** `a` then the changes of `b` not already in it (first occurrence wins). Never mutates. */
export function mergeChanges(a: readonly Change[], b: readonly Change[]): Change[] {
  const seen = new Set(a.map(key))
  const out = [...a]
  for (const change of b)
    if (!seen.has(key(change))) {
      seen.add(key(change))
      out.push(change)
    }
  return out
}

const none = (state: QueueState): { state: QueueState; effect: QueueEffect } => ({ state, effect: { kind: 'none' } })

function onRequest(state: QueueState, changed: readonly Change[]): { state: QueueState; effect: QueueEffect } {
  const queued = mergeChanges(state.queued, changed)
  if (state.building) return none({ ...state, queued, followUp: true })
  if (state.waiting) return none({ ...state, queued })
  // A new request ends any wait for a retry: its build carries the failed changes along, with fresh tries.
  const carried = state.retryAt === null ? queued : mergeChanges(state.current, queued)
  return { state: { ...state, queued: carried, current: [], waiting: true, retryAt: null, failures: 0 }, effect: { kind: 'startWindow' } }
}

function onFinished(state: QueueState, ok: boolean, now: number, delays: readonly number[]): { state: QueueState; effect: QueueEffect } {
  if (!state.building) return none(state)
  const failures = ok ? 0 : state.failures + 1
  if (state.followUp) {
    const queued = ok ? state.queued : mergeChanges(state.current, state.queued)
    return {
      state: { ...state, building: false, followUp: false, waiting: true, failures: 0, queued, current: [] },
      effect: { kind: 'startWindow' },
    }
  }
  if (ok) return none({ ...state, building: false, failures: 0, current: [] })
  const delay = delays[failures - 1]
  if (delay === undefined) return none({ ...state, building: false, failures, retryAt: null })
  const at = now + delay
  return { state: { ...state, building: false, failures, retryAt: at }, effect: { kind: 'scheduleRetry', at } }
}

/** The next state and what the caller must do. Never mutates `state`. */
export function step(
  state: QueueState,
  event: QueueEvent,
  delays: readonly number[] = RETRY_DELAYS_MS,
): { state: QueueState; effect: QueueEffect } {
  switch (event.type) {
    case 'request':
      return onRequest(state, event.changed)
    case 'windowClosed':
      if (!state.waiting || state.building) return none(state)
      return {
        state: { ...state, waiting: false, building: true, followUp: false, queued: [], current: state.queued },
        effect: { kind: 'startBuild', changed: state.queued },
      }
    case 'buildFinished':
      return onFinished(state, event.ok, event.now, delays)
    case 'retryDue':
      if (state.retryAt !== event.at || state.building || state.waiting) return none(state)
      return { state: { ...state, building: true, retryAt: null }, effect: { kind: 'startBuild', changed: state.current } }
  }
}

/** True when changes are waiting to go live (queued, arrived during the running build, or waiting for a retry). */
export const hasPendingChanges = (state: QueueState): boolean => state.waiting || state.followUp || state.retryAt !== null

/** True when a build is running or will start by itself (window open or retry armed). */
export const isBusy = (state: QueueState): boolean => state.waiting || state.building || state.retryAt !== null
