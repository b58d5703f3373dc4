import type { Audience } from '../../../domain/services.js';

/**
 * The words the seeded service catalogue is made of: what each kind of community service is
 * called, who runs it, when it is open and what it costs. `{community}` and `{street}` are
 * filled with the place it is in; a `{street}` service sits at street level.
 */

export type ProviderKind = 'centre' | 'org' | 'health' | 'unit';
export type ScheduleKind =
  | 'weekday'
  | 'weekday-split'
  | 'meals'
  | 'everyday'
  | 'weekend'
  | 'after-school'
  | 'evening'
  | 'night'
  | 'all-day'
  | 'one-day'
  | 'early';

export interface ServiceTemplate {
  names: readonly string[];
  description: string;
  providers: readonly ProviderKind[];
  schedules: readonly ScheduleKind[];
  /** null: free. */
  cost: string | null;
  eligibility: string;
  /** Which units run it, when a unit does. */
  units?: readonly string[];
  /** Overrides the branch's audiences. */
  audiences?: readonly Audience[];
}

/** Keyed by taxonomy term code (`elderly.meals`). */
export const SERVICE_TEMPLATES: Readonly<Record<string, ServiceTemplate>> = {
  'elderly.meals': { names: ['{community}长者食堂', '{community}老年助餐点', '{street}中心食堂助餐服务'], description: '为辖区老年人提供午餐、晚餐，可堂食也可预约送餐上门，80 岁以上老人享受用餐补贴。', providers: ['centre', 'org'], schedules: ['meals'], cost: '每餐 12 元，80 岁以上老人补贴后 6 元', eligibility: '辖区 60 周岁以上常住老年人' },
  'elderly.bathing': { names: ['{community}助浴点', '{community}上门助浴服务'], description: '为失能、半失能老人提供专业助浴，配备防滑设施和持证护理员，可上门服务。', providers: ['org'], schedules: ['weekday'], cost: '每次 60 元，低保、特困老人免费', eligibility: '失能、半失能老年人，需提前一天预约' },
  'elderly.home-care': { names: ['{community}居家养老上门服务', '{street}居家护理服务站'], description: '护理员上门提供生活照料、康复护理、助洁、助医等服务。', providers: ['org', 'health'], schedules: ['everyday'], cost: '按项目收费，每小时 40 元起；政府购买服务对象免费', eligibility: '居家老年人，经能力评估后提供' },
  'elderly.day-care': { names: ['{community}日间照料中心', '{community}长者之家'], description: '白天托管老年人，提供午餐、午休、康复锻炼和文娱活动，傍晚由家属接回。', providers: ['centre'], schedules: ['weekday'], cost: '每月 600 元，含午餐', eligibility: '能基本自理的 60 周岁以上老人' },
  'elderly.visits': { names: ['{community}独居老人关爱探访', '{community}“邻里守望”探访'], description: '志愿者定期上门探访独居、空巢老人，陪聊谈心，检查水电燃气安全。', providers: ['centre', 'org'], schedules: ['weekday'], cost: null, eligibility: '独居、空巢、高龄老人' },
  'children.after-school': { names: ['{community}“四点半课堂”', '{community}课后托管班'], description: '放学后为双职工家庭孩子提供看护、作业辅导和兴趣活动，由社工和志愿者共同值守。', providers: ['centre', 'org'], schedules: ['after-school'], cost: null, eligibility: '辖区小学一至六年级学生' },
  'children.tutoring': { units: ['青川职业技术学院'], names: ['{community}大学生志愿者课业辅导', '{community}“护苗”学业辅导'], description: '高校志愿者一对一辅导作业，重点关爱留守儿童和困难家庭孩子。', providers: ['org', 'unit'], schedules: ['weekend'], cost: null, eligibility: '辖区中小学生，困难家庭优先' },
  'children.children-home': { names: ['{community}儿童之家'], description: '为儿童提供阅读、游戏、安全教育和心理关爱的活动场所。', providers: ['centre'], schedules: ['weekend', 'after-school'], cost: null, eligibility: '3—14 周岁儿童，6 岁以下需家长陪同' },
  'children.holiday': { names: ['{community}暑期托管班', '{community}寒暑假公益托管'], description: '寒暑假期间为小学生提供看护、阅读、体育和手工课程。', providers: ['centre', 'org'], schedules: ['weekday'], cost: '每期 300 元，困难家庭免费', eligibility: '辖区小学生' },
  'legal.legal-advice': { units: ['青川市律师协会'], names: ['{community}法律顾问坐班', '{community}“法律明白人”咨询点'], description: '律师定期到社区坐班，免费解答婚姻家庭、劳动争议、物业纠纷等法律问题。', providers: ['unit', 'org'], schedules: ['one-day'], cost: null, eligibility: '辖区居民' },
  'legal.mediation': { names: ['{community}人民调解委员会', '{street}矛盾纠纷调处中心'], description: '调解邻里、家庭、物业等矛盾纠纷，调解协议具有法律约束力，调解不收费。', providers: ['centre', 'org'], schedules: ['weekday-split'], cost: null, eligibility: '辖区居民及单位' },
  'legal.legal-aid': { units: ['青川市法律援助中心'], names: ['{street}法律援助工作站'], description: '为经济困难群众和特殊案件当事人提供免费法律代理和代写文书。', providers: ['unit'], schedules: ['weekday-split'], cost: null, eligibility: '经济困难群众、老年人、残疾人、农民工等' },
  'health.free-clinic': { names: ['{community}名医进社区义诊', '{community}健康义诊日'], description: '三甲医院专家每月到社区义诊，测血压血糖，提供用药咨询和健康讲座。', providers: ['health'], schedules: ['weekend'], cost: null, eligibility: '所有居民' },
  'health.checkup': { names: ['{street}社区卫生服务中心老年人免费体检'], description: '65 岁以上老年人每年一次免费体检，含血常规、心电图、B 超等项目，需空腹。', providers: ['health'], schedules: ['early'], cost: null, eligibility: '65 周岁以上常住居民', audiences: ['elderly'] },
  'health.family-doctor': { names: ['{community}家庭医生签约服务'], description: '签约家庭医生提供慢病随访、健康咨询、转诊预约，行动不便者可上门。', providers: ['health'], schedules: ['weekday-split'], cost: '基本服务包免费，个性化服务包每年 120 元起', eligibility: '所有居民，老人、孕产妇、慢病患者优先' },
  'health.mental-health': { names: ['{community}心理咨询室', '{street}夜间心理援助热线', '{street}24 小时心理援助热线'], description: '专业心理咨询师提供情绪疏导、家庭关系和青少年心理咨询，严格保密。', providers: ['org', 'health'], schedules: ['evening', 'night', 'all-day'], cost: null, eligibility: '所有居民' },
  'employment.training': { units: ['青川职业技术学院', '青川市总工会', '青川市人力资源和社会保障局'], names: ['{community}家政服务员培训班', '{community}电商直播技能培训', '{street}职业技能培训'], description: '政府补贴的免费技能培训，结业考核合格颁发证书并推荐就业。', providers: ['unit', 'org'], schedules: ['weekday', 'weekend'], cost: null, eligibility: '法定劳动年龄内有就业意愿的居民' },
  'employment.jobs': { units: ['青川市人力资源和社会保障局'], names: ['{community}家门口就业服务站', '{street}零工市场'], description: '发布辖区企业招聘和灵活用工信息，现场对接用工需求。', providers: ['centre', 'unit'], schedules: ['early', 'weekday'], cost: null, eligibility: '所有求职者' },
  'employment.startup': { units: ['青川市人力资源和社会保障局', '青川农商银行'], names: ['{street}创业指导服务', '{street}创业担保贷款咨询'], description: '提供创业政策解读、项目评估和创业担保贷款申请指导。', providers: ['unit'], schedules: ['weekday-split'], cost: null, eligibility: '有创业意愿的居民，高校毕业生、退役军人优先' },
  'convenience.repairs': { units: ['国网青川供电公司'], names: ['{community}家电义务维修', '{street}夜间便民维修点'], description: '志愿者上门或定点维修小家电、水电线路，配件按成本价收取。', providers: ['org', 'unit'], schedules: ['weekend', 'night'], cost: '人工免费，配件按成本价', eligibility: '辖区居民，老年人优先上门' },
  'convenience.haircut': { names: ['{community}义务理发'], description: '理发志愿者每月定点服务，行动不便的老人可预约上门。', providers: ['org', 'centre'], schedules: ['weekend'], cost: null, eligibility: '辖区居民，以老年人为主', audiences: ['elderly', 'everyone'] },
  'convenience.knife': { names: ['{community}磨刀修伞便民摊'], description: '每月第一个周六在社区广场提供磨刀、修伞、修鞋服务。', providers: ['org'], schedules: ['weekend'], cost: null, eligibility: '所有居民' },
  'convenience.digital': { units: ['中国移动青川分公司', '青川农商银行'], names: ['{community}老年人智能手机课堂'], description: '手把手教老年人用健康码、移动支付、视频通话和防范电信诈骗。', providers: ['centre', 'unit'], schedules: ['weekday'], cost: null, eligibility: '60 周岁以上老年人', audiences: ['elderly'] },
  'culture.reading': { units: ['青川市图书馆'], names: ['{community}读书会', '{community}农家书屋', '{street}24 小时城市书房'], description: '免费借阅图书，定期举办亲子阅读和读书分享会。', providers: ['centre', 'unit'], schedules: ['weekend', 'evening', 'all-day'], cost: null, eligibility: '所有居民', audiences: ['everyone', 'children'] },
  'culture.dance': { units: ['青川市总工会'], names: ['{community}健身舞队', '{street}全民健身活动中心'], description: '免费健身场地和器材，每晚有广场舞、太极拳活动，请控制音量。', providers: ['centre', 'unit'], schedules: ['evening', 'everyday'], cost: null, eligibility: '所有居民' },
  'culture.calligraphy': { names: ['{community}老年大学书画班'], description: '书法、国画课程，由退休教师授课，每学期 16 次课。', providers: ['centre', 'org'], schedules: ['weekday'], cost: '每学期 100 元', eligibility: '50 周岁以上居民', audiences: ['elderly'] },
  'culture.opera': { names: ['{community}戏曲票友社'], description: '京剧、吕剧票友每周聚会排练，逢年过节为居民演出。', providers: ['centre', 'org'], schedules: ['weekend'], cost: null, eligibility: '所有戏曲爱好者', audiences: ['elderly', 'everyone'] },
  'disability.rehab': { names: ['{community}残疾人康复站', '{street}残疾人之家'], description: '提供肢体康复训练、辅具适配评估和日间照料。', providers: ['centre', 'health'], schedules: ['weekday'], cost: null, eligibility: '持残疾人证的辖区居民' },
  'disability.mobility': { names: ['{community}残疾人出行陪同'], description: '志愿者陪同就医、办事、购物，需提前两天预约。', providers: ['org'], schedules: ['weekday'], cost: null, eligibility: '行动不便的残疾人、失能老人', audiences: ['disabled', 'elderly'] },
  'disability.aids': { names: ['{community}辅具租借点'], description: '轮椅、助行器、护理床等辅具免费租借，最长 3 个月。', providers: ['centre', 'org'], schedules: ['weekday-split'], cost: '押金 200 元，免租金', eligibility: '残疾人、失能老人及术后康复居民', audiences: ['disabled', 'elderly'] },
};

export const SOCIAL_ORGS = [
  '青川市夕阳红养老服务中心',
  '青川市阳光社会工作服务中心',
  '青川市益心公益发展中心',
  '青川市乐龄居家养老服务有限公司',
  '青川市春苗儿童发展中心',
  '青川市和为贵人民调解服务中心',
  '青川市助残志愿者协会',
  '青川市巧手便民服务队',
  '青川市心灵港湾心理咨询中心',
] as const;

export const HOSPITALS = ['青川市第一人民医院', '青川市中医院', '青川市妇幼保健院'] as const;

/** Social organisations per top-level term, so an elderly-care charity runs elderly care. */
export const ORGS_BY_BRANCH: Readonly<Record<string, readonly string[]>> = {
  elderly: ['青川市夕阳红养老服务中心', '青川市乐龄居家养老服务有限公司', '青川市阳光社会工作服务中心'],
  children: ['青川市春苗儿童发展中心', '青川市阳光社会工作服务中心', '青川市益心公益发展中心'],
  legal: ['青川市和为贵人民调解服务中心'],
  health: ['青川市心灵港湾心理咨询中心', '青川市阳光社会工作服务中心'],
  employment: ['青川市益心公益发展中心', '青川市阳光社会工作服务中心'],
  convenience: ['青川市巧手便民服务队', '青川市益心公益发展中心'],
  culture: ['青川市益心公益发展中心', '青川市阳光社会工作服务中心'],
  disability: ['青川市助残志愿者协会'],
};

export const UNITS = [
  '国网青川供电公司',
  '青川市图书馆',
  '青川市总工会',
  '青川市人力资源和社会保障局',
  '青川市律师协会',
  '青川职业技术学院',
  '青川农商银行',
  '中国移动青川分公司',
  '青川市法律援助中心',
] as const;

export const ROADS = ['人民路', '解放路', '建设路', '和平路', '青年路', '文化路', '新华街', '中山路', '胜利街', '朝阳路', '长安大道', '滨河路', '柳泉路', '兴学街', '金晶大道'] as const;

/** Residents' needs per top-level term: [name, description, term code]. */
export const DEMAND_TEMPLATES: Readonly<Record<string, ReadonlyArray<readonly [string, string, string]>>> = {
  elderly: [
    ['独居老人希望有人定期上门陪伴', '家住{place}，老伴去世后一个人住，子女在外地，希望每周有志愿者上门聊聊天。', 'elderly.visits'],
    ['失能老人需要助浴服务', '{place}一位 86 岁老人卧床两年，家属无法帮其洗澡，希望有专业助浴。', 'elderly.bathing'],
    ['希望社区开设老年助餐点', '{place}附近老人多，做饭不方便，希望就近有个吃午饭的地方。', 'elderly.meals'],
    ['高龄老人就医需要陪诊', '{place}老人每月要去医院复查，子女上班走不开，需要陪诊志愿者。', 'elderly.home-care'],
  ],
  children: [
    ['双职工家庭孩子放学后无人看护', '{place}有十几户双职工家庭，孩子下午四点放学后没人管，希望有托管。', 'children.after-school'],
    ['希望暑假有公益托管班', '{place}家长希望暑假期间有免费或低价的看护和兴趣课程。', 'children.holiday'],
    ['留守儿童需要作业辅导', '{place}几个孩子父母在外务工，爷爷奶奶辅导不了功课。', 'children.tutoring'],
  ],
  legal: [
    ['房屋租赁纠纷需要法律咨询', '{place}居民与房东就押金退还发生纠纷，想咨询律师。', 'legal.legal-advice'],
    ['拖欠工资问题想咨询律师', '{place}几位居民在工地打工被拖欠工资，不知道怎么维权。', 'legal.legal-aid'],
  ],
  health: [
    ['希望社区定期组织义诊', '{place}慢性病老人多，希望每月有医生来量血压、看化验单。', 'health.free-clinic'],
    ['慢性病老人需要家庭医生随访', '{place}一位糖尿病老人行动不便，需要医生上门随访。', 'health.family-doctor'],
  ],
  employment: [
    ['下岗职工希望参加技能培训', '{place}几位 40 多岁的居民想学育婴师、家政等技能再就业。', 'employment.training'],
    ['想找家门口的灵活就业岗位', '{place}宝妈们希望找到时间灵活、离家近的工作。', 'employment.jobs'],
  ],
  convenience: [
    ['老人需要上门理发', '{place}几位老人腿脚不便，下不了楼，希望有人上门理发。', 'convenience.haircut'],
    ['希望有人教老人用智能手机', '{place}老人不会用手机挂号、缴费，希望开个手机课。', 'convenience.digital'],
    ['老旧电器需要维修', '{place}几户老人家的电饭煲、电风扇坏了，希望有义务维修。', 'convenience.repairs'],
  ],
  culture: [
    ['广场舞队需要固定活动场地', '{place}舞蹈队 30 多人，冬天需要一个室内场地排练。', 'culture.dance'],
    ['希望社区开设书法班', '{place}退休居民希望有人教书法，愿意自带笔墨。', 'culture.calligraphy'],
  ],
  disability: [
    ['轮椅老人外出需要陪同', '{place}一位坐轮椅的居民每周要去医院做康复，需要有人陪同。', 'disability.mobility'],
    ['需要短期租借轮椅', '{place}居民术后需要租借轮椅两个月。', 'disability.aids'],
  ],
};

export type ResourceKind = 'venue' | 'equipment' | 'volunteers' | 'funds';

/** Units' offers: [name, term code, capacity, description, providers]. */
export const RESOURCE_TEMPLATES: ReadonlyArray<{
  name: string;
  term: string;
  kind: ResourceKind;
  capacity: string;
  description: string;
  providers: readonly string[];
}> = [
  { name: '多功能会议室', term: 'culture.reading', kind: 'venue', capacity: '可容纳 60 人，周末全天可用', description: '配投影和音响，可用于讲座、培训、居民议事会。', providers: ['青川农商银行', '中国移动青川分公司', '国网青川供电公司'] },
  { name: '室内活动场地', term: 'culture.dance', kind: 'venue', capacity: '约 200 平方米，每周一、三、五晚上可用', description: '有木地板和镜子，适合舞蹈、健身排练。', providers: ['青川职业技术学院', '青川市总工会'] },
  { name: '职工食堂助餐', term: 'elderly.meals', kind: 'venue', capacity: '每天可为 50 位老人提供午餐', description: '单位食堂向周边老人开放，按成本价供餐。', providers: ['国网青川供电公司', '青川市人力资源和社会保障局'] },
  { name: '医护志愿者', term: 'health.free-clinic', kind: 'volunteers', capacity: '8 名医生护士，每月 1 次', description: '内科、眼科、口腔科医生轮流到社区义诊。', providers: ['青川市第一人民医院', '青川市中医院', '青川市妇幼保健院'] },
  { name: '律师志愿者', term: 'legal.legal-advice', kind: 'volunteers', capacity: '3 名律师，每月 2 个半天', description: '执业律师到社区坐班，解答法律问题、代写文书。', providers: ['青川市律师协会', '青川市法律援助中心'] },
  { name: '大学生志愿者', term: 'children.tutoring', kind: 'volunteers', capacity: '20 名大学生，周末和寒暑假', description: '师范专业学生提供课业辅导和兴趣课程。', providers: ['青川职业技术学院'] },
  { name: '电工志愿者', term: 'convenience.repairs', kind: 'volunteers', capacity: '5 名电工，每月第二个周六', description: '上门检查老旧线路、维修小家电。', providers: ['国网青川供电公司'] },
  { name: '智能手机教学志愿者', term: 'convenience.digital', kind: 'volunteers', capacity: '6 名员工，每周四下午', description: '教老人使用手机支付、视频通话，讲解防诈骗知识。', providers: ['中国移动青川分公司', '青川农商银行'] },
  { name: '健康体检设备', term: 'health.checkup', kind: 'equipment', capacity: '血压计、血糖仪各 10 套', description: '可借给社区开展健康监测活动。', providers: ['青川市第一人民医院', '青川市中医院'] },
  { name: '捐赠图书', term: 'culture.reading', kind: 'equipment', capacity: '儿童图书 500 册', description: '捐赠给社区儿童之家或农家书屋。', providers: ['青川市图书馆'] },
  { name: '轮椅和助行器', term: 'disability.aids', kind: 'equipment', capacity: '轮椅 5 辆、助行器 10 个', description: '捐赠给社区辅具租借点循环使用。', providers: ['青川市助残志愿者协会', '青川农商银行'] },
  { name: '就业岗位', term: 'employment.jobs', kind: 'volunteers', capacity: '20 个保洁、保安、配送岗位', description: '优先招聘辖区就业困难人员。', providers: ['青川市人力资源和社会保障局', '国网青川供电公司'] },
  { name: '技能培训课程', term: 'employment.training', kind: 'volunteers', capacity: '每期 30 人，共 4 期', description: '育婴师、养老护理员、电工等职业技能培训。', providers: ['青川职业技术学院', '青川市总工会'] },
  { name: '助老公益金', term: 'elderly.visits', kind: 'funds', capacity: '2 万元', description: '用于困难老人慰问和助餐补贴。', providers: ['青川农商银行', '青川市总工会'] },
  { name: '助学金', term: 'children.after-school', kind: 'funds', capacity: '5000 元', description: '资助困难家庭孩子参加托管和兴趣课程。', providers: ['中国移动青川分公司', '青川市总工会'] },
  { name: '调解室', term: 'legal.mediation', kind: 'venue', capacity: '1 间，工作日可用', description: '安静独立的房间，供人民调解员调解纠纷使用。', providers: ['青川市法律援助中心'] },
];

export const PROJECT_PREFIXES = ['“暖心”', '“邻里守望”', '“党建+”', '“银龄”', '“护苗”', '“益起来”', '“红色物业”', '“幸福里”'] as const;
