export function indexSite(dir: string): Promise<number>
