import { describe, expect, it } from 'vitest'
import { type Change, IDLE, mergeChanges, type QueueEvent, type QueueState, step } from '../../publisher/rules/rebuildQueue.ts'

const a: Change = { collection: 'bulletins', id: 1 }
const b: Change = { collection: 'media', id: '7' }
const delays = [10, 30, 90]
const run = (events: QueueEvent[], from: QueueState = IDLE) => {
  let state = from
  const effects: string[] = []
  for (const event of events) {
    const next = step(state, event, delays)
    state = next.state
    effects.push(next.effect.kind === 'scheduleRetry' ? `retry@${next.effect.at}` : next.effect.kind)
  }
  return { state, effects }
}
const request = (...changed: Change[]): QueueEvent => ({ type: 'request', changed })
const closed: QueueEvent = { type: 'windowClosed' }
const done = (ok: boolean, now = 1000): QueueEvent => ({ type: 'buildFinished', ok, now })

describe('rebuild queue', () => {
  describe.each([
    ['one request builds once', [request(a), closed, done(true)], ['startWindow', 'startBuild', 'none'], { building: false, failures: 0 }],
    [
      'requests in one window coalesce',
      [request(a), request(b), closed],
      ['startWindow', 'none', 'startBuild'],
      { building: true, current: [a, b] },
    ],
    [
      'a request during a build causes one follow-up',
      [request(a), closed, request(b), request(b), done(true)],
      ['startWindow', 'startBuild', 'none', 'none', 'startWindow'],
      { waiting: true, queued: [b] },
    ],
    [
      'a failure is retried after the first delay',
      [request(a), closed, done(false, 1000)],
      ['startWindow', 'startBuild', 'retry@1010'],
      { retryAt: 1010, failures: 1, current: [a] },
    ],
    [
      'the retry builds the same changes',
      [request(a), closed, done(false, 1000), { type: 'retryDue', at: 1010 }],
      ['startWindow', 'startBuild', 'retry@1010', 'startBuild'],
      { building: true, current: [a] },
    ],
    [
      'a stale retry timer is ignored',
      [request(a), closed, done(false, 1000), { type: 'retryDue', at: 999 }],
      ['startWindow', 'startBuild', 'retry@1010', 'none'],
      { retryAt: 1010 },
    ],
    [
      'after the last retry it stays failed',
      [
        request(a),
        closed,
        done(false, 0),
        { type: 'retryDue', at: 10 },
        done(false, 10),
        { type: 'retryDue', at: 40 },
        done(false, 40),
        { type: 'retryDue', at: 130 },
        done(false, 130),
      ],
      ['startWindow', 'startBuild', 'retry@10', 'startBuild', 'retry@40', 'startBuild', 'retry@130', 'startBuild', 'none'],
      { building: false, retryAt: null, failures: 4 },
    ],
    [
      'a new request during the wait builds now with fresh tries and the failed changes',
      [request(a), closed, done(false), request(b)],
      ['startWindow', 'startBuild', 'retry@1010', 'startWindow'],
      { retryAt: null, failures: 0, waiting: true, queued: [a, b] },
    ],
    [
      'a failure with a follow-up waiting builds again at once',
      [request(a), closed, request(b), done(false)],
      ['startWindow', 'startBuild', 'none', 'startWindow'],
      { waiting: true, queued: [a, b], retryAt: null },
    ],
  ] as const)('%s', (_name, events, effects, expected) => {
    it('should produce the effects and state', () => {
      const result = run([...events])
      expect(result.effects).toEqual(effects)
      expect(result.state).toMatchObject(expected)
    })
  })

  it('should never mutate the state it is given', () => {
    const state = Object.freeze({ ...IDLE, queued: Object.freeze([a]) as Change[] })
    expect(() => step(state, request(b))).not.toThrow()
    expect(state.queued).toEqual([a])
  })

  it.each([
    [[a], [a, b], [a, b]],
    [[], [b, b], [b]],
    [[{ collection: 'media', id: 7 }], [b], [{ collection: 'media', id: 7 }]],
  ])('should merge %j and %j into %j', (left, right, expected) => {
    expect(mergeChanges(left, right)).toEqual(expected)
  })
})
