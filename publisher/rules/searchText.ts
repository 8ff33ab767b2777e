/**
 * What the search index is made from, per page. Pure.
 *
 * Pagefind is run with `rootSelector: 'main'` (pagefindIndex.mjs newIndex): it reads nothing outside
 * the page's <main> — not the <title>, header, navigation or footer. Inside <main> an image's alt text
 * is not indexed as text; Pagefind keeps the first image's address and alt text only as the `image` and
 * `image_alt` meta of the page's entry, which the search page never shows (site/public/js/search.js
 * shows the title, the excerpt and the address). So the index is given <main> without its images:
 * - a served search file never keeps an old alt text or photo address (rule 20: takedown = gone; an
 *   alt text may name a person), so changing an image's alt text, or replacing its file, changes no
 *   page's entry and re-indexes nothing — its pages are still rendered again;
 * - two versions of a page whose searched HTML is the same string have the same entry, so a targeted
 *   build skips every page whose bytes changed but whose searched HTML did not (a renamed unit in the
 *   header, a new link in the footer, a changed alt text).
 * Pagefind's input is this string and nothing else (besides the page's address, which is its file).
 */

/** An <img> tag, its attribute values quoted or not (a `>` inside a quoted value does not end it). */
const IMG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi

/**
 * The HTML Pagefind indexes of a built page: its <main> element without <img> tags. A page with no
 * <main> (or a broken one) is given whole (Pagefind then finds no root and indexes nothing of it, as before).
 */
export function searchedHtml(html: string): string {
  const start = html.search(/<main[\s>]/i)
  const end = html.lastIndexOf('</main>')
  if (start < 0 || end < start) return html
  return html.slice(start, end + '</main>'.length).replace(IMG, '')
}

/** Would a page indexed as `before` get another entry as `after`? */
export const searchTextChanged = (before: string | null, after: string | null): boolean =>
  before === null || after === null || searchedHtml(before) !== searchedHtml(after)
