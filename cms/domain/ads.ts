/** Public-interest ad rules. Pure. */
export type AdFormat = 'poster' | 'slogan' | 'banner' | 'video' | 'e-screen'
export type AdCheck = {
  format?: AdFormat
  hasImage: boolean
  hasVideo: boolean
  slogan?: string | null
  validFrom?: string | null
  validTo?: string | null
}

/** What each format must carry; an empty array means the ad is complete. */
export function checkAdContent(ad: AdCheck): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = []
  if ((ad.format === 'poster' || ad.format === 'banner' || ad.format === 'e-screen') && !ad.hasImage) {
    errors.push({ path: 'image', message: '海报、横幅和电子屏广告必须上传图片。 / Posters, banners and e-screen ads need an image.' })
  }
  if (ad.format === 'slogan' && !(ad.slogan ?? '').trim()) {
    errors.push({ path: 'slogan', message: '标语类广告必须填写标语内容。 / A slogan ad needs its text.' })
  }
  if (ad.format === 'video' && !ad.hasVideo) {
    errors.push({ path: 'video', message: '视频广告必须上传视频或填写视频链接。 / A video ad needs a video.' })
  }
  if (ad.validFrom && ad.validTo && new Date(ad.validTo).getTime() < new Date(ad.validFrom).getTime()) {
    errors.push({ path: 'validTo', message: '有效期结束日期不能早于开始日期。 / The end of validity cannot be before its start.' })
  }
  return errors
}

/** True when the ad is shown on the given day: started and not yet ended (end day inclusive). */
export function isAdValid(ad: { validFrom?: string | null; validTo?: string | null }, now: Date): boolean {
  if (ad.validFrom && new Date(ad.validFrom).getTime() > now.getTime()) return false
  if (ad.validTo && new Date(ad.validTo).getTime() + 24 * 3600 * 1000 <= now.getTime()) return false
  return true
}
