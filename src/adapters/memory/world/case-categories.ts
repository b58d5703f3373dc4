import type { CaseCategory, CategoryQuestion, Department, QuestionType } from '../../../domain/cases.js';
import { localize, type Bilingual } from './text.js';

/**
 * What residents can report, grouped as a city's 12345 / grid system groups them, each routed
 * to the department that handles it. Kept in both languages; `localizeCategory` picks one at
 * the API boundary. Between them the questions use every Open311 datatype.
 */

export interface DepartmentSeed {
  id: string;
  name: Bilingual;
}

/** `dept-cg` is fixed: the `department-staff` persona works there. */
export const DEPARTMENTS: readonly DepartmentSeed[] = [
  { id: 'dept-cg', name: { zh: '城市管理局', en: 'City Management Bureau' } },
  { id: 'dept-zj', name: { zh: '住房和城乡建设局', en: 'Housing and Urban-Rural Development Bureau' } },
  { id: 'dept-sw', name: { zh: '水务局', en: 'Water Affairs Bureau' } },
  { id: 'dept-xf', name: { zh: '消防救援支队', en: 'Fire and Rescue Detachment' } },
  { id: 'dept-sf', name: { zh: '司法局（人民调解）', en: "Justice Bureau (People's Mediation)" } },
  { id: 'dept-jd', name: { zh: '街道办事处', en: 'Street Office' } },
  { id: 'dept-ga', name: { zh: '公安分局', en: 'Public Security Sub-bureau' } },
  { id: 'dept-sj', name: { zh: '市场监督管理局', en: 'Market Regulation Bureau' } },
  { id: 'dept-mz', name: { zh: '民政局', en: 'Civil Affairs Bureau' } },
];

export const CATEGORY_GROUPS: Readonly<Record<string, Bilingual>> = {
  environment: { zh: '市容环境', en: 'Streets and environment' },
  facilities: { zh: '市政设施', en: 'Public facilities' },
  safety: { zh: '公共安全', en: 'Public safety' },
  dispute: { zh: '邻里纠纷', en: 'Neighbour disputes' },
  property: { zh: '物业管理', en: 'Property management' },
  livelihood: { zh: '民生服务', en: 'Livelihood services' },
};

interface OptionSeed {
  key: string;
  label: Bilingual;
}

interface QuestionSeed {
  code: string;
  label: Bilingual;
  datatype: QuestionType;
  required: boolean;
  hint?: Bilingual;
  options?: readonly OptionSeed[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface CategorySeed {
  code: string;
  name: Bilingual;
  group: keyof typeof CATEGORY_GROUPS;
  description: Bilingual;
  keywords: readonly string[];
  departmentId: string;
  slaHours: number;
  questions: readonly QuestionSeed[];
  /** Realistic report texts for the seeded cases; `{place}` becomes a compound or building. */
  samples: readonly string[];
}

const o = (key: string, zh: string, en: string): OptionSeed => ({ key, label: { zh, en } });
const t = (zh: string, en: string): Bilingual => ({ zh, en });

export const CATEGORIES: readonly CategorySeed[] = [
  {
    code: 'garbage',
    name: t('垃圾堆放/积存', 'Rubbish dumped or piling up'),
    group: 'environment',
    description: t('生活垃圾、建筑垃圾、大件垃圾乱堆乱放或清运不及时', 'Household, building or bulky waste dumped or not collected'),
    keywords: ['垃圾', '清运', '堆放', '建筑垃圾', '异味', 'rubbish', 'waste'],
    departmentId: 'dept-cg',
    slaHours: 24,
    questions: [
      { code: 'wasteType', label: t('垃圾类型', 'Type of waste'), datatype: 'multi', required: true, options: [o('household', '生活垃圾', 'Household'), o('construction', '建筑垃圾', 'Building rubble'), o('bulky', '大件垃圾（家具等）', 'Bulky items (furniture)'), o('kitchen', '餐厨垃圾', 'Food waste'), o('other', '其他', 'Other')] },
      { code: 'amount', label: t('大致数量', 'Rough amount'), datatype: 'single', required: false, options: [o('small', '少量（一袋以内）', 'A little (one bag)'), o('medium', '较多（一车以内）', 'Quite a lot (a cartload)'), o('large', '大量', 'A lot')] },
      { code: 'smell', label: t('是否有明显异味', 'Does it smell?'), datatype: 'boolean', required: false },
    ],
    samples: [
      '{place}垃圾桶旁边堆了好几天的生活垃圾，没人清运，天一热味道很大。',
      '{place}东侧空地有人倒了一堆装修垃圾，占了半条路。',
      '{place}门口有人扔了旧沙发和床垫，已经放了一个星期。',
      '{place}分类垃圾桶满了溢出来，周末一直没有收。',
    ],
  },
  {
    code: 'street-vending',
    name: t('占道经营', 'Street vending blocking the way'),
    group: 'environment',
    description: t('流动摊贩、店外经营占用人行道或车行道', 'Hawkers or shops trading on pavements or roads'),
    keywords: ['摊贩', '占道', '夜市', '店外经营', 'vendor', 'hawker'],
    departmentId: 'dept-cg',
    slaHours: 48,
    questions: [
      { code: 'vendorType', label: t('经营类型', 'Kind of trading'), datatype: 'single', required: true, options: [o('mobile', '流动摊贩', 'Mobile hawker'), o('shopfront', '店外经营', 'Shop trading outside'), o('night-market', '夜市摊点', 'Night-market stall')] },
      { code: 'blocksWay', label: t('是否影响通行', 'Does it block the way?'), datatype: 'boolean', required: true },
      { code: 'usualTime', label: t('常出现时段', 'When it usually happens'), datatype: 'string', required: false, maxLength: 40, hint: t('例如：每天傍晚 6 点以后', 'For example: every evening after 6 pm') },
    ],
    samples: [
      '{place}门口每天傍晚有十几个流动摊贩卖水果和小吃，人行道完全堵死。',
      '{place}临街的烧烤店把桌椅摆到人行道上，老人推车过不去。',
      '{place}附近早市占用车行道，早上七八点车辆经常堵住。',
    ],
  },
  {
    code: 'illegal-building',
    name: t('违章搭建', 'Unauthorised building work'),
    group: 'environment',
    description: t('楼顶、阳台、公共绿地等处私搭乱建', 'Structures built without permission on roofs, balconies or green space'),
    keywords: ['违建', '私搭乱建', '阳光房', '楼顶', 'illegal', 'structure'],
    departmentId: 'dept-jd',
    slaHours: 120,
    questions: [
      { code: 'position', label: t('搭建位置', 'Where it is'), datatype: 'single', required: true, options: [o('roof', '楼顶', 'Roof'), o('balcony', '阳台/露台', 'Balcony or terrace'), o('yard', '一楼院落', 'Ground-floor yard'), o('green', '公共绿地', 'Public green space'), o('other', '其他', 'Other')] },
      { code: 'underConstruction', label: t('是否正在施工', 'Is building still going on?'), datatype: 'boolean', required: true },
      { code: 'area', label: t('估计面积（平方米）', 'Rough size (square metres)'), datatype: 'number', required: false, min: 1, max: 2000 },
    ],
    samples: [
      '{place}顶楼住户正在楼顶搭建阳光房，已经运上去很多钢材。',
      '{place}一楼住户圈占公共绿地，砌了围墙做自家院子。',
      '{place}有人在楼下空地搭了简易棚子堆放杂物。',
    ],
  },
  {
    code: 'streetlight',
    name: t('路灯损坏', 'Broken street light'),
    group: 'facilities',
    description: t('路灯不亮、闪烁、白天常亮或灯杆倾斜', 'Street lights out, flickering, on by day, or leaning poles'),
    keywords: ['路灯', '不亮', '灯杆', '照明', 'light', 'lamp'],
    departmentId: 'dept-cg',
    slaHours: 72,
    questions: [
      { code: 'poleNumber', label: t('灯杆编号', 'Pole number'), datatype: 'string', required: false, maxLength: 20, hint: t('灯杆上喷涂的编号，如 QC-0231', 'The number painted on the pole, e.g. QC-0231') },
      { code: 'damage', label: t('损坏情况', 'What is wrong'), datatype: 'single', required: true, options: [o('off', '不亮', 'Not working'), o('flicker', '闪烁', 'Flickering'), o('day', '白天常亮', 'On during the day'), o('pole', '灯杆倾斜/破损', 'Pole leaning or damaged'), o('cover', '灯罩脱落', 'Cover fallen off')] },
      { code: 'wholeStretch', label: t('是否整段路都不亮', 'Is the whole stretch dark?'), datatype: 'boolean', required: false },
    ],
    samples: [
      '{place}门口的路灯连续三个晚上不亮，晚上回家很黑，老人不敢出门。',
      '{place}旁边那根路灯一直闪，晚上晃眼睛。',
      '{place}北侧小路一整排路灯都不亮了，已经一个多星期。',
      '{place}路口的灯杆被车撞歪了，有倒下来的危险。',
    ],
  },
  {
    code: 'manhole',
    name: t('井盖缺失/破损', 'Missing or broken manhole cover'),
    group: 'facilities',
    description: t('井盖丢失、破裂、松动或下沉，存在跌落风险', 'Manhole covers missing, cracked, loose or sunken'),
    keywords: ['井盖', '窨井', '下沉', '缺失', 'manhole'],
    departmentId: 'dept-cg',
    slaHours: 12,
    questions: [
      { code: 'condition', label: t('井盖情况', 'Condition'), datatype: 'single', required: true, options: [o('missing', '缺失', 'Missing'), o('broken', '破损', 'Broken'), o('loose', '松动/异响', 'Loose or rattling'), o('sunken', '下沉', 'Sunken')] },
      { code: 'coverType', label: t('井盖类型', 'Type of cover'), datatype: 'single', required: false, options: [o('storm', '雨水', 'Storm drain'), o('sewage', '污水', 'Sewer'), o('power', '电力', 'Power'), o('telecom', '通信', 'Telecoms'), o('unknown', '不清楚', "Don't know")] },
      { code: 'warningPlaced', label: t('现场是否已设置警示', 'Is there a warning sign?'), datatype: 'boolean', required: true },
    ],
    samples: [
      '{place}门口人行道上的井盖不见了，只放了一个纸箱挡着，很危险。',
      '{place}路口的井盖裂了一道缝，车一压就响。',
      '{place}内部道路井盖下沉了大概五公分，电动车经过容易摔倒。',
    ],
  },
  {
    code: 'road-damage',
    name: t('道路破损', 'Damaged road or pavement'),
    group: 'facilities',
    description: t('路面坑洞、裂缝、沉陷，人行道砖松动', 'Potholes, cracks, subsidence, loose paving'),
    keywords: ['坑洞', '路面', '人行道', '塌陷', 'pothole', 'road'],
    departmentId: 'dept-zj',
    slaHours: 96,
    questions: [
      { code: 'damageType', label: t('破损类型', 'Kind of damage'), datatype: 'single', required: true, options: [o('pothole', '坑洞', 'Pothole'), o('crack', '裂缝', 'Cracks'), o('subsidence', '沉陷', 'Subsidence'), o('paving', '人行道砖松动', 'Loose paving')] },
      { code: 'size', label: t('破损面积（平方米）', 'Damaged area (square metres)'), datatype: 'number', required: false, min: 0.1, max: 500 },
    ],
    samples: [
      '{place}门前道路有个大坑，下雨积水看不见，已经有人骑车摔了。',
      '{place}旁人行道砖松动翘起，踩上去会溅水。',
      '{place}出入口路面沉陷，车辆进出底盘刮地。',
    ],
  },
  {
    code: 'drain-blockage',
    name: t('下水道堵塞', 'Blocked drain or sewer'),
    group: 'facilities',
    description: t('雨污水管道堵塞、污水外溢、雨后积水', 'Blocked drains, overflowing sewage, standing water after rain'),
    keywords: ['下水道', '堵塞', '污水', '积水', '返水', 'drain', 'sewer'],
    departmentId: 'dept-sw',
    slaHours: 24,
    questions: [
      { code: 'location', label: t('堵塞位置', 'Where it is blocked'), datatype: 'single', required: true, options: [o('compound', '小区内管道', 'Pipes inside the compound'), o('street', '市政道路', 'Public road'), o('building', '楼内主管道', 'Main pipe in the building')] },
      { code: 'overflow', label: t('是否有污水外溢', 'Is sewage overflowing?'), datatype: 'boolean', required: true },
      { code: 'households', label: t('影响户数', 'Households affected'), datatype: 'number', required: false, min: 1, max: 1000 },
    ],
    samples: [
      '{place}楼下下水道堵了，污水从井口冒出来，臭味很重。',
      '{place}一楼住户卫生间返水，物业说是主管道堵塞。',
      '{place}门口一下雨就积水，雨水口被落叶和泥堵住了。',
    ],
  },
  {
    code: 'fire-hazard',
    name: t('消防隐患', 'Fire hazard'),
    group: 'safety',
    description: t('楼道堆物、电动车楼道充电、飞线充电、消防通道被占', 'Stairwells blocked, e-bikes charged indoors, trailing cables, fire lanes blocked'),
    keywords: ['消防', '楼道堆物', '电动车', '飞线充电', '消防通道', 'fire'],
    departmentId: 'dept-xf',
    slaHours: 24,
    questions: [
      { code: 'hazards', label: t('隐患类型', 'Kind of hazard'), datatype: 'multi', required: true, options: [o('stairwell', '楼道堆物', 'Things stored in the stairwell'), o('ebike-indoor', '电动车楼道/入户充电', 'E-bike charged indoors'), o('flying-lead', '飞线充电', 'Cable trailed from a window'), o('fire-lane', '消防通道被占', 'Fire lane blocked'), o('equipment', '消防设施损坏', 'Fire equipment broken')] },
      { code: 'floor', label: t('所在楼层', 'Floor'), datatype: 'number', required: false, min: -3, max: 60 },
      { code: 'spot', label: t('具体位置', 'Exact spot'), datatype: 'string', required: false, maxLength: 60, hint: t('例如：3 单元 5 楼楼梯口', 'For example: unit 3, 5th-floor landing') },
    ],
    samples: [
      '{place}楼道里堆满了纸箱和旧家具，楼梯只剩一个人能过。',
      '{place}有住户把电动车推到楼道里充电，晚上一直插着。',
      '{place}有人从三楼窗户拉电线下来给电动车充电。',
      '{place}消防通道长期停满私家车，消防车进不来。',
    ],
  },
  {
    code: 'safety-hazard',
    name: t('安全隐患', 'Safety hazard'),
    group: 'safety',
    description: t('外墙脱落、广告牌松动、树木倾倒、危房等', 'Falling facade tiles, loose signs, leaning trees, unsafe buildings'),
    keywords: ['外墙', '广告牌', '坠落', '危房', '树木', 'hazard'],
    departmentId: 'dept-zj',
    slaHours: 24,
    questions: [
      { code: 'hazardType', label: t('隐患类型', 'Kind of hazard'), datatype: 'single', required: true, options: [o('facade', '外墙/瓷砖脱落', 'Facade or tiles falling'), o('sign', '广告牌松动', 'Loose advertising sign'), o('tree', '树木倾斜/断枝', 'Leaning tree or broken branch'), o('building', '危房', 'Unsafe building'), o('other', '其他', 'Other')] },
      { code: 'injured', label: t('是否已有人员受伤', 'Has anyone been hurt?'), datatype: 'boolean', required: true },
      { code: 'details', label: t('补充说明', 'More details'), datatype: 'text', required: false, maxLength: 300 },
    ],
    samples: [
      '{place}外墙瓷砖掉下来好几块，就在单元门口上方。',
      '{place}路边的大广告牌被风吹得摇晃，螺丝都松了。',
      '{place}旁边的大树断了一根大枝挂在电线上。',
    ],
  },
  {
    code: 'noise',
    name: t('噪音扰民', 'Noise nuisance'),
    group: 'dispute',
    description: t('装修、夜间施工、广场舞、商铺音响等噪音', 'Noise from renovation, night building work, square dancing, shop speakers'),
    keywords: ['噪音', '装修', '广场舞', '施工', '扰民', 'noise'],
    departmentId: 'dept-cg',
    slaHours: 48,
    questions: [
      { code: 'when', label: t('发生时间', 'When it happens'), datatype: 'datetime', required: true },
      { code: 'noiseTypes', label: t('噪音类型', 'Kind of noise'), datatype: 'multi', required: true, options: [o('renovation', '装修施工', 'Renovation'), o('night-work', '夜间施工', 'Building work at night'), o('dancing', '广场舞', 'Square dancing'), o('shop', '商铺音响', 'Shop loudspeakers'), o('pets', '宠物', 'Pets'), o('other', '其他', 'Other')] },
      { code: 'days', label: t('已持续天数', 'For how many days'), datatype: 'number', required: false, min: 1, max: 365 },
    ],
    samples: [
      '{place}楼上装修每天早上七点就开始电钻，中午也不停。',
      '{place}旁边工地每天晚上十一点以后还在施工，吵得睡不着。',
      '{place}楼下广场舞音响开得特别大，一直跳到晚上九点半。',
      '{place}临街商铺门口的音箱整天循环播放促销广告。',
    ],
  },
  {
    code: 'neighbour-dispute',
    name: t('邻里纠纷', 'Dispute between neighbours'),
    group: 'dispute',
    description: t('漏水、占用公共空间、宠物等引起的邻里矛盾，申请人民调解', "Leaks, shared space, pets and other neighbour quarrels; ask for people's mediation"),
    keywords: ['纠纷', '调解', '漏水', '邻居', 'mediation', 'dispute'],
    departmentId: 'dept-sf',
    slaHours: 72,
    questions: [
      { code: 'disputeType', label: t('纠纷类型', 'Kind of dispute'), datatype: 'single', required: true, options: [o('leak', '漏水', 'Water leak'), o('noise', '噪音', 'Noise'), o('space', '占用公共空间', 'Use of shared space'), o('pets', '宠物', 'Pets'), o('other', '其他', 'Other')] },
      { code: 'talkedAlready', label: t('是否已与对方协商', 'Have you talked to them?'), datatype: 'boolean', required: false },
      { code: 'parties', label: t('涉及户数', 'Households involved'), datatype: 'number', required: false, min: 2, max: 50 },
      { code: 'mediationTime', label: t('希望调解的时间', 'Preferred time for mediation'), datatype: 'datetime', required: false },
    ],
    samples: [
      '{place}楼上卫生间漏水到我家天花板，找了几次对方不配合维修。',
      '{place}对门邻居长期把鞋柜和杂物放在公共走廊，沟通无果。',
      '{place}邻居养的狗每天夜里叫，多次沟通没有改善，希望社区调解。',
    ],
  },
  {
    code: 'property-service',
    name: t('物业服务问题', 'Property management service'),
    group: 'property',
    description: t('保洁、门禁、安保、收费等物业服务不到位', 'Cleaning, door entry, security or fees not handled by the property manager'),
    keywords: ['物业', '保洁', '门禁', '收费', 'property'],
    departmentId: 'dept-zj',
    slaHours: 72,
    questions: [
      { code: 'compoundName', label: t('小区名称', 'Name of the compound'), datatype: 'string', required: true, maxLength: 40 },
      { code: 'issues', label: t('问题类型', 'What is wrong'), datatype: 'multi', required: true, options: [o('cleaning', '保洁不到位', 'Cleaning'), o('access', '门禁损坏', 'Door entry broken'), o('security', '安保缺失', 'No security'), o('fees', '收费争议', 'Fee dispute'), o('greenery', '绿化养护差', 'Gardens neglected')] },
      { code: 'reportedToManager', label: t('是否已向物业反映', 'Told the property manager already?'), datatype: 'boolean', required: false },
    ],
    samples: [
      '{place}单元门禁坏了一个月，物业一直说在等配件。',
      '{place}楼道两个星期没人打扫，物业费却按时收。',
      '{place}晚上门岗没有人值班，外来车辆随便进出。',
    ],
  },
  {
    code: 'elevator',
    name: t('电梯故障', 'Lift out of order'),
    group: 'property',
    description: t('电梯停运、频繁故障、困人', 'Lifts stopped, often broken, or people trapped'),
    keywords: ['电梯', '困人', '停运', 'lift', 'elevator'],
    departmentId: 'dept-sj',
    slaHours: 24,
    questions: [
      { code: 'trapped', label: t('是否有人被困', 'Is anyone trapped?'), datatype: 'boolean', required: true, hint: t('有人被困请立即拨打 96333 或 119', 'If someone is trapped, call 96333 or 119 now') },
      { code: 'liftNumber', label: t('电梯注册代码', 'Lift registration number'), datatype: 'string', required: false, maxLength: 30 },
      { code: 'frequency', label: t('故障频率', 'How often it breaks'), datatype: 'single', required: false, options: [o('first', '第一次', 'First time'), o('monthly', '每月几次', 'A few times a month'), o('weekly', '每周都有', 'Every week')] },
    ],
    samples: [
      '{place}的电梯停了三天了，楼里好几位老人下不了楼。',
      '{place}电梯经常突然停在两层中间，上周还困过人。',
      '{place}电梯运行时异响很大，门关不严。',
    ],
  },
  {
    code: 'heating',
    name: t('供暖不热', 'Heating not warm enough'),
    group: 'livelihood',
    description: t('供暖季室内温度不达标、暖气不热或漏水', 'Rooms too cold in the heating season, radiators cold or leaking'),
    keywords: ['暖气', '供暖', '不热', '室温', 'heating'],
    departmentId: 'dept-zj',
    slaHours: 48,
    questions: [
      { code: 'roomTemp', label: t('室内温度（℃）', 'Room temperature (°C)'), datatype: 'number', required: true, min: -10, max: 40 },
      { code: 'wholeBuilding', label: t('是否整栋楼都不热', 'Is the whole building cold?'), datatype: 'boolean', required: false },
      { code: 'since', label: t('从什么时候开始', 'Since when'), datatype: 'datetime', required: false },
    ],
    samples: [
      '{place}供暖以来暖气一直不热，室温只有十四五度。',
      '{place}整个单元暖气都是凉的，家里有老人和小孩。',
      '{place}暖气片接口漏水，楼下住户天花板都湿了。',
    ],
  },
  {
    code: 'assistance',
    name: t('困难群众帮扶', 'Help for people in hardship'),
    group: 'livelihood',
    description: t('独居老人、残疾人、困难家庭、留守儿童需要关心帮扶', 'Older people living alone, disabled people, families in hardship, children left behind'),
    keywords: ['帮扶', '独居老人', '困难', '低保', '留守儿童', 'help'],
    departmentId: 'dept-mz',
    slaHours: 120,
    questions: [
      { code: 'who', label: t('帮扶对象', 'Who needs help'), datatype: 'single', required: true, options: [o('elderly-alone', '独居老人', 'Older person living alone'), o('disabled', '残疾人', 'Disabled person'), o('hardship', '困难家庭', 'Family in hardship'), o('left-behind', '留守儿童', 'Child left behind')] },
      { code: 'needs', label: t('具体需求', 'What they need'), datatype: 'text', required: true, maxLength: 300 },
      { code: 'contactTime', label: t('方便联系的时间', 'Best time to contact'), datatype: 'datetime', required: false },
    ],
    samples: [
      '{place}住着一位八十多岁的独居老人，最近几天没见他下楼，敲门也没人应。',
      '{place}有一户家庭父亲重病住院，孩子上学有困难，希望社区了解一下。',
      '{place}一位坐轮椅的居民反映无障碍坡道被占，出门很困难。',
    ],
  },
  {
    code: 'parking',
    name: t('车辆乱停放', 'Badly parked vehicles'),
    group: 'environment',
    description: t('机动车、非机动车乱停乱放，占用盲道、出入口', 'Cars or bikes parked on pavements, tactile paving or entrances'),
    keywords: ['停车', '乱停', '共享单车', '盲道', 'parking'],
    departmentId: 'dept-cg',
    slaHours: 48,
    questions: [
      { code: 'vehicle', label: t('车辆类型', 'Kind of vehicle'), datatype: 'multi', required: true, options: [o('car', '机动车', 'Car'), o('ebike', '电动车', 'E-bike'), o('shared-bike', '共享单车', 'Shared bike'), o('zombie', '僵尸车', 'Abandoned vehicle')] },
      { code: 'plate', label: t('车牌号', 'Number plate'), datatype: 'string', required: false, maxLength: 10 },
    ],
    samples: [
      '{place}门口共享单车堆成一片，把盲道全占了。',
      '{place}有一辆落满灰的僵尸车停了半年多没人动。',
      '{place}出入口两边停满车，救护车都进不来。',
    ],
  },
];

export function departmentSeed(id: string): DepartmentSeed | undefined {
  return DEPARTMENTS.find((d) => d.id === id);
}

export function localizeDepartment(dept: DepartmentSeed, locale?: string): Department {
  return { id: dept.id, name: localize(dept.name, locale) };
}

/** The category as the contract shapes it, in the caller's language. */
export function localizeCategory(seed: CategorySeed, locale?: string): CaseCategory {
  const department = departmentSeed(seed.departmentId)!;
  return {
    code: seed.code,
    name: localize(seed.name, locale),
    group: seed.group,
    groupName: localize(CATEGORY_GROUPS[seed.group]!, locale),
    description: localize(seed.description, locale),
    keywords: [...seed.keywords],
    department: localizeDepartment(department, locale),
    slaHours: seed.slaHours,
    questions: seed.questions.map((q, i): CategoryQuestion => {
      const out: CategoryQuestion = { code: q.code, label: localize(q.label, locale), datatype: q.datatype, required: q.required, order: i + 1 };
      if (q.hint) out.hint = localize(q.hint, locale);
      if (q.options) out.options = q.options.map((opt) => ({ key: opt.key, label: localize(opt.label, locale) }));
      if (q.min !== undefined) out.min = q.min;
      if (q.max !== undefined) out.max = q.max;
      if (q.maxLength !== undefined) out.maxLength = q.maxLength;
      return out;
    }),
  };
}

export function categorySeed(code: string): CategorySeed | undefined {
  return CATEGORIES.find((c) => c.code === code);
}
