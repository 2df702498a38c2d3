// Words around a private person's name in published budget text: what the money is for, a role label, a petition.

/** Words right before a name the money goes to: 用于王庆合信访资金, 发放给张某某家属. */
export const PURPOSE_WORDS: readonly string[] = ['用于', '发放给', '支付给', '拨付给', '补助给', '补贴给', '慰问', '救助', '资助', '帮扶', '看望'];

/** Role labels right before a name: 项目负责人 徐德迁, 联系人：胡正君. */
export const ROLE_WORDS: readonly string[] = ['负责人', '联系人', '经办人', '申请人', '填报人', '户主', '受助人', '救助对象', '帮扶对象'];

/** Words right after a name: 王庆合信访, 李某上访, 王某某同志. */
export const PERSON_WORDS: readonly string[] = ['信访', '上访', '同志'];
