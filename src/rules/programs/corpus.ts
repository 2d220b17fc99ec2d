// Programs corpus: named initiatives as county reports write them, and quoted
// words that are not programs (metaphors, honours, speech).
import type { ItemCorpus } from '../corpus.js';

export const corpus: ItemCorpus<'programs'> = {
  field: 'programs',
  cases: [
    { text: '全区深入开展“红色领航”行动。', expect: [{ span: '红色领航', name: '红色领航', kind: '行动' }] },
    { text: '探索形成“三联三带”工作模式。', expect: [{ span: '三联三带', name: '三联三带' }] },
    { text: '打造“园区e家”党群服务品牌。', expect: [{ span: '园区e家', name: '园区e家', kind: '服务品牌' }] },
    { text: '实施“青蓝接力”计划,培养青年骨干。', expect: [{ span: '青蓝接力', name: '青蓝接力', kind: '计划' }] },
    { text: '开通“企业直通车”服务热线。', expect: [{ span: '企业直通车', name: '企业直通车' }] },
    { text: '深入推进“双培双带”,提升党员素质。', expect: [{ span: '双培双带', name: '双培双带' }] },
    { text: '聚焦“四抓四促”,推动党建与业务融合。', expect: [{ span: '四抓四促', name: '四抓四促' }] },
    { text: '持续深化“五大工程”建设。', expect: [{ span: '五大工程', name: '五大工程' }] },
    { text: '区委系统推进党建引领三链融合工程。', expect: [{ span: '三链融合工程', name: '三链融合工程', kind: '工程' }] },
    { text: '严格落实三会一课制度。', expect: [{ span: '三会一课', name: '三会一课' }] },
    { text: '组建“银发先锋服务团”,开展志愿服务。', expect: [{ span: '银发先锋服务团', name: '银发先锋服务团', kind: '服务团' }] },
    { text: '搭建“1+N”联建体系。', expect: [{ span: '1+N', name: '1+N' }] },
    { note: 'a scheme said to be new is the kind (工作新机制, 新模式), not 工作 before it', text: '推出“企业吹哨、部门报到”工作新机制,探索“园区吹哨”新模式。', expect: [{ span: '企业吹哨、部门报到', name: '企业吹哨、部门报到', kind: '工作新机制' }, { span: '园区吹哨', name: '园区吹哨', kind: '新模式' }] },
    { note: 'a numbered formula of more than two terms is a name wherever it stands (after another quotation it was missed); the sum of bodies that spells it out is a structure, no program', text: '构建“综合党委+链上企业+上下游企业”的“1+8+N”产业链党建组织体系,形成“2+3+X”服务格局。', expect: [{ span: '1+8+N', name: '1+8+N' }, { span: '2+3+X', name: '2+3+X' }] },
    { text: '绘制“一廊两区”党建地图。', expect: [{ span: '一廊两区', name: '一廊两区' }] },
    { text: '开展“企业吹哨、部门报到”活动。', expect: [{ span: '企业吹哨、部门报到', name: '企业吹哨、部门报到', kind: '活动' }] },
    // not programs
    { note: 'metaphors', text: '破解发展“卡脖子”难题,当好职工“娘家人”,守住群众“饭碗”。', expect: [] },
    { note: 'problems named by a figure of speech, even numbered ones (两张皮, 三重压力)', text: '破解党建与业务“两张皮”问题,应对需求收缩、供给冲击、预期转弱“三重压力”。', expect: [] },
    { note: 'an honour', text: '公司被授予“爱心企业”称号。', expect: [] },
    { note: 'an alliance or association named in quotes is a body, not a program, unless a program word names it one', text: '推动20余家商户组建“上元路爱心商户联盟”,成立“青年企业家协会”,打造“红色联盟”品牌。', expect: [{ span: '红色联盟', name: '红色联盟' }] },
    { note: 'manners of serving (一对一, 线上+线下, 零距离) and grades of rating (五星级党组织) are no programs; a formula named as a model is', text: '提供“一对一”服务,通过“线上+线下”方式开展“零距离”服务,为12个“五星级党组织”授牌,推行“党建+网格”模式。', expect: [{ span: '党建+网格', name: '党建+网格' }] },
    { note: 'a program word after a conjunction is another noun’s: no kind for the quoted name before it (第一书记 is a post); a list of two named programs keeps both', text: '全县共选派“第一书记”和驻村工作队员320名,推行“双培养”和“双向进入”工作机制。', expect: [{ span: '双培养', name: '双培养' }, { span: '双向进入', name: '双向进入' }] },
    { note: 'the top leader, kinds of firm by size, titles firms are given and the national five-year plans are no programs', text: '“一把手”带头,围绕“十五五”规划建议走访“五上”企业,5户企业获得专精特新“小巨人”称号,推动“双招双引”工作。', expect: [{ span: '双招双引', name: '双招双引' }] },
    { note: 'figures of speech for vitality and the whole picture are no programs; a program word still names one (“一张网”工作机制)', text: '激活园区发展“一池春水”,下好“一盘棋”,构建“一张网”工作机制。', expect: [{ span: '一张网', name: '一张网' }] },
    { note: 'a quotation an alliance’s or chamber’s ending follows (its field between or not) names that body, no program', text: '组建“红色物业”联盟,成立“同心”商会,建立“1+N”党建联盟,实施“百企帮百村”行动。', expect: [{ span: '百企帮百村', name: '百企帮百村' }] },
    { note: 'quoted speech', text: '“抗击疫情,人人都有义务,我更是义不容辞!”他说。', expect: [] },
    { note: 'a word quoted inside a quotation', text: '牢记“创新不问‘出身’”嘱托。', expect: [] },
    { text: '打造红色“议事厅”,组建党员“攻坚队”。', expect: [{ span: '议事厅', name: '议事厅' }, { span: '攻坚队', name: '攻坚队' }] },
    { text: '以“网格+企格”管理方式深度合作。', expect: [{ span: '网格+企格', name: '网格+企格' }] },
    { text: '开展以“追溯红色记忆 向历史致敬”为主题的党日活动。', expect: [{ span: '追溯红色记忆 向历史致敬', name: '追溯红色记忆 向历史致敬' }] },
    { note: 'a quoted nickname', text: '他被大家称为“老黄牛”。', expect: [] },
    { note: 'a figure of speech named as a brand is a program', text: '实施“扬帆计划”,打造“红色引擎”品牌。', expect: [{ span: '扬帆计划', name: '扬帆计划', kind: '计划' }, { span: '红色引擎', name: '红色引擎', kind: '品牌' }] },
    { text: '推行“五联五共”运行模式。', expect: [{ span: '五联五共', name: '五联五共', kind: '运行模式' }] },
    { text: '开展“我为群众办实事”实践活动。', expect: [{ span: '我为群众办实事', name: '我为群众办实事', kind: '实践活动' }] },
    { text: '构建“1+3+N”组织体系。', expect: [{ span: '1+3+N', name: '1+3+N', kind: '体系' }] },
    { note: 'an awards campaign is a program', text: '开展“两红两优”表彰活动。', expect: [{ span: '两红两优', name: '两红两优' }] },
    { note: 'honours conferred are not programs', text: '获评“五星级党组织”,荣获“先锋示范岗”荣誉称号。', expect: [] },
    { note: 'a metaphor without a program word stays a metaphor', text: '持续激活园区“红色引擎”,啃下“骨头案”。', expect: [] },
    { note: 'speech after a colon', text: '他说:“我们要把服务做到企业心坎上。”', expect: [] },
    { note: 'quoted ordinary words', text: '解决职工“急难愁盼”问题,打通服务“最后一公里”。', expect: [] },
    { note: 'numbered phrases that are counts or ordinals', text: '一个支部就是一座堡垒,两名党员结对一户。', expect: [] },
    { note: 'a listed slogan named by a program word after 的', text: '探索“组织聚链、机制强链、服务护链”的产业链党建工作模式。', expect: [{ span: '组织聚链、机制强链、服务护链', name: '组织聚链、机制强链、服务护链', kind: '工作模式' }] },
    { note: 'a quoted problem before 的 is not the program', text: '破解“融资难”的金融服务模式。', expect: [] },
    { note: 'a numbered scheme before 的 and a kind of scheme named by what it does (组团结对模式, 联动服务体系)', text: '采取“5+1+X”的组团结对模式,构建“1+3+N”的联动服务体系。', expect: [{ span: '5+1+X', name: '5+1+X' }, { span: '1+3+N', name: '1+3+N' }] },
    { note: 'a manner before 的 with a verb after it is no program', text: '高新区以“协调、联合、联动”的方式形成工作合力。', expect: [] },
    { note: 'unquoted names after a verb of doing', text: '实施扬帆计划,开展红色领航行动,启动企业家培育工程。', expect: [
      { span: '扬帆计划', name: '扬帆计划', kind: '计划' },
      { span: '红色领航行动', name: '红色领航行动', kind: '行动' },
      { span: '企业家培育工程', name: '企业家培育工程', kind: '工程' },
    ] },
    { note: 'kinds of activity are not names', text: '开展专项行动和帮扶行动,实施民生工程,推进重点工程建设,打造党建品牌,开展职业能力提升行动。', expect: [] },
    { note: 'unquoted N大X groupings are not programs', text: '聚焦三大片区,壮大四大产业。', expect: [] },
    { note: 'quoted categories of organizations are no programs', text: '加大“两新组织”党建工作指导员队伍建设,推动“两企三新”党建全覆盖。', expect: [] },
    { note: 'places are no programs: a zone core alone, a short name being defined; a place typed by a program word is one', text: '学习“双凤”经验,长丰双凤经济开发区(以下简称“双凤开发区”)承办会议,推广“晋江”模式。', expect: [{ span: '晋江', name: '晋江', kind: '模式' }] },
    { note: 'a quoted word of two characters after words that describe it, with no kind, is a figure of speech; three characters, or a kind after it, make a name', text: '围绕构建睦邻暖心“家庭”,打造红色“议事厅”,组建党员“先锋”服务队。', expect: [{ span: '议事厅', name: '议事厅', kind: null }, { span: '先锋', name: '先锋', kind: '服务队' }] },
    { note: 'a named list of services (服务清单) types a program; a quoted common noun of two characters alone after a verb is a term stressed, not a name (问题, 网格), a coined pair is one (双强)', text: '社区与骑手代表共同拟定“贴心八条”服务清单,建立“问题”清单,开展“网格”,推行“双强”。', expect: [
      { span: '贴心八条', name: '贴心八条', kind: '服务清单' },
      { span: '双强', name: '双强', kind: null },
    ] },
    { note: 'a numbered term right before a kind of firm says which firms are meant, no program (“三有”非公有制企业, “五上”企业); before anything else it is a slogan', text: '2100家“三有”非公有制企业建立了党组织,“五好”社会组织达到30家,深入实施“三有三强”。', expect: [
      { span: '三有三强', name: '三有三强', kind: null },
    ] },
    { note: 'a meeting that launches or pushes a campaign, named after it, says the quoted name is the campaign’s (部署会, 推进会, 动员会), a space inside the name too; not a category of organizations', text: '滨湖区召开“千企帮千村 同心促振兴”部署会,举行“不忘初心、牢记使命”主题教育动员会,召开“两企三新”党建推进会。', expect: [
      { span: '千企帮千村 同心促振兴', name: '千企帮千村 同心促振兴', kind: '部署会' },
      { span: '不忘初心、牢记使命', name: '不忘初心、牢记使命', kind: '动员会' },
    ] },
    { note: 'an idiom that opens with a numeral, as jieba reads it whole, is a figure of speech (一扫而空, 一呼百应); a program word after it names a program; slogans of numerals paired with words are programs', text: '货物被机关党员“一扫而空”,形成“一呼百应”的局面,推行“一街三带”,实施“一马当先”工程。', expect: [
      { span: '一街三带', name: '一街三带', kind: null },
      { span: '一马当先', name: '一马当先', kind: '工程' },
    ] },
    { note: 'next steps (下一步工作计划) are no numbered program', text: '就抓党建工作完成情况、存在问题及下一步工作计划进行述职。', expect: [] },
    { note: 'a verb ending a relative clause (建立的…工程) is no verb of doing before a name', text: '这是在工业园区建立的示范性工程。', expect: [] },
    { note: 'a quoted chain of bodies is an organizational structure', text: '构建“园区党工委—综合党委—企业党支部”三级组织架构,建立“区委--街道党工委”联动机制。', expect: [] },
    { note: 'a numbered word of kind right after a quoted name (“政会银企”四方合作机制) says what that program is: one program, not two; unquoted, or after a quoted list or numbered slogan (“四送一服”双千工程), it is one of its own', text: '创建“政会银企”四方合作机制,推行三方共建机制,对接“四送一服”双千工程。', expect: [{ span: '政会银企', name: '政会银企', kind: '机制' }, { span: '三方共建机制', name: '三方共建机制', kind: '机制' }, { span: '四送一服', name: '四送一服' }, { span: '双千工程', name: '双千工程', kind: '工程' }] },
    { note: 'the parts listed before a numbered name (…和信息互通等五大机制) are no part of it; unquoted, 两项机制 and 三个行动 count mechanisms and campaigns, they name none', text: '健全协调会商、教育引导和信息互通等五大机制,实施强基、育才和惠企三大工程。建立两项机制,开展三个行动。', expect: [{ span: '五大机制', name: '五大机制', kind: '机制' }, { span: '三大工程', name: '三大工程', kind: '工程' }] },
    { note: 'a quoted name, a field of five or six characters and a program word: the word is its kind (“党旗飘 火炬红”园区党建整体品牌 was missed); a verb alone before the word makes a noun with it (表彰活动, 服务模式)', text: '点亮“党旗飘 火炬红”园区党建整体品牌,开展“两红两优”表彰活动,试点“一楼宇、一楼长、一站式”服务模式。', expect: [
      { span: '党旗飘 火炬红', name: '党旗飘 火炬红', kind: '品牌' }, { span: '两红两优', name: '两红两优', kind: '活动' }, { span: '一楼宇、一楼长、一站式', name: '一楼宇、一楼长、一站式', kind: '模式' },
    ] },
    { note: 'after a verb of taking as (作为), or a verb and its object (完善管理体系), the program word is the verb’s object, not the name’s kind; a longer stretch that acts names no program (the team named in quotes before it is one, as a team’s name always is: 红色先锋)', text: '把“抓党建、创特色、促发展”作为工作重点,“三个构建”完善管理体系,“红色先锋”引领企业发展新模式。', expect: [
      { span: '抓党建、创特色、促发展', name: '抓党建、创特色、促发展', kind: null }, { span: '三个构建', name: '三个构建', kind: null }, { span: '红色先锋', name: '红色先锋', kind: null },
    ] },
    { note: 'names listed in quotes before 等 and a program word share its kind (only the last had it); a venue (阵地) named in quotes is a platform; a verb after a noun in the field makes a noun with the word (党群共享阵地); problems listed before 等问题 are none', text: '推出“红色代办”、“暖心食堂”和“银发课堂”等服务品牌,通过“党建微讲堂”“青年议事厅”等阵地开展活动,打造6处“聚新汇”党群共享阵地,围绕“融资难”“用工难”等问题开展服务。', expect: [
      { span: '红色代办', name: '红色代办', kind: '服务品牌' }, { span: '暖心食堂', name: '暖心食堂', kind: '服务品牌' }, { span: '银发课堂', name: '银发课堂', kind: '服务品牌' },
      { span: '党建微讲堂', name: '党建微讲堂', kind: '阵地' }, { span: '青年议事厅', name: '青年议事厅', kind: '阵地' }, { span: '聚新汇', name: '聚新汇', kind: '阵地' },
    ] },
    { note: 'a longer field that holds a verb is no field: the word is another’s (“口袋”党员亮明身份活动 is no 口袋 campaign)', text: '开展“口袋”党员亮明身份活动,搭建“产学研用”人才定向培养体系。', expect: [] },
    { note: 'a sector’s abbreviation in quotes (“小个专”: small firms, sole traders, markets) is no program, before a body or 工作 or alone; a brand of the sector is', text: '全省已建立“小个专”党组织3200个,“小个专”党建工作指导站38个,打造“红色集结号”党建品牌,推动“小个专”高质量发展。', expect: [{ span: '红色集结号', name: '红色集结号', kind: '党建品牌' }] },
    { note: 'people called by a nickname in quotes (“小哥”, “外卖骑手”) are no program; a program word after one names one', text: '吸纳“小哥”加入志愿服务队伍210人,关爱“外卖骑手”,建设“骑手”驿站。', expect: [{ span: '骑手', name: '骑手', kind: '驿站' }] },
    { note: 'names listed in quotes, then their number and a program word, share its kind (only the last had it, or the first after the verb); a number of problems listed (5个方面问题) names no program', text: '先后培育出“同心共建”“税暖心”“阳光服务先锋”等28个特色机关党建品牌,打造“红帆”“暖心”“聚力”三个党建品牌,围绕“融资难”“用工难”等5个方面问题开展服务。', expect: [
      { span: '同心共建', name: '同心共建', kind: '党建品牌' }, { span: '税暖心', name: '税暖心', kind: '党建品牌' }, { span: '阳光服务先锋', name: '阳光服务先锋', kind: '党建品牌' },
      { span: '红帆', name: '红帆' }, { span: '暖心', name: '暖心', kind: '党建品牌' }, { span: '聚力', name: '聚力', kind: '党建品牌' },
    ] },
    { note: 'a name coded in digits right before a kind of scheme, after a verb of doing (实施246工作法, 推广135工作法); 亮出 is a verb of doing', text: '青山经开区实施246工作法,推广135工作法,亮出红领青山党建品牌。', expect: [
      { span: '246工作法', name: '246工作法', kind: '工作法' }, { span: '135工作法', name: '135工作法', kind: '工作法' }, { span: '红领青山党建品牌', name: '红领青山党建品牌' },
    ] },
    { note: 'look-alike: a year before a scheme’s word (2024工程), a figure with its classifier (12项机制, 100余个工作法) name no program', text: '2024工程启动,园区建立12项机制,修订了100余个工作法。', expect: [] },
    { note: 'a program word right before a quoted name names it one, as one after it does (党建品牌“红色引擎”); the same figure of speech with none stays none (激活园区“红色引擎”)', text: '打造党建品牌“红色引擎”,推出服务品牌“红色管家”,持续激活园区“红色引擎”。', expect: [
      { span: '红色引擎', name: '红色引擎', kind: '党建品牌' }, { span: '红色管家', name: '红色管家', kind: '服务品牌' },
    ] },
    { note: 'a kind of five or six characters between the verb and the quote names it too, where it ends in a program word (党建服务项目“红税直播间”); the unquoted kind right before a quoted name names no program of its own', text: '打造党建服务项目“红税直播间”,推出党建服务品牌“红色管家”。', expect: [
      { span: '红税直播间', name: '红税直播间', kind: '项目' }, { span: '红色管家', name: '红色管家', kind: '服务品牌' },
    ] },
    { note: 'look-alike: a long qualifier that ends in no program word before a quoted word leaves it a figure of speech', text: '深入推进园区企业服务“加速跑”,大力推动园区营商环境“再升级”。', expect: [] },
    { note: 'a title striven for (创建, 争创) is a program, whatever body its quoted name ends in (红色商会); a quoted alliance set up is a body', text: '开展“红色商会”创建活动,组建“爱心商户联盟”。', expect: [
      { span: '红色商会', name: '红色商会' },
    ] },
    { note: 'a quoted slogan followed by the number of measures it names (三大举措, 五项措施) is a program', text: '园区通过“强组织、强阵地、强服务”三大举措推动党建提质,推出“暖企、助企、活企”五项惠企措施。', expect: [
      { span: '强组织、强阵地、强服务', name: '强组织、强阵地、强服务', kind: '举措' }, { span: '暖企、助企、活企', name: '暖企、助企、活企', kind: '措施' },
    ] },
    { note: 'look-alike: a quoted word before measures with no number of them is a figure of speech or a manner, no program', text: '这些“硬核”举措成效明显,采取“一对一”帮扶措施。', expect: [] },
    { note: 'a slogan ending where the work goes (进园区, 在园区) is a program, not a zone’s name; a quoted zone’s name is none', text: '深入开展“党建进园区”活动,实施“党旗飘扬在园区”和“项目一线党员红”两个工程,学习“苏州工业园区”经验。', expect: [
      { span: '党建进园区', name: '党建进园区', kind: '活动' }, { span: '党旗飘扬在园区', name: '党旗飘扬在园区', kind: '工程' }, { span: '项目一线党员红', name: '项目一线党员红', kind: '工程' },
    ] },
    { note: 'a quoted name before an alliance’s ending and a program word names the program’s form (“1+N”党建联盟矩阵), no body; before the ending alone it names the body (organizations)', text: '打造“1+N”党建联盟矩阵,组建“红色物业”联盟。', expect: [
      { span: '1+N', name: '1+N', kind: '矩阵' },
    ] },
    { note: 'the work’s system, rules or path after a quoted name is its kind whole (工作体系, not 工作), and a way of serving (服务法); 工作 alone makes no program of a category or a figure of speech (“两新”工作, “一把手”工作), though it types a name (“红色代办”工作)', text: '构建“1+3+N”工作体系,健全“双报到”工作制度,探索“村企联建”工作路径,推行“五心”服务法。做好“两新”工作,抓好“一把手”工作,推进“红色代办”工作。', expect: [
      { span: '1+3+N', name: '1+3+N', kind: '工作体系' },
      { span: '双报到', name: '双报到', kind: '工作制度' },
      { span: '村企联建', name: '村企联建', kind: '工作路径' },
      { span: '五心', name: '五心', kind: '服务法' },
      { span: '红色代办', name: '红色代办', kind: '工作' },
    ] },
    { note: 'a quoted task, a verb and the work it is done to (“加强城市社区党建工作”), is a line of a speech quoted, no program; a quoted name with 工作 after the quote, or ending in it without a verb before, is one', text: '党的二十大报告提出,“加强城市社区党建工作”,要求“做好两新组织党建工作”。实施“红色领航”工作,开展“双报到工作”。', expect: [
      { span: '红色领航', name: '红色领航', kind: '工作' },
      { span: '双报到工作', name: '双报到工作', kind: '工作' },
    ] },
    { note: 'a program word with 化 after it makes a manner, no kind (制度化, 项目化); a team that serves (服务团队) is its own kind, not the 服务团 inside it', text: '坚持“两学一做”常态化制度化,推进“红色物业”项目化运作,建立“双报到”制度,组建“1+3+N”服务团队5支。', expect: [
      { span: '两学一做', name: '两学一做', kind: null },
      { span: '红色物业', name: '红色物业', kind: null },
      { span: '双报到', name: '双报到', kind: '制度' },
      { span: '1+3+N', name: '1+3+N', kind: '服务团队' },
    ] },
    { note: 'a number and its 大 alone in quotes, the program word right after them, are the name with the word, as unquoted (“五大”工程 named 五大 alone); a quoted slogan with a numeral in it stays as quoted', text: '实施“五大”工程,打造“十大”党建品牌,推进“双百”工程,落实“三个一批”要求。', expect: [
      { span: '五大”工程', name: '五大工程', kind: '工程' },
      { span: '十大”党建品牌', name: '十大党建品牌', kind: '党建品牌' },
      { span: '双百', name: '双百', kind: '工程' },
      { span: '三个一批', name: '三个一批', kind: null },
    ] },
    { note: '一 opening a word of quality or quantity (一流, 一批, 一系列) numbers no name before a program word (一流工程 and 一批工程 were names); 一线 and a numbering of parts do', text: '打造一流工程,实施一批工程,推进一系列机制。推行一线工作法,实施一街三带工程。', expect: [
      { span: '一线工作法', name: '一线工作法', kind: '工作法' },
      { span: '一街三带工程', name: '一街三带工程', kind: '工程' },
    ] },
    { note: 'a role played, named by a quoted figure of speech before 作用, 效应 or 优势, is no program; 示范带 of 示范带动 (leading by example) is no kind', text: '发挥“头雁”作用,发挥“领头羊”的作用和“桥梁纽带”效应,发挥“红色物业”优势。发挥“党员先锋岗”示范带动作用,打造“红色走廊”示范带。', expect: [
      { span: '党员先锋岗', name: '党员先锋岗', kind: null },
      { span: '红色走廊', name: '红色走廊', kind: '示范带' },
    ] },
    { note: 'a sum of bodies and others named a model by the program word right after it is a program (“党支部+合作社+农户”模式); spelled out as a structure, it is none', text: '推行“党支部+合作社+农户”模式,探索“支部+协会+农户”模式。构建“区委—街道党工委—社区党委”四级组织架构,形成“综合党委+链上企业+上下游企业”组织体系。', expect: [
      { span: '党支部+合作社+农户', name: '党支部+合作社+农户', kind: '模式' },
      { span: '支部+协会+农户', name: '支部+协会+农户', kind: '模式' },
    ] },
    { note: 'a project, plan or campaign word two characters after a quoted figure of speech makes it a program’s name (“领头雁”培育工程); other words that far, or the figure alone, do not', text: '实施“领头雁”培育工程,开展“娘家人”关爱行动。发挥“领头雁”作用,当好“娘家人”,破解“卡脖子”技术攻关机制。', expect: [
      { span: '领头雁', name: '领头雁', kind: '工程' },
      { span: '娘家人', name: '娘家人', kind: '行动' },
    ] },
    { note: 'a named post, net or circle of services (服务站, 服务网, 服务圈) is a program word, inside the quotes or after them; unquoted and generic (党群服务站) it names none', text: '社区设立了“小哥权益服务站”,构建“红色物业”服务网,打造“15分钟党群服务圈”。在12个村建立党群服务站。', expect: [
      { span: '小哥权益服务站', name: '小哥权益服务站', kind: '服务站' },
      { span: '红色物业', name: '红色物业', kind: '服务网' },
      { span: '15分钟党群服务圈', name: '15分钟党群服务圈', kind: '服务圈' },
    ] },
    { note: 'what work is taken up by or carried on (以“…”为抓手, 为载体, 为牵引) is a program, as a theme is; a metaphor made the way in (为突破口, 为切入点) or an occasion (为契机) names none', text: '凤鸣镇以“村企联建”为抓手,以“链上党建”为牵引推动发展。以“小切口”为突破口,以“大走访”为契机。', expect: [
      { span: '村企联建', name: '村企联建' },
      { span: '链上党建', name: '链上党建' },
    ] },
    { note: 'quoted names listed right after a verb of doing are all its objects, of the kind named after the last (only the first was found); listed before a number of measures all are measures; a nickname listed is none, nor are names after a comma', text: '打造“名人长廊”“民俗风情带”“产业振兴展区”三条文化带,推出“红色管家”“先锋岗”“党员责任区”三项举措。吸纳“小哥”“骑手”加入,打造“凤鸣驿站”,“先锋”二字醒目。', expect: [
      { span: '名人长廊', name: '名人长廊' },
      { span: '民俗风情带', name: '民俗风情带' },
      { span: '产业振兴展区', name: '产业振兴展区' },
      { span: '红色管家', name: '红色管家', kind: '举措' },
      { span: '先锋岗', name: '先锋岗', kind: '举措' },
      { span: '党员责任区', name: '党员责任区', kind: '举措' },
      { span: '凤鸣驿站', name: '凤鸣驿站' },
    ] },
    { note: 'a holiday named by its date, quoted (“七一”, “五四”, “八一”), is when something is done, no program, a program word after it or not; numbered slogans stay', text: '在“七一”“五四”等重要节点开展主题党日,开展“七一”系列活动,利用“八一”建军节开展慰问,落实“一岗双责”。', expect: [
      { span: '一岗双责', name: '一岗双责' },
    ] },
    { note: 'the line of thinking or the method a work follows (工作思路, 工作方法, 思路) is the kind, not 工作', text: '园区党工委坚持“四联四促”工作思路,按照“一企一策”思路推进,总结“五步”工作方法。', expect: [
      { span: '四联四促', name: '四联四促', kind: '工作思路' },
      { span: '一企一策', name: '一企一策', kind: '思路' },
      { span: '五步', name: '五步', kind: '工作方法' },
    ] },
    { note: 'two numbered names joined by 和 are two programs; a phase of a project’s works (二期工程) is none', text: '园区实施三大工程和五星行动,推进项目二期工程建设。', expect: [
      { span: '三大工程', name: '三大工程', kind: '工程' },
      { span: '五星行动', name: '五星行动', kind: '行动' },
    ] },
    { note: 'words of a kind alone before a program word (特色党建工作品牌, 党员服务行动) name no program; a coined word does (红帆品牌)', text: '园区一体培育特色党建工作品牌,积极创建特色党建品牌,开展党员服务行动,打造红帆品牌。', expect: [
      { span: '红帆品牌', name: '红帆品牌', kind: '品牌' },
    ] },
    { note: 'quoted names right before one a program word follows, with nothing between them, share its kind, whatever stands before them; a quoted sentence of speech does not', text: '开展以党员为骨干的“揭榜挂帅”“赛马”活动。他说:“我们要干。”“擂台”比武开始了。', expect: [
      { span: '揭榜挂帅', name: '揭榜挂帅' },
      { span: '赛马', name: '赛马' },
    ] },
    { note: 'an ordinary word opening with a numeral\'s character, quoted as a grade (“一般”, “一致”), is no numbered slogan; numbered terms still are (一岗双责)', text: '评定“一般”等次3个,意见“一致”通过,落实“一岗双责”。', expect: [
      { span: '一岗双责', name: '一岗双责' },
    ] },
    { note: 'a space a page left at either end inside the quotes is no part of the name, nor of its evidence; one inside it is', text: '持续擦亮“三员助力 双色扬帆 ”党建品牌,打造“ 红色家园”品牌。', expect: [
      { span: '三员助力 双色扬帆', name: '三员助力 双色扬帆', kind: '党建品牌' },
      { span: '红色家园', name: '红色家园', kind: '品牌' },
    ] },
    { note: 'a short name in single quotes inside a quoted name is part of it (“两新‘湘’当红”活动 was missed); a quotation holding a quoted name is none', text: '持续深化“两新‘湘’当红”活动,推行“红色‘e’家”服务品牌。他说:“要把‘红色引擎’打造好,让企业发展更有劲。”', expect: [
      { span: '两新‘湘’当红', name: '两新‘湘’当红', kind: '活动' },
      { span: '红色‘e’家', name: '红色‘e’家', kind: '服务品牌' },
    ] },
    { note: 'a space a document site set right inside the quotation marks parts nothing: the quoted name before its program word is the program (the space after the opening mark hid it)', text: '通过“ 行业归口+属地兜底” 工作机制推动落实,打造“ 红色驿站 ”服务品牌。', expect: [
      { span: '行业归口+属地兜底', name: '行业归口+属地兜底' },
      { span: '红色驿站', name: '红色驿站', kind: '服务品牌' },
    ] },
    { note: 'a numbered term before a word of traits or troubles sums them up, no program (三高两快的特点, 三难问题); before a list of problems kept as a scheme it is one', text: '这一群体有着“三高两快”的特点:高学历、流动快。着力破解“三难”问题,建立“三个一”问题清单。', expect: [{ span: '三个一', name: '三个一' }] },
    { note: 'a quoted verb with a complement of direction says how something became, no program; with a program word after it, it is one', text: '打造“立起来”的经济新高地,让党建工作“活起来”,开展“站起来”行动。', expect: [{ span: '站起来', name: '站起来', kind: '行动' }] },
    { note: 'a quoted word of a locative (链上, 云上) says where, no program; with a program word after it, it is one', text: '打造“链上”抱团发展的动力引擎,推进“云上”党建,开设“线上”课堂。', expect: [{ span: '线上', name: '线上', kind: '课堂' }] },
    { note: 'a title a place strives for (之都, 之乡) is its fame, no program; a named program beside it is one', text: '高质量打造“舰船配套之都”,建设“中国牛奶之乡”,实施“红链助企”行动。', expect: [{ span: '红链助企', name: '红链助企', kind: '行动' }] },
    { note: 'a quoted name opening with a pun in single quotes and ending as parks do (“‘红’动园区”) is a slogan, no zone; a zone named in quotes is none', text: '开展“‘红’动园区”行动,走进“凤鸣产业园区”。', expect: [{ span: '‘红’动园区', name: '‘红’动园区', kind: '行动' }] },
    { note: 'a quoted name ending in a word of a team or of people who serve (先锋, 管家, 帮办) names the team a program runs, opening its clause too; the word alone in quotes, or what someone serves as (争当“党员先锋”, 当好企业的“红管家”), is a figure of speech', text: '“红色先锋”以人民为中心,收集企业诉求;“凤鸣管家”帮办代办。争当“先锋”,争当“党员先锋”,做好企业的“红管家”。', expect: [
      { span: '红色先锋', name: '红色先锋' },
      { span: '凤鸣管家', name: '凤鸣管家' },
    ] },
    { note: 'names in straight double quotes, as many pages type them, are read as in curly ones; a line with an odd number of them is left', text: '实施"红色引擎"工程,打造"凤鸣e家"服务品牌。\n推行"红色领航"行动,屏幕5"。', expect: [
      { span: '红色引擎', name: '红色引擎' },
      { span: '凤鸣e家', name: '凤鸣e家' },
    ] },
    { note: 'a name published (发布) as a program’s kind says (党建服务项目“…”, “…”品牌); what is published with no kind named (a letter, a list) is none', text: '区税务局发布党建服务项目“红税直播间”,团区委发布“青春护航”志愿服务品牌。县委发布“致全县非公企业党员的一封信”,区里发布“红黑榜”。', expect: [
      { span: '红税直播间', name: '红税直播间' },
      { span: '青春护航', name: '青春护航' },
    ] },
    { note: 'a quoted manner or type in 式 before a word of what is built or done (“延展式”服务站点, “保姆式”服务) names a kind, no program; before a scheme’s word it names the scheme (“嵌入式”党建工作模式)', text: '建设了88个“延展式”服务站点,提供“保姆式”服务,推行“嵌入式”党建工作模式,打造“红色引擎”品牌。', expect: [
      { span: '嵌入式', name: '嵌入式' },
      { span: '红色引擎', name: '红色引擎' },
    ] },
    { note: 'quoted names then a count of people are what those people are called, a numeral’s character opening one (百叶姐) or not; a numbered slogan elsewhere is a program', text: '培训班诞生“麻虾妹”“百叶姐”“广交会达人”4位知名主播,开展“千名干部进千企”活动,选派200名干部。', expect: [
      { span: '千名干部进千企', name: '千名干部进千企' },
    ] },
    { note: 'a slogan of listed parts achieved (实现, 做到) is a program; a single result achieved (零投诉), or a list after a word between, is none', text: '楼宇党建实现“楼事楼议、楼事楼办、楼事楼管”,做到“零投诉”,实现了“应建尽建、应覆盖尽覆盖”,实现园区“组织联建、资源共享”。', expect: [
      { span: '楼事楼议、楼事楼办、楼事楼管', name: '楼事楼议、楼事楼办、楼事楼管' },
      { span: '应建尽建、应覆盖尽覆盖', name: '应建尽建、应覆盖尽覆盖' },
    ] },
    { note: 'a kind of body in quotes (两企三新, 小个专) listed before a brand’s name is whom the brand is for, no name of it; a name listed so is', text: '举办“两企三新”“襄新星”品牌发布暨党建故事展演,打造“小个专”“红色集结号”品牌,推出“红色代办”“暖心食堂”服务品牌。', expect: [
      { span: '襄新星', name: '襄新星', kind: '品牌' },
      { span: '红色集结号', name: '红色集结号', kind: '品牌' },
      { span: '红色代办', name: '红色代办', kind: '服务品牌' },
      { span: '暖心食堂', name: '暖心食堂', kind: '服务品牌' },
    ] },
    { note: 'a quoted name of a team right after a count of people is what those people are called; the team formed under it is a program', text: '聘请3名“红帆先锋”离退休干部担任党建指导员,组建“银发先锋”服务队。', expect: [
      { span: '银发先锋', name: '银发先锋' },
    ] },
    { note: 'a numbered name of people said to be people (“三杨”都是党员) is what they are called; a numbered slogan said to be a thing is a program', text: '“三杨”都是党员,工作作风激励着后来人。“三会一课”是党的组织生活的基本制度。', expect: [
      { span: '三会一课', name: '三会一课' },
    ] },
    { note: 'quoted names then a count of party bodies or alliances name those bodies (organizations, no programs); before a count of teams, or a program word, they are programs', text: '组建“装备制造”“新材料”3个产业链联合党委,成立“链上同心”等5个党建联盟。组建“红色先锋”等3支服务队,打造“红色引擎”党建品牌。', expect: [
      { span: '红色先锋', name: '红色先锋' },
      { span: '红色引擎', name: '红色引擎' },
    ] },
  ],
};
