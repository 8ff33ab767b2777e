/**
 * Coalescing of site rebuild requests, as a pure state machine. Requests inside a short window
 * become one build; one build runs at a time; requests that arrive during a build cause exactly
 * one follow-up build.
 */
export type QueueState = { waiting: boolean; building: boolean; followUp: boolean }
export type QueueEvent = 'request' | 'windowClosed' | 'buildFinished'
export type QueueEffect = 'startWindow' | 'startBuild' | 'none'

export const IDLE: QueueState = { waiting: false, building: false, followUp: false }

/** The next state and what the caller must do. Never mutates `state`. */
export function step(state: QueueState, event: QueueEvent): { state: QueueState; effect: QueueEffect } {
  if (event === 'request') {
    if (state.building) return { state: { ...state, followUp: true }, effect: 'none' }
    if (state.waiting) return { state, effect: 'none' }
    return { state: { ...state, waiting: true }, effect: 'startWindow' }
  }
  if (event === 'windowClosed') {
    if (!state.waiting || state.building) return { state, effect: 'none' }
    return { state: { waiting: false, building: true, followUp: false }, effect: 'startBuild' }
  }
  if (!state.followUp) return { state: { ...state, building: false }, effect: 'none' }
  return { state: { waiting: true, building: false, followUp: false }, effect: 'startWindow' }
}

/** True when changes are waiting to go live (queued, or arrived during the running build). */
export const hasPendingChanges = (state: QueueState): boolean => state.waiting || state.followUp
