import { describe, expect, it } from 'vitest'
import { checkEmbedUrl, DEFAULT_EMBED_HOSTS } from '../../cms/domain/embeds.ts'

describe('checkEmbedUrl', () => {
  it.each([
    'https://v.qq.com/txp/iframe/player.html?vid=abc',
    'https://player.bilibili.com/player.html?bvid=BV1xx',
    'https://www.ixigua.com/iframe/123',
    'https://tv.cctv.com/2021/10/01/VIDE.shtml',
    'https://player.youku.com/embed/XNDk',
    '  https://V.QQ.com/x  ',
  ])('should accept %s', (url) => {
    expect(checkEmbedUrl(url, DEFAULT_EMBED_HOSTS)).toBeNull()
  })

  it.each([
    ['not a url', '视频地址不是有效网址'],
    ['', '视频地址不是有效网址'],
    ['http://v.qq.com/x', '视频地址必须以 https:// 开头'],
    ['javascript:alert(1)', '视频地址必须以 https:// 开头'],
    ['https://evil.example/v.qq.com', '不允许嵌入来自 evil.example 的视频'],
    ['https://v.qq.com.evil.example/x', '不允许嵌入来自 v.qq.com.evil.example 的视频'],
    ['https://qq.com/x', '不允许嵌入来自 qq.com 的视频'],
    ['https://bilibili.com/video/1', 'Videos from bilibili.com cannot be embedded'],
  ])('should reject %j', (url, expected) => {
    const message = checkEmbedUrl(url, DEFAULT_EMBED_HOSTS)
    expect(message).toContain(expected)
    expect(message).toContain('v.qq.com、player.bilibili.com、www.ixigua.com、tv.cctv.com、player.youku.com')
  })

  it('should use the hosts it is given', () => {
    expect(checkEmbedUrl('https://live.zbtv.cn/a', ['live.zbtv.cn'])).toBeNull()
    expect(checkEmbedUrl('https://v.qq.com/a', ['live.zbtv.cn'])).toBe(
      '不允许嵌入来自 v.qq.com 的视频，只允许：live.zbtv.cn / Videos from v.qq.com cannot be embedded; allowed: live.zbtv.cn',
    )
  })
})
