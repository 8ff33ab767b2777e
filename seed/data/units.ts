/**
 * Demo unit tree (单位): city → district → street → community → grid, plus city departments.
 * Parents are listed before their children. The city 示范市, its districts, streets, communities and
 * roads are fictional: invented exposures, criticism and TV questioning must never land on a real place.
 * Facts quoted from the source articles stay attributed to their real cities (Zibo, Jinan, Hefei, Bengbu).
 */
import type { SeedUnit } from './types.ts'

export const units: SeedUnit[] = [
  { code: 'city', name: '示范市', kind: 'city' },

  // 区县
  { code: 'd-jingming', name: '景明区', kind: 'district', parent: 'city' },
  { code: 'd-ruihe', name: '瑞和区', kind: 'district', parent: 'city' },

  // 景明区街道
  { code: 's-xinhua', name: '新华街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-jianshe', name: '建设街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-guangming', name: '光明街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-heping', name: '和平街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-dongfeng', name: '东风街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-wenhua', name: '文化街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-qingnian', name: '青年街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-chaoyang', name: '朝阳街道', kind: 'street', parent: 'd-jingming' },
  { code: 's-changqing', name: '长青街道', kind: 'street', parent: 'd-jingming' },

  // 瑞和区街道
  { code: 's-youyi', name: '友谊街道', kind: 'street', parent: 'd-ruihe' },
  { code: 's-tuanjie', name: '团结街道', kind: 'street', parent: 'd-ruihe' },

  // 社区
  { code: 'c-xinhuali', name: '新华里社区', kind: 'community', parent: 's-xinhua' },
  { code: 'c-huayuan', name: '花园社区', kind: 'community', parent: 's-xinhua' },
  { code: 'c-baihua', name: '百花社区', kind: 'community', parent: 's-xinhua' },
  { code: 'c-xingfu', name: '幸福社区', kind: 'community', parent: 's-heping' },
  { code: 'c-anju', name: '安居社区', kind: 'community', parent: 's-heping' },
  { code: 'c-shuxiang', name: '书香社区', kind: 'community', parent: 's-wenhua' },
  { code: 'c-jinxiu', name: '锦绣社区', kind: 'community', parent: 's-wenhua' },
  { code: 'c-xiangyang', name: '向阳社区', kind: 'community', parent: 's-chaoyang' },
  { code: 'c-lvyin', name: '绿荫社区', kind: 'community', parent: 's-chaoyang' },
  { code: 'c-hexie', name: '和谐社区', kind: 'community', parent: 's-youyi' },
  { code: 'c-minle', name: '民乐社区', kind: 'community', parent: 's-youyi' },

  // 网格（幸福社区）
  { code: 'g-xingfu-1', name: '第一网格', kind: 'grid', parent: 'c-xingfu' },
  { code: 'g-xingfu-2', name: '第二网格', kind: 'grid', parent: 'c-xingfu' },
  { code: 'g-xingfu-3', name: '第三网格', kind: 'grid', parent: 'c-xingfu' },

  // 市直部门
  { code: 'dept-urban', name: '城市管理局', kind: 'department', parent: 'city' },
  { code: 'dept-traffic', name: '交警支队', kind: 'department', parent: 'city' },
  { code: 'dept-market', name: '市场监督管理局', kind: 'department', parent: 'city' },
  { code: 'dept-housing', name: '住房和城乡建设局', kind: 'department', parent: 'city' },
  { code: 'dept-ecology', name: '生态环境局', kind: 'department', parent: 'city' },
]
