/**
 * Payload's job cron (queue `default`: scheduled publish and unpublish, the overdue refresh, erasing
 * residents' contact details) starts in every Payload instance that Next or the builder creates —
 * with several API processes it would run in each of them. It acts only in the instance that the
 * site builder registered, and only while that builder holds the builder lease: exactly one process
 * in the whole deployment (publisher/lease.ts). Per module graph, like the instances themselves.
 */
import type { Payload } from 'payload'

const gates = new WeakMap<Payload, () => boolean>()

/** Let this instance's cron run its jobs whenever `when()` holds (the builder: while it holds the lease). */
export function allowAutoRun(payload: Payload, when: () => boolean): void {
  gates.set(payload, when)
}

/** Payload's `jobs.shouldAutoRun`: only a registered instance, and only while its condition holds. */
export function shouldAutoRun(payload: Payload): boolean {
  return gates.get(payload)?.() ?? false
}
