import fs from 'node:fs'
import { it } from 'vitest'
import { siteDir } from './site.ts'
it('copies', () => { fs.rmSync('/tmp/vol-site', { recursive: true, force: true }); fs.cpSync(siteDir(), '/tmp/vol-site', { recursive: true }) })
