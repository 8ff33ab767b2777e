/**
 * What each targeted build changed, kept in the build (`.build/changes.json`), so an old build can be
 * brought up to the live one from those lists (treeSync.ts) instead of listing both trees.
 *
 * A journal names its build (a fresh id), the build it was made from (`base`: the live build's id)
 * and the paths the build wrote (a file, or a whole folder it put in place) or removed. `paths: null`
 * means "not known": a full build, or a targeted build that has not finished assembling (the journal
 * is written that way first, so a build that fails half-way is never taken for its base plus a list).
 * The whole `.build/` folder, `/media/` and the files at the top of the site are always compared
 * entry by entry (few entries); the search index's top-level entries are found by comparing them
 * before and after the build (its writes put whole folders in place: pagefindIndex.mjs placeIndex).
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const JOURNAL_FILE = '.build/changes.json'
/** Always compared entry by entry, whatever the journals say (each a handful to a few thousand entries). */
export const ALWAYS_COMPARED = ['.build', 'media'] as const
/** Folders whose own top-level entries a build replaces whole; compared before and after the build. */
const WHOLE_ENTRY_FOLDERS = ['pagefind'] as const

export type Journal = { id: string; base: string | null; paths: string[] | null }

export function readJournal(dir: string): Journal | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dir, JOURNAL_FILE), 'utf8')) as Partial<Journal>
    if (typeof parsed.id !== 'string') return null
    const paths = Array.isArray(parsed.paths) && parsed.paths.every((p) => typeof p === 'string') ? parsed.paths : null
    return { id: parsed.id, base: typeof parsed.base === 'string' ? parsed.base : null, paths }
  } catch {
    return null
  }
}

/** A new file renamed over the old one (the old one is a hard link shared with other builds). */
function writeJournal(dir: string, journal: Journal): void {
  const file = path.join(dir, JOURNAL_FILE)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, JSON.stringify(journal))
  fs.renameSync(temp, file)
}

type Seen = Map<string, { ino: number; ctimeMs: number }>
/** A build in progress: its journal, the time it started and the whole-entry folders' entries then. */
export type Recording = { dir: string; journal: Journal; started: number; before: Map<string, Seen> }

function entriesOf(dir: string): Seen {
  const seen: Seen = new Map()
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const stat = fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false })
    if (stat) seen.set(name, { ino: stat.ino, ctimeMs: stat.ctimeMs })
  }
  return seen
}

/**
 * A targeted build starts changing `dir` (its snapshot of `baseDir`, complete): from now on `dir`
 * is marked as a build whose changes are not known, until finishRecording.
 */
export function startRecording(dir: string, baseDir: string | null | undefined): Recording {
  const base = baseDir ? (readJournal(baseDir)?.id ?? null) : null
  const journal: Journal = { id: randomUUID(), base, paths: null }
  writeJournal(dir, journal)
  const before = new Map(WHOLE_ENTRY_FOLDERS.map((folder) => [folder, entriesOf(path.join(dir, folder))]))
  // File times are kept at the kernel's coarse clock: allow for it (an extra entry costs a link, a missed one an error).
  return { dir, journal, started: Date.now() - 50, before }
}

/** The build is assembled: `paths` are what it wrote or removed (files, or folders put in place whole). */
export function finishRecording(recording: Recording, paths: readonly string[]): void {
  const all = new Set(paths)
  for (const [folder, before] of recording.before) {
    const after = entriesOf(path.join(recording.dir, folder))
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const old = before.get(name)
      const now = after.get(name)
      if (!old || !now || old.ino !== now.ino || now.ctimeMs >= recording.started) all.add(`${folder}/${name}`)
    }
  }
  writeJournal(recording.dir, { ...recording.journal, paths: [...all].sort() })
}

/** A full build: a new id and no list (an old build is brought up to it entry by entry). */
export function recordFullBuild(dir: string): void {
  writeJournal(dir, { id: randomUUID(), base: null, paths: null })
}

/**
 * The paths that differ between the build with id `oldId` and the build at `live`: the union of the
 * journals from `live` back to the one made from `oldId` (each found among `live`'s sibling folders
 * and `extra`), or null when the chain is broken (a full build, an unfinished one, a removed folder).
 */
export function changesSince(live: string, oldId: string, extra: readonly string[] = [], maxBuilds = 50): string[] | null {
  const root = path.dirname(live)
  let byId: Map<string, Journal> | null = null
  const find = (id: string): Journal | null => {
    if (!byId) {
      byId = new Map()
      const dirs = fs
        .readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(root, entry.name))
      for (const dir of [...dirs, ...extra]) {
        const journal = readJournal(dir)
        if (journal) byId.set(journal.id, journal)
      }
    }
    return byId.get(id) ?? null
  }
  const paths = new Set<string>()
  let journal = readJournal(live)
  for (let step = 0; journal && step < maxBuilds; step++) {
    if (journal.id === oldId) return [...paths]
    if (journal.paths === null || journal.base === null) return null
    for (const rel of journal.paths) paths.add(rel)
    journal = journal.base === oldId ? { id: oldId, base: null, paths: [] } : find(journal.base)
  }
  return null
}
