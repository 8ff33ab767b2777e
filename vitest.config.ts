import { defineConfig } from 'vitest/config'

const shared = {
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 180_000,
  env: { PAYLOAD_SECRET: 'test-secret-not-for-production', NEXT_TELEMETRY_DISABLED: '1' },
}

export default defineConfig({
  test: {
    // Integration files each open a real Payload on their own SQLite file; two at a time fit 2 cores.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit-int-e2e',
          include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Stops a test PostgreSQL left by a crashed test file (tests/helpers/postgres.ts).
          globalSetup: ['tests/postgresGlobalSetup.ts'],
        },
      },
      // The seeded site is built once (globalSetup) and read by every site test.
      { test: { ...shared, name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/globalSetup.ts'] } },
    ],
  },
})
