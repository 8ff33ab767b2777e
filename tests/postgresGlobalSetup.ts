/**
 * Before and after a run: stop and delete every test PostgreSQL whose starting process is gone (a test
 * file that crashed or was killed before its afterAll). Servers of running test files are left alone.
 */
import { stopOrphanedClusters } from './helpers/postgres.ts'

export default function setup(): () => void {
  stopOrphanedClusters()
  return () => {
    stopOrphanedClusters()
  }
}
