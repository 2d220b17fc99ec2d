// Program words and verbs of doing: what makes a quoted phrase the name of an
// initiative. Data, read by src/rules/programs.

/** Words that name a program's kind when they follow its name: `“五联五共”运行模式`, `扬帆计划`. */
export const PROGRAM_WORDS = [
  '专项行动', '行动计划', '主题党日活动', '主题活动', '系列活动', '实践活动', '运行模式', '工作模式', '工作法', '工作机制', '党建品牌', '服务品牌',
  '示范带', '示范区', '示范点', '一条街', '服务团', '服务队', '工作团队', '先锋队', '引领队', '热线', '专班', '工程', '计划', '行动', '活动', '机制',
  '模式', '品牌', '平台', '制度', '体系', '工作', '做法', '实践', '工作室', '驿站', '课堂', '项目', '载体', '路径', '格局', '矩阵', '阵地',
  // a named list of services or duties (`“贴心八条”服务清单`)
  '服务清单',
  // a named post, net or circle of services (`“小哥权益服务站”`, `“暖新服务网”`, `“15分钟党群服务圈”`)
  '服务站', '服务网', '服务圈',
  // the work's system, rules, path, platform or setting named as one (`“1+3+N”工作体系`: the kind was 工作),
  // and a way of serving named like a way of working (`“五心”服务法`)
  '工作体系', '工作制度', '工作路径', '工作平台', '工作格局', '工作载体', '服务法',
  // the line of thinking or the method a work follows (`“四坚持四创新”工作思路`: the kind was 工作)
  '工作思路', '工作方法', '思路',
  // (a team that serves, not the 服务团 inside it: `“1+3+N”服务团队`)
  '服务团队',
  // a scheme said to be new (`“企业吹哨、部门报到”工作新机制`: the kind is the mechanism, not 工作)
  '工作新机制', '新机制', '工作新模式', '新模式',
  // the meetings that launch or push a campaign, named after it (`“千企帮千村 同心促振兴”部署会`)
  '部署会', '推进会', '启动仪式', '启动会', '动员会', '誓师大会',
];

/** Endings of campaign names, only inside quotes: `“学雷锋月”`, `“量质提升冲刺季”`. */
export const CAMPAIGN_ENDINGS = ['月', '周', '季', '年'];

/** Verbs of doing that introduce a program by its quoted name: `深入推进“双向进入、交叉任职”`. */
export const PROGRAM_VERBS = [
  '深入开展', '扎实开展', '广泛开展', '持续开展', '开展', '深入实施', '大力实施', '谋划实施', '实施', '深入推进', '全面推进', '推进', '推行', '推动',
  '坚持', '打造', '深化', '创建', '构筑', '建设', '用好', '擦亮', '叫响', '建立', '构建', '培育', '推出', '启动', '开通', '依托', '对接', '践行', '落实', '实行', '发挥', '举办', '组建', '探索', '探索形成',
  '推广', '亮出', '提炼',
];

/** Quoted words that are figures of speech, not names, whatever stands around them. */
export const NOT_PROGRAMS = ['卡脖子', '娘家人', '饭碗', '骨头案', '钉子案', '朋友圈', '龙头', '牛鼻子', '领头雁', '主心骨', '红色引擎', '最后一公里', '急难愁盼', '两新组织', '两新', '三新', '两企三新', '小个专',
  // problems named by a figure of speech: party work and business apart (两张皮), the economy's triple pressure
  '两张皮', '三重压力',
  // figures of speech for vitality and for the whole picture (激活“一池春水”, 下好“一盘棋”)
  '一池春水', '一盘棋', '一张网', '一张图',
  // the top leader, kinds of firm by size and titles firms are given (“一把手”带头, “五上”企业, 专精特新“小巨人”)
  '一把手', '四上', '五上', '规上', '小巨人', '专精特新',
  // the national five-year plans by number (“十五五”规划)
  '十三五', '十四五', '十五五',
  // manners of serving, not programs (“一对一”服务, “线上+线下”方式, “零距离”服务)
  '一对一', '点对点', '面对面', '一站式', '线上+线下', '线上线下', '零距离', '全覆盖', '全天候'];

/** Striving for a title, right after its quoted name (`“红色商会”创建`, `“五好支部”争创`): the name is a program's, no body's. */
export const STRIVEN_FOR_AT = /^(?:创建|创评|争创|评选|创优)/;
