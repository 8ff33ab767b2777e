/** Which uploaded files a built page links. Pure: text in, file names out. */
const MEDIA_LINK = /\/media\/([^"'\s<>?#)\\,]+)/g

/** File names (decoded) of every `/media/<name>` link in a page, feed or JSON file's text. */
export function linkedMediaFiles(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(MEDIA_LINK)) {
    const raw = match[1] ?? ''
    try {
      const name = decodeURIComponent(raw)
      if (!name.includes('/') && !name.includes('..')) names.add(name)
    } catch {
      // A malformed escape cannot name one of our files.
    }
  }
  return [...names]
}
