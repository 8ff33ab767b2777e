/**
 * The heaviest functions of a .cpuprofile (self time), and the time per source file group, so a
 * profile can be read without a browser: npx tsx bench/profileSummary.ts <file.cpuprofile> [top] [last seconds]
 * (last seconds: only the samples of the profile's last N seconds, e.g. a load run just before the process stopped).
 */
import fs from 'node:fs'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, top = '30', lastSeconds] = process.argv.slice(2)
if (!file) throw new Error('usage: npx tsx bench/profileSummary.ts <file.cpuprofile> [top]')
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const self = new Map<number, number>()
const sampleTimes: number[] = []
for (const delta of profile.timeDeltas) sampleTimes.push((sampleTimes.at(-1) ?? 0) + delta)
const from = lastSeconds ? (sampleTimes.at(-1) ?? 0) - Number(lastSeconds) * 1e6 : Number.NEGATIVE_INFINITY
for (const [i, id] of profile.samples.entries())
  if ((sampleTimes[i] ?? 0) >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
const total = [...self.values()].reduce((a, b) => a + b, 0)
const group = (url: string): string => {
  const match = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (match) return match[1] as string
  if (url.includes('/publisher/')) return 'publisher'
  if (url.includes('/site/')) return 'site'
  if (url.includes('/cms/')) return 'cms'
  return url ? (url.startsWith('node:') ? 'node' : 'other') : '(native/gc/idle)'
}
const functions = new Map<string, number>()
const groups = new Map<string, number>()
for (const [id, us] of self) {
  const { callFrame } = byId.get(id) as Node
  const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^.*node_modules\//, '')}:${callFrame.lineNumber + 1}`
  functions.set(key, (functions.get(key) ?? 0) + us)
  const name = callFrame.functionName === '(idle)' ? '(idle)' : group(callFrame.url)
  groups.set(name, (groups.get(name) ?? 0) + us)
}
const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`
console.log(`total ${ms(total)}`)
for (const [name, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(us).padStart(9)}  ${name}`)
console.log('heaviest functions (self):')
for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`  ${ms(us).padStart(9)}  ${name}`)
