/** What `virtual:campaign/page-settings` is when site modules run under Vitest (vitest.config.ts alias): the test run's settings. */
import { pageSettings } from '../../site/lib/pageSettings.ts'
import { testSettings } from './testEnv.ts'

export default pageSettings(testSettings())
