// Common Chinese surnames (百家姓, by frequency) and the characters that make a surname-led run a word, not a person's name.

/**
 * The common single-character surnames, most frequent first (about the top 160 of the national
 * statistics). Left out on purpose: surnames that are far more often the first character of an
 * everyday word in budget texts (万 万元, 成 成本, 单 单位, 时 时效, 项 项目, 党 党建, 满 满意度,
 * 支 支出, 计 计划, 宣 宣传, 信 信访, 应 应急, 管 管理, 解 解决, 费 费用, 符 符合, 农 农业,
 * 施 施工, 安 安全, 申 申报, 纪 纪检, 季 季度, 任 任务, 全 全面, 国 国家, 平 平安, 明 明显,
 * 和 和谐, 于 关于/于是, 关 关于, 路 道路, 包 包括, 常 常态, 文 文化, 阳 阳光, 初 初步, 向 向上/向某同志汇报).
 * A name is only ever read in a context that already points at a person (用于…信访, …同志, 负责人…).
 */
export const COMMON_SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞左柳甘祝宁尚舒阮柯梅童凌毕裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆司卓古吉缪简连芦麦褚娄窦戚岑景宫卜冷晏席米柏宗瞿桂佟臧闵苟邬卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢谌奚皮粟冼蔺楼盘闻厉伊仝郜海阚花权强帅屠豆朴盖练禹井祖漆巴丰卿狄索晋',
];

const SURNAME_SET: ReadonlySet<string> = new Set(COMMON_SURNAMES);

/** Compound surnames (复姓) that occur in practice. */
export const COMPOUND_SURNAMES: readonly string[] = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '端木'];

/**
 * Characters that make a two- or three-character run a word or a place rather than a given name:
 * administrative and place words (村 镇 县 庄 河 口 …), function words (的 了 和 …) and the nouns of
 * budget texts (业 务 案 费 率 …). 张家口, 黄河, 周边, 林业, 方案, 陈旧, 高标准 all fail here.
 */
const NOT_IN_GIVEN_NAMES = new Set([
  ...'的了和与及等在是为对将把被从向于之其各全本该此每个项年月日元万亿',
  ...'村镇乡县区市省州局站所办委会部厅院校庄屯寨沟河湖口路街巷道桥渠井场园区域城店营铺坨堡峪湾洼岭坡岗滩台集',
  ...'务管施设造修改案件访费款度率量数性标准边旧期转围额融面式法效质龄间序列',
  ...'工作资划规范制问题目录表单报告审核计算统核查验收支出入开设障',
  ...'队组股室处厂矿司社屋房地木草',
]);

/** Two-character words that start with a surname and appear in budget texts, kept out even when each character passes. */
export const SURNAME_LED_WORDS: readonly string[] = [
  '方案', '方面', '方式', '方法', '方向', '方针', '高度', '高效', '高速', '高层', '高龄', '高温', '周边', '周期', '周转',
  '周围', '周年', '林业', '林地', '林木', '江河', '陈旧', '陈列', '黄河', '黄金', '金额', '金融', '严格', '严肃', '严重',
  '严禁', '程度', '程序', '范围', '付款', '石材', '石油', '马上', '马路', '叶面', '龙头', '康复', '温度', '温暖', '齐全',
  '毕业', '张贴', '罗列', '司法', '司机', '师生', '师资', '古树', '吉祥', '牛羊', '花卉', '谷物', '沙石', '海洋', '祖国',
  '丰富', '丰收', '强化', '强度', '权益', '权限', '储备', '储存', '南方', '乐观', '惠民', '惠农', '荣誉', '商业', '商务',
  '商品', '宗教', '宗旨', '房屋', '简化', '简单', '简易', '连续', '连接', '景观', '景区', '冷链', '冷库', '柏油', '封闭',
  '谈话', '顾问', '左右', '尚未', '舒适', '苗木', '游客', '辛苦', '卓越', '尤其', '巩固', '麻烦', '迟缓', '官方', '官员',
  '班子', '闻名', '厉行', '花费', '强制', '屠宰', '朴素', '盖章', '杨树', '柳树', '白天', '钱款', '武装', '向上', '易于',
  '乔木', '庄严', '章程', '焦点', '祝贺', '童年', '游览', '楼房', '盘活', '权利', '权力', '强大', '豆类', '蓝天', '柴油',
];
const SURNAME_LED_WORD_SET: ReadonlySet<string> = new Set(SURNAME_LED_WORDS);

/** True for a common single-character surname (those that mostly start everyday words excepted). */
export function isCommonSurname(ch: string): boolean {
  return SURNAME_SET.has(ch);
}

/** True when the character would be odd in a given name and so marks a word or a place instead. */
export function isUnlikelyGivenNameChar(ch: string): boolean {
  return NOT_IN_GIVEN_NAMES.has(ch);
}

/**
 * True when `text` could be a person's full name: a common (or compound) surname followed by one or two
 * given-name characters, none of them a place, function or budget word, and not a known surname-led word.
 */
export function looksLikePersonalName(text: string): boolean {
  const chars = [...text];
  const compound = COMPOUND_SURNAMES.find((s) => text.startsWith(s));
  const surnameLength = compound ? 2 : 1;
  if (!compound && !isCommonSurname(chars[0] ?? '')) return false;
  const given = chars.slice(surnameLength);
  if (given.length < 1 || given.length > 2) return false;
  if (!given.every((c) => /\p{Script=Han}/u.test(c) && !isUnlikelyGivenNameChar(c))) return false;
  return !SURNAME_LED_WORD_SET.has(chars.slice(0, 2).join(''));
}
