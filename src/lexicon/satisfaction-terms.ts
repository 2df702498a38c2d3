// Satisfaction words and survey subjects (R-CLASS-03, R-CLASS-08): is a name a satisfaction measure, and does it say whose?

/**
 * Words that make a name a satisfaction measure, longest first. 认可度 and 获得感 are left out: the
 * catalogue (§3.1) notes they are often and acceptably filed under 社会效益.
 */
export const SATISFACTION_TERMS: readonly string[] = ['满意程度', '满意度', '满意率', '好评率', '好评度', '满意'];

/**
 * Who can be surveyed: groups of people or organisations. 对象 alone is not a subject (对象满意度 is the
 * sample's truncated 服务对象满意度); qualified forms (服务对象, 受益对象, 帮扶对象) are.
 */
export const SUBJECT_NOUNS: readonly string[] = [
  '群众', '居民', '村民', '农户', '农民', '市民', '公众', '学生', '家长', '患者', '病人', '职工', '员工', '人员', '干部',
  '教师', '老师', '企业', '商户', '经营户', '游客', '用户', '受益人', '受益者', '学员', '残疾人', '老人', '老年人',
  '儿童', '妇女', '青少年', '退役军人', '军人', '脱贫户', '贫困户', '监测户', '困难户', '低保户', '群体', '单位',
  '部门', '代表', '委员', '党员', '家庭', '业主', '住户', '乘客', '旅客', '读者', '观众', '参与者', '使用者', '消费者',
  '纳税人', '缴费人', '申请人', '当事人', '志愿者', '渔民', '牧民', '师生', '家属', '参训', '参会', '来访', '村组',
];

/** A subject written as "<qualifier>对象": 服务对象, 受益对象, 帮扶对象, 救助对象. */
export const QUALIFIED_OBJECT = /[\u4e00-\u9fff]{2,}对象/u;

/** Last characters that name a person or household (参训者, 农户, 学员, 村民, 考生, 雇主 …). */
export const SUBJECT_SUFFIX_CHARS: readonly string[] = ['人', '者', '户', '员', '民', '众', '生', '工', '属', '主', '客', '长', '师', '童', '士'];
