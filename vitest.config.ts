import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    // Integration files each open a real Payload on their own SQLite file; two at a time fit 2 cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { PAYLOAD_SECRET: 'test-secret-not-for-production', NEXT_TELEMETRY_DISABLED: '1' },
  },
})
