/**
 * At most one preview build per server. A request for the build that is running shares it; a request
 * for any other build is refused (the caller answers 429) until the running one settles.
 */
export class OneBuildAtATime<T> {
  #running: { key: string; result: Promise<T> } | null = null

  /** The key of the running build, or null when idle. */
  get runningKey(): string | null {
    return this.#running?.key ?? null
  }

  /** The result of the build for `key` (started now, or the one already running), or null when busy with another. */
  run(key: string, start: () => Promise<T>): Promise<T> | null {
    if (this.#running) return this.#running.key === key ? this.#running.result : null
    let started: Promise<T>
    try {
      started = start()
    } catch (error) {
      started = Promise.reject(error)
    }
    const running = { key, result: started.finally(() => this.#release(running)) }
    this.#running = running
    return running.result
  }

  #release(running: { key: string }): void {
    if (this.#running === running) this.#running = null
  }
}
