export declare const SITEMAP_FILES: string[]
export declare function updateSitemap(
  into: string,
  baseDir: string,
  root: string,
  pathnames: readonly string[] | (() => readonly string[]),
  parts?: { statics: readonly string[]; manifestSame: boolean } | null,
): { written: boolean }
export declare function forgetSitemap(): void
