import { describe, expect, it } from 'vitest'
import { workerEnv } from '../../publisher/runners.ts'

describe('the build process environment', () => {
  it('pins PROJECT_ROOT to the project when the parent left it unset (builds run in a scratch working directory)', () => {
    const env = workerEnv({ PATH: '/usr/bin', DATABASE_URL: '' }, '/srv/campaign')
    expect(env.PROJECT_ROOT).toBe('/srv/campaign')
    expect(env.NODE_ENV).toBe('production')
    expect(env.PATH).toBe('/usr/bin')
  })
  it("keeps the parent's PROJECT_ROOT when it is set", () => {
    expect(workerEnv({ PROJECT_ROOT: '/data/city' }, '/srv/campaign').PROJECT_ROOT).toBe('/data/city')
  })
  it('treats an empty PROJECT_ROOT as unset', () => {
    expect(workerEnv({ PROJECT_ROOT: '' }, '/srv/campaign').PROJECT_ROOT).toBe('/srv/campaign')
  })
})
