/**
 * Demo unit tree (单位): city → district → street → community → grid, plus city departments.
 * Parents are listed before their children. Street names follow Jinan Shizhong (seed 000) and Hefei Luyang (seed 004).
 */
import type { SeedUnit } from './types.ts'

export const units: SeedUnit[] = [
  { code: 'city', name: '示范市', kind: 'city' },

  // 区县
  { code: 'd-shizhong', name: '市中区', kind: 'district', parent: 'city' },
  { code: 'd-luyang', name: '庐阳区', kind: 'district', parent: 'city' },

  // 市中区街道
  { code: 's-daguanyuan', name: '大观园街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-ganshiqiao', name: '杆石桥街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-silicun', name: '四里村街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-weijiazhuang', name: '魏家庄街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-erqixincun', name: '二七新村街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-qilishan', name: '七里山街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-liulishan', name: '六里山街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-shungeng', name: '舜耕街道', kind: 'street', parent: 'd-shizhong' },
  { code: 's-baimashan', name: '白马山街道', kind: 'street', parent: 'd-shizhong' },

  // 庐阳区街道
  { code: 's-sanxiaokou', name: '三孝口街道', kind: 'street', parent: 'd-luyang' },
  { code: 's-bozhoulu', name: '亳州路街道', kind: 'street', parent: 'd-luyang' },

  // 社区
  { code: 'c-daguanyuan', name: '大观园社区', kind: 'community', parent: 's-daguanyuan' },
  { code: 'c-jingsilu', name: '经四路社区', kind: 'community', parent: 's-daguanyuan' },
  { code: 'c-wanzixiang', name: '万紫巷社区', kind: 'community', parent: 's-daguanyuan' },
  { code: 'c-weisanlu', name: '纬三路社区', kind: 'community', parent: 's-weijiazhuang' },
  { code: 'c-jingqilu', name: '经七路社区', kind: 'community', parent: 's-weijiazhuang' },
  { code: 'c-qilishan', name: '七里山社区', kind: 'community', parent: 's-qilishan' },
  { code: 'c-lingxiu', name: '岭秀社区', kind: 'community', parent: 's-qilishan' },
  { code: 'c-shungeng', name: '舜耕社区', kind: 'community', parent: 's-shungeng' },
  { code: 'c-lvjing', name: '绿景社区', kind: 'community', parent: 's-shungeng' },
  { code: 'c-sanxiaokou', name: '三孝口社区', kind: 'community', parent: 's-sanxiaokou' },
  { code: 'c-huaihelu', name: '淮河路社区', kind: 'community', parent: 's-sanxiaokou' },

  // 网格（纬三路社区）
  { code: 'g-weisanlu-1', name: '第一网格', kind: 'grid', parent: 'c-weisanlu' },
  { code: 'g-weisanlu-2', name: '第二网格', kind: 'grid', parent: 'c-weisanlu' },
  { code: 'g-weisanlu-3', name: '第三网格', kind: 'grid', parent: 'c-weisanlu' },

  // 市直部门
  { code: 'dept-urban', name: '城市管理局', kind: 'department', parent: 'city' },
  { code: 'dept-traffic', name: '交警支队', kind: 'department', parent: 'city' },
  { code: 'dept-market', name: '市场监督管理局', kind: 'department', parent: 'city' },
  { code: 'dept-housing', name: '住房和城乡建设局', kind: 'department', parent: 'city' },
  { code: 'dept-ecology', name: '生态环境局', kind: 'department', parent: 'city' },
]
