// Words the count binder reads clauses with: verbs of doing (the `action` of a
// count), helper verbs and adverbs to look past, prepositions, and the endings
// that make a verb part of a noun (`指导员`, `服务中心`). Data, not code.

/** Verbs of a change from one figure to another, said between the two (`从93元降至75元`). */
export const CHANGE_TO_VERBS = ['降至', '降到', '下降到', '下降至', '减少到', '减少至', '减至', '增至', '增加到', '增加至', '增长到', '增长至', '提高到', '提高至', '提升到', '提升至', '上升到', '上升至', '升至', '扩大到', '扩大至', '发展到', '发展至', '壮大到', '壮大至'];

/**
 * How a body was set up, said of it as its predicate (`其中37个单独建,3个联合建`): verbs that
 * never name the thing counted, as a verb alone after a classifier may (`举办7期培训`).
 */
export const SETTING_UP_MANNERS = ['单独建', '联合建', '独立建', '联建', '单建'];

/**
 * Words of manner that are nouns or verbs elsewhere, but adverbs right before another verb (`部门联合开展`, `企业自主研发`),
 * and adverbs of how often or how willingly, which jieba reads otherwise (`35名指导员反复深入`, `党员主动认领`):
 * no part of the counted before them, and no verb of theirs.
 */
export const MANNER_BEFORE_VERBS = ['联合', '携手', '合力', '协力', '齐心', '带头', '创新', '自主', '共同', '整体', '集体', '反复', '多次', '主动', '积极', '定期', '经常'];

/**
 * Verbs whose object is a counted thing in this genre. Longest match wins, so
 * compounds (`持证上岗`, `选优配强`) stand before their parts.
 */
export const ACTION_VERBS = [
  '选优配强', '持证上岗', '挂钩服务', '服务保障', '结对帮扶', '走访慰问', '调研走访', '走访调研', '入户走访', '改造提升',
  // (talks as one deed: 谈心谈话120人次, 提醒谈话12人, 约谈提醒3人)
  '谈心谈话', '提醒谈话', '约谈提醒', '谈话提醒',
  // (putting right as one deed: 整改落实问题12个)
  '整改落实',
  // (fostering as one deed: 培育发展党员先锋示范岗12个, not 发展党员; posts waiting to be filled,
  // said of them: 500多个岗位虚席以待; helping students, a deed of its own: 商会助学捐款)
  '培育发展', '虚席以待', '助学',
  // (making stronger and better, said of bodies and work: 建强街道党工委, 做优做强街道两新党建工作)
  // (not 做实 alone: 做实事 does 实事)
  '做优做强', '做强做优', '做大做强', '做实做细', '建强', '做优', '做强',
  // (making firm what work stands on, as slogans put it: 筑牢三项基础, 夯实基层基础, 织密组织体系, 守牢底线)
  '筑牢', '夯实', '打牢', '织密', '守牢',
  // (and so of firms and chains, as papers put it in four characters: 2200余家企业强筋壮骨, 30家企业
  // 提档升级, 强链补链)
  '强筋壮骨', '提档升级', '强链补链', '补链强链', '延链补链', '强链延链',
  // (taking over the care of party bodies or members moved in: 接转了191家两新党组织)
  '接转',
  // (keeping a number within bounds: 将求职人员数量控制在50人左右; the binder reads it only before 在)
  '控制',
  // (issuing papers: 出具法律意见书56份; granting land: 出让工业用地3宗)
  '出具', '出让',
  // (an item of a list struck off as done: 已销号41项)
  '销号',
  // (giving money and goods, one deed: 捐款捐物7000多万元)
  '捐款捐物', '捐资捐物',
  // (going through stages: 经历了3个发展阶段)
  '经历',
  // (carrying people: 接送职工2万余人次; and goods: 转运物资300辆次, 运送物资80车次)
  '接送', '转运', '运送',
  // (entering a register: 科技型中小企业注册入库58家, 入库项目12个)
  '注册入库', '入库',
  // (taking up a post, said of those sent: 17名党员已到岗; 上岗 after 持证 above)
  '到岗', '上岗', '在岗',
  '转正', '挂职', '回访', '排摸', '储备', '轮训', '荣获', '汇聚', '涌现', '发挥', '响应', '结对', '共建', '调整优化', '调整', '优化', '净增', '关心关爱', '关心', '关爱', '希望',
  // (dividing into finer ones: 将9个大网格细化为38个小网格; not 细分, 细分行业 a noun)
  '细化',
  // planning projects (谋划项目336个, 储备项目20个); allotting funds (划拨1.8亿元)
  '谋划', '划拨',
  // sending people (抽调50人组成工作专班, 选送12名党员, 委派3名党建指导员)
  '抽调', '抽派', '选送', '调派', '委派', '派遣', '外派', '增派',
  // (and putting them into a body: 选拔15名青年充实到后备干部队伍, 充实基层力量)
  '充实',
  // (electing: 选举常务理事20名, 12个村换届选举; 选举产生 below)
  '换届选举', '选举',
  '选派', '选出', '挑选', '遴选', '选调', '派驻', '下派', '选聘', '选配', '配备', '配强', '选拔', '选树', '推荐', '推选', '评选', '评议', '表彰', '评为', '获评', '授予',
  '解决', '化解', '办结', '办理', '受理', '帮办', '代办', '协调', '处理', '答复', '回应', '收集', '征集', '搜集', '汇集', '采集', '梳理', '找到', '排查', '摸排', '摸底排查', '收到', '反映',
  // taking in, checking, sorting and sending on what people ask (接到诉求120件, 签收工单86件, 录入信息2000条, 核实线索12条,
  // 分流诉求, 分办, 派发, 转派, 批转工单30件; not 处置, a noun in 应急处置演练)
  '接到', '签收', '录入', '核实', '分流', '分办', '派发', '转派', '批转',
  // handing on, replying and overseeing (交办问题36个, 转办诉求30件, 督办事项12件, 回复诉求120条, 反馈意见58条;
  // not 通报, as often a noun: 印发通报12期)
  '交办', '转办', '督办', '回复', '反馈',
  // making media (录制微党课12期, 拍摄微视频8部), opening columns (开辟专栏3个), putting online (上线服务事项120项)
  '录制', '拍摄', '开辟', '上线',
  // raising models (培树先进典型12个); merging bodies (合并党支部3个); moving in (迁入企业12家: 入企 is no verb there)
  '培树', '合并', '迁入',
  // talking with, reminding and disciplining members (谈心谈话党员120人次, 提醒党员12名, 处分党员3名, 劝退2名, 除名1名)
  '谈心', '谈话', '提醒', '处分', '劝退', '除名',
  // calling members back or together, waking those who have gone quiet (召回流动党员12名, 唤醒“沉睡党员”36名, 召集党员20名)
  '召回', '唤醒', '召集',
  // caring for, taking in, finding and bringing back people (关怀老党员30名, 接纳新会员12家, 挖掘人才20名, 物色后备力量12名,
  // 返聘退休干部5名, 特邀专家3名, 帮教社区矫正人员8名, 甄别失联党员6名)
  '关怀', '接纳', '挖掘', '发掘', '物色', '返聘', '特邀', '帮教', '甄别',
  // moving money: levering it in, paying, claiming back and cutting (撬动社会资本2亿元, 垫付资金50万元, 追缴欠薪30万元,
  // 核减投资1200万元, 认捐善款80万元; not 支付, the 支付 of 支付宝)
  '撬动', '垫付', '报销', '追缴', '清退', '核减', '审减', '压减', '认捐',
  // planning, hosting and touring events (策划主题活动12场, 主办论坛3场, 联办宣讲活动13场, 放映红色电影20场, 巡讲30场, 巡查企业120家, 送课上门20次;
  // not 义诊, 演出: nouns as often, 开展义诊12场, 文艺演出8场)
  '策划', '主办', '协办', '联办', '合办', '共办', '放映', '巡讲', '巡演', '巡查', '送课', '考评',
  // what is done to firms and bodies: checking, overseeing, relieving, shutting and merging (抽查企业30家, 调度重点企业12家,
  // 暗访企业8家, 纾困企业56家, 关停企业3家, 撤并党支部5个), and meeting them (接洽企业20家, 拜会商会6家)
  '抽查', '复核', '监测', '调度', '暗访', '纾困', '培植', '注销', '关停', '停产', '停业', '淘汰', '撤并', '接洽', '拜会', '约见',
  // setting party bodies right and moving them (补建党组织12个, 恢复党支部3个, 升格党委2个, 拆分党支部4个, 理顺隶属关系36个,
  // 划转、移交、托管党组织; not 规范, 达标, 晋级: words of a kind as often, 规范化, 达标党组织)
  '补建', '恢复', '升格', '拆分', '理顺', '划转', '移交', '托管',
  // keeping people company and looking in on them (探望老党员30人次, 陪伴留守儿童200人次, 照护失能老人12名, 随访、巡访群众,
  // 心理疏导12人; not 辅导, 护理, 联络: 辅导员, 护理员, 联络员)
  '探望', '陪伴', '照护', '陪护', '随访', '巡访', '疏导',
  // asking for views, finding faults and breaking tasks down (征求意见建议120条, 查摆问题36个, 查找短板12项, 分解任务48项,
  // 列出清单3张; not 细化, the 细化 of 精细化工), passing them on (转交), deliberating and approving (审议议题8项, 核定编制12个), posting (公示名单2批)
  '征求', '查摆', '查找', '分解', '列出', '转交', '审议', '核定', '公示',
  // writing and carrying reports (起草文件5份, 撰写调研报告12篇, 编写教材2本, 播发稿件30篇, 转载文章8篇;
  // not 报道, as often the noun: 刊发报道12篇; nor 编制, a staff quota: 核定编制12个)
  '起草', '撰写', '编写', '播发', '转载',
  // (joining with others counted: 联合34家企业; read only right before a figure, clause.ts)
  '联合',
  // (taking the lead: `由1位副总经理牵头`; a helper before another verb, `牵头成立3个联盟`)
  '牵头',
  '走访', '慰问', '调研', '拜访', '看望', '联系', '挂钩', '结对', '包联', '帮扶', '扶持', '拿出', '对接', '服务', '覆盖', '辐射', '惠及', '涉及', '帮助', '带动', '带领', '集结', '助力', '吸纳', '吸引',
  '组建', '成立', '建成', '建立', '建设', '新建', '改扩建', '改建', '扩建', '重建', '筹建', '援建', '打造', '设立', '设置', '下设', '设有', '开设', '开通', '搭建', '创建', '培育', '孵化', '命名', '认定',
  '发展', '转入', '转出', '招聘', '招引', '引进', '引育', '培养', '培训', '输送', '吸收', '接收', '纳入', '录用', '安置', '聘请', '聘任', '任命',
  '新增', '增加', '减少', '达到', '完成', '实现', '确保', '超过', '突破', '提升', '提高', '增长', '下降', '多出',
  '开展', '举办', '举行', '召开', '开讲', '组织', '进行', '实施', '推进', '推出', '启动', '部署', '印发', '出台', '制定', '修订', '发布', '编印', '发放', '颁发',
  '承接', '接待', '参与', '参加', '加入', '开工', '竣工', '投产', '参培', '参训', '参会', '参展', '参赛', '出动', '投入', '签约', '签订', '落地', '落户', '引入', '导入', '招商', '集聚', '聚集', '入驻', '入选', '吸引',
  '兑付', '申报', '申请', '获得', '取得', '争取', '争创', '兑现', '拨付', '下拨', '列支', '上交', '上缴', '缴纳', '交纳', '安排', '筹集', '募集', '募捐', '筹款', '捐赠', '捐助', '捐款', '资助', '发放', '奖励',
  '补贴', '补助', '授信', '融资', '贷款', '放贷', '节约', '节省', '降低', '减免', '减轻', '创造', '贡献', '实现', '带来', '给予', '提供', '投资', '授牌',
  '列为', '划分', '分成', '分为', '设立', '划定', '认领', ...SETTING_UP_MANNERS, '共建', '结成', '签署', '组成', '学习', '研究', '讨论', '座谈', '交流', '观摩', '宣讲', '宣传', '讲授', '授课', '观看', '收看',
  '指导', '督导', '检查', '查看', '察看', '考察', '踏勘', '勘察', '巡检', '考核', '评估', '监督', '整改', '整治', '查处', '查办', '清理', '关注', '感受', '调解', '排查', '核查', '提交', '上报', '收录', '刊发', '编发', '报送',
  // (担当 only before a role, in the binder: 142人担当中心户, 党员担当网格员; 担当作为 is a quality)
  '兼任', '担任', '担当', '任职', '包保', '包联', '分包', '挂包', '包挂', '挂联', '领办', '认购', '购买', '采购', '销售', '生产', '制作', '研发', '攻克', '攻关', '改造', '升级', '转型', '转化', '应用', '推广',
  '引导', '动员', '发动', '号召', '招募', '注册', '登记', '认证', '开放', '运营', '建起', '挂牌', '揭牌', '亮相', '展出', '展示', '评定', '评审', '印制',
  '进驻', '深入', '下沉', '进入', '走进', '建好', '宣告', '奔赴', '赶赴', '前往', '齐聚', '相聚', '来到', '报到', '回到', '留下', '扎根', '投身', '参学', '受益', '签约落地', '签约落户', '建档', '慰问', '邀请',
  '推动', '促进', '促成', '达成', '撮合', '介绍', '推介', '对口', '帮带', '结亲', '走亲', '认亲', '包企', '挂企', '联企', '助企', '进企', '入企', '参观',
  // putting a way of working in place, checking on it and calling to account (12个小区推行红色物业模式,
  // 约谈党组织书记8人); promoting and electing (提拔重用干部26名, 补选支委12名); bringing back and putting to
  // use (回引人才86名, 盘活闲置资产1200万元, 启用驿站6个); dealing (洽谈项目20个, 获批项目12个, 助销农产品)
  '推行', '督查', '约谈', '问责', '撤销', '提拔重用', '提拔', '补选', '增补', '兴办', '回引', '盘活', '启用', '投用', '投入使用', '洽谈', '获批', '助销',
  // planting (套种苗木2.4万余棵, 栽种果树3000株, 嫁接核桃9000余棵; 种植 read only where it names no
  // cooperative, base or grower: 红星种植专业合作社, 种植基地, 种植大户)
  '种植', '栽种', '套种', '栽植', '补植', '嫁接',
  // getting one's share, and matching funds (分到5000元, 领取分红款; 县级财政再配套2000万元, read only before a figure)
  '分到', '领到', '分得', '领取', '拿到', '配套',
  // getting back what was owed or lost (追讨资金6000万元, 挽回经济损失120万元, 找回失联党员8名); driving
  // spending or investment up (拉动消费超1000万元)
  '追讨', '追回', '挽回', '找回', '拉动',
  // reporting on one's work, working hard at a post (委员现场述职, 党员奋战在一线, 坚守岗位); growing stronger
  '述职', '奋战', '坚守', '增强',
  // taking the stage (31名学员上台交流, 12名党员上台领奖)
  '上台',
  // setting out stations across an area (接连布局3个站点); 产业布局 stays a noun
  '布局',
  // sharing what one learned (4家企业党组织书记分享经验)
  '分享',
  // picking and hiring (筛选聘用75名党建指导员: not the 选聘 across the two words)
  '筛选', '聘用',
  // finding what was wrong (排查隐患, 发现隐患213处, 发现问题12个); cutting times short (see CHANGE_VERBS)
  '发现', '压缩', '缩短',
  // (suggestions taken up: 收集意见建议326条,采纳128条)
  '采纳',
  // verbs ending in 入: listed, or the 入 of 融入企业 was read as 入企
  '融入', '嵌入', '列入', '注入', '写入',
  // handing over and putting out (送去大礼包, 投放宣传单页, 提报工单, 下达发展党员计划30个)
  '送去', '送上', '送出', '送来', '送达', '投放', '提报', '下达',
  // surveys handed out and back, names put down (发放问卷, 收回问卷1327份, 报名300人)
  '发出', '收回', '回收', '报名',
  '获取', '整合', '抢抓', '存在', '用于', '选举产生', '产生', '挂靠', '出席', '列席', '捐资', '出资', '化身', '优化调整', '挂牌成立', '揭牌成立',
  // putting right in full (已整改到位25项: 到位 is the result, no noun)
  '整改到位', '落实到位', '解决到位',
  // leading a group out (5名区级领导带队走访企业); starting one up (近百家企业发起成立…)
  '带队', '领队', '发起',
  // opening and building (开办夜校, 打通断头路, 新修道路), raising money and hands (集资, 招工), leading a task (主抓), putting money in place (落实资金)
  '开办', '打通', '新修', '集资', '招工', '主抓', '落实',
  // (going as a group, raising money: 150名党员组团筹到两万元资金)
  '组团', '筹到', '筹措', '筹资',
  // (shares in a cooperative: 农户入股合作社, 每户每年分红1200元)
  '入股', '分红',
  // (putting to use: 利用闲置厂房12处; before another verb, helpers: 利用闲置用房改建30个)
  '利用', '借助',
  // what a body or place has under it (下辖党支部42个, 现辖规上企业76家), what work yields (形成问题清单), taking on staff (招录, 招收), going public (上市)
  '下辖', '现辖', '形成', '招录', '招收', '上市',
  // going to school (资助3名学生圆梦大学, 考入大学)
  '圆梦', '考入', '考上', '就读', '升入',
  // cutting taxes and fees for firms (为企业减税降费2.3亿元, 为企业减负1.2亿元)
  '减税降费', '减税', '降费', '减负',
  // what a place holds (可同时容纳200人)
  '容纳',
  // on the move (骑手穿梭于楼宇巷陌, 奔波在一线)
  '穿梭', '奔波',
  // drawing and putting up signs (绘制友好路线图, 张贴服务清单, 设置引导牌)
  '绘制', '张贴', '悬挂',
  // creating jobs (开发公益性岗位120个; 开发区, 开发银行 are nouns above)
  '开发',
  // pooling what several hold (统筹乡村发展类项目27项, 统筹10多个部门力量)
  '统筹',
  // taking in (涵盖多种类型的案例, 囊括12个行业); drawing lessons (总结3条经验, 提炼工作法5个); setting
  // tasks (明确任务42项)
  '涵盖', '囊括', '总结', '提炼', '明确', '确定', '提出', '执行',
  '结对签约',
  // earning more (村集体增收60万元); earning, said of a worker (每天能多挣30块钱, 月均赚取5000元)
  '增收', '创收', '多挣', '多赚', '赚取', '挣得', '赚得', '挣', '赚',
  // holding together, putting in force, winning back (将182家企业凝聚在…, 实行6项机制, 挽回损失, 追回违约金, 牵线银行)
  '凝聚', '实行', '挽回', '追回', '牵线',
  // building and fitting out (安装充电桩80个, 增设停车位, 铺设管道)
  '安装', '修建', '铺设', '维修', '修缮', '更换', '更新', '购置', '增设',
  // party membership's steps and honours (确定入党积极分子42名, 评选表彰优秀共产党员50名, 32支代表队参赛)
  '确定', '评选表彰', '表彰奖励', '参赛', '同台竞技',
  // a verb of one character with its object (为企业办实事45件: the binder counts the object)
  '办实事', '办好事', '解难题', '解难事',
  // stationed in (27名指导员驻链服务; 驻村干部 stays a noun: 干部 follows the classifier's verb)
  '驻链', '驻企', '驻村', '驻点',
  // handing out and handing in (统一配发党旗120面, 下发资料, 赠送书籍, 缴纳党费, 交纳党费, 收缴党费, 补交)
  '配发', '下发', '赠送', '捐献', '筹措', '返还', '缴纳', '交纳', '收缴', '补交', '救助',
  // putting up and filling posts (张贴标语, 悬挂党旗, 配齐书记, 调训书记)
  '张贴', '悬挂', '配齐', '调训', '送教', '送学', '重温', '瞻仰', '创办', '转接', '调处', '解答', '完工',
  // gathering in, pushing out, covering, showing (归集问题138个, 推送政策800多条, 涵盖27家商会);
  // listing those to be served (园区共排出规上企业144家)
  '归集', '推送', '涵盖', '彰显', '排出',
  // trying a way out, and topping out a building (21个村探索实施…, 15栋建筑已经封顶)
  '探索', '封顶',
  // setting up or building a party body, one character (在机关设党委1个, 已建党组织188个; the binder reads
  // them only before a party body, 建 also before where it was built: 建在产业链上的党组织)
  '设', '建',
  // giving a party lesson, one character (支部书记上党课165场次, 讲专题党课12次, 讲好党课; the binder reads them only before 党课)
  '讲', '上', '讲好', '上好',
  // holding a post, one character (3名党员任书记; the binder reads it only before a post, and not as
  // the end of a word: 主任, 责任, 担任)
  '任',
  // winning, one character (获一等奖6次, 获省级表彰3项; the binder reads it only before an award or
  // an honour, and not as the end of a word: 收获, 查获, 捕获); granting a patent (授权发明专利3项;
  // 专利授权 is a noun, NOUNS_WITH_VERBS)
  '获', '授权',
  // managing party members (管理党员486名; the binder reads it only before them: 城市管理和…,
  // 管理人员 and 党员管理 are nouns)
  '管理',
  // trying out in a few places first, and choosing them (在6幢重点楼宇试点推出…, 选取3个试点社区)
  '试点', '选取', '选定',
  // working beside others (选派4名指导员协助企业…, 抽调12名民警配合公安部门…; 协同推进 is an adverb's, ADVERBS),
  // matched one to one (与机关6个处室对应); taking on (承担重点项目39个); writing and sending letters
  // and applications (写下感谢信3封, 寄送慰问信, 递交入党申请书12份)
  '协助', '配合', '对应', '承担', '写下', '寄出', '寄送', '递交',
  // moving in (吸引180名人才入住); concluding a pairing (286家企业缔结“联姻”); collating (汇总整理诉求452条)
  '入住', '缔结', '汇总整理', '汇总', '整理',
  // building or hosting for others, won by tender (凤建公司承建3个安置小区, 承办4场活动, 中标2个项目); sending
  // people out, each side to the other (派出18名党员, 村企互派1名党员); giving money out (捐出12万元)
  '承建', '承办', '承揽', '代建', '中标', '派出', '互派', '捐出',
  // putting bodies and rules right, making them stronger, waking what lay idle (整顿软弱涣散党组织15个,
  // 健全村级组织12个, 完善制度12项, 激活闲置资源30处; `健全组织体系、完善工作机制…等5个方面` lists deeds:
  // see listsDeeds in bind-after.ts)
  '整顿', '健全', '完善', '壮大', '激活',
  // strengthening and deepening (加强组织建设: 组织 was read as the verb; 强化组织保障, 深化改革); before
  // another verb they hand on to it (强化服务企业50家: HELPER_VERBS)
  '加强', '强化', '深化',
  // a change to a figure (从93元降至75元)
  ...CHANGE_TO_VERBS,
];

/** Verbs that hand on to the next verb (`帮助企业解决…`: the action is 解决). */
export const HELPER_VERBS = ['牵头', '加强', '强化', '深化', '帮助', '协助', '协调', '排查', '发现', '梳理', '摸排', '入企', '进企', '联企', '下沉', '深入', '进驻', '推动', '引导', '指导', '组织', '带领', '带队', '动员', '发动', '号召', '推进', '通过', '依托', '利用', '借助', '围绕', '聚焦', '结合', '督促', '鼓励', '支持', '统筹', '明确', '积极', '全力', '持续', '大力', '着力'];

/**
 * Studying or planning a thing right before doing it (研究解决问题19项, 谋划实施重点项目12个): the
 * doing is the action. Only before these verbs: 研究 is one itself before a noun a verb opens
 * (研究生产难题12个), and what a meeting studies and pushes on is its agenda (研究推进议题34项).
 */
export const STUDIED_BEFORE = new Map([
  ['研究', ['解决', '部署', '制定', '出台', '落实', '化解', '处理']],
  ['谋划', ['实施', '推进', '建设', '储备', '引进', '招引']],
]);

/** Light verbs of events: `开展调研走访145次` counts 调研走访, done by 开展. */
export const LIGHT_VERBS = ['开展', '进行', '组织', '举办', '举行', '召开', '参加', '参与', '组织开展', '集中开展',
  // (a lecture series started, its sessions counted: `红色讲堂累计开讲了20期`)
  '开讲',
  // (开 alone, read as a verb only before 了, clause.ts: `爱心课堂已经开了28期`)
  '开'];

/** Words that link a quantity to what it measures: `比例达40%`, `总额共计572亿元`. */
export const LINKING_VERBS = ['共计', '合计', '总计', '累计达', '累计',
  // (the most it reached, before 达到 and 高达: `日接待量最高达600人次` measures 日接待量)
  '最高达到', '最高达', '最多达到', '最多达',
  // (what is expected, before 计 alone: `收入预计突破600万元` measures 收入)
  '预计',
  '达到', '高达', '达', '为', '占', '是', '约为', '计', '有', '在', '增长了', '增加了', '提高了', '减少了', '下降了', '增长', '增加', '完成',
  // (kept at a level: 覆盖率保持100%, 稳定在95%以上)
  '保持在', '保持', '稳定在', '维持在'];

/** Verbs of change: right before a figure they measure the noun in front of them (`运输成本减少8万元`). */
export const CHANGE_VERBS = ['增收', '增加', '减少', '降低', '提高', '提升', '增长', '下降', '节约', '节省', '净增', '新增',
  // (more than something compared: 比去年同期多出120人; not 高出, whose object is what it is compared
  // with: 高出全省平均水平5个百分点)
  '多出',
  // (times cut short: 办理时限压缩60%, 审批时间缩短一半)
  '压缩', '缩短'];

/** Adverbs of not doing, not yet (未, 尚未): among ADVERBS, and read apart where a negated deed describes what is counted. */
export const NEGATION_ADVERBS = ['未', '尚未', '并未', '仍未', '还未', '暂未', '从未'];

/** Adverbs and time words that stand between an action and its object, to be looked past. */
export const ADVERBS = [
  '已经', '已', '均', '都', '全部', '全面', '先后', '分别', '陆续', '相继', '共同', '一起', '一同', '一道', '主动', '积极', '深入', '累计', '共', '共计', '合计', '总计',
  '再', '又', '还', '新', '也', '正在', '正', '将', '即将', '预计', '目前', '当前', '今年', '去年', '全年', '年内', '月内', '其中', '此外', '同时',
  // (as of now: 截至目前已走访…; a date after 截至 is read as one)
  '截至目前', '截止目前', '至目前', '截至', '截止',
  // (times then and now opening a clause: 当时全区非公企业已达900多家, 如今…, 届时…)
  '当时', '此时', '那时', '彼时', '届时', '现在', '如今', '至今', '迄今', '当下', '眼下',
  '另外', '进一步', '不断', '持续', '定期', '常态化', '专题', '专项', '集中', '重点', '有序', '加快', '全力', '大力', '着力', '先行', '率先', '每月', '每年', '自愿', '自发', '踊跃', '纷纷',
  // (how long or how often, between the doers and the verb: 3000多名党员常年参加志愿活动)
  '常年', '经常', '一直', '始终',
  // (striving for it, before the verb: 力争实现…覆盖率达到90%)
  '力争',
  // (for the first time, once more: 税收收入首次突破10亿元)
  '首次', '再次', '又一次',
  '每季度', '每周', '每天', '每日', '每人', '年均', '平均', '每个', '每家', '了', '过', '着', '一共', '总共', '首批', '首次', '此次', '本次', '近年来', '年来', '以来',
  // (one after another, between the doers and the verb: 70余名村民代表依次上台)
  '依次',
  // (not, not yet, between the doers and the verb: 30家企业尚未建立党组织)
  ...NEGATION_ADVERBS,
  '紧紧', '紧密', '牢牢', '切实', '有效', '有力', '充分', '认真', '扎实', '广泛', '深度', '高效', '及时', '迅速',
  // manners of meeting (企业代表面对面交流, 手拉手结对)
  '面对面', '手拉手', '点对点', '心贴心', '肩并肩', '零距离',
  // (hand in hand: 58个村居联袂开展活动, 12家企业携手参与)
  '联袂', '携手',
  // (each other: 派出21名年轻干部相互挂职, 12名党员互相学习)
  '相互', '互相',
  // (in a closed loop, to the end: 闭环销号127个)
  '闭环',
  // (so, this way: 3名党员这样说; `这样的` before a noun is a likeness, see noun-after.ts)
  '这样', '那样', '如此',
  '其中含', '含', '包括', '并', '并且', '从而', '进而', '而且', '而', '即', '分层分类', '分批', '分期', '逐一', '逐步', '逐个', '逐项', '逐条', '逐级', '逐年', '逐月', '逐渐', '逐村', '逐户', '逐企', '逐家', '层层', '单独', '如期', '按期', '抱团',
  // all alike, from one hand (为企业支部统一配发党旗), and together (8个部门协同推进)
  '统一', '协同',
  // aimed at whom or where, before a verb (定向结对11个村, 定向培养人才, 9名指导员定点联系47家企业)
  '定向', '定点',
  // on the whole, before a verb (党组织基本达到…要求; 基本工资 is a noun: see ADJECTIVE_ADVERBS)
  '基本',
  // where, how and how far, before a verb (委员现场述职, 书面述职, 示范带初步落地; before a noun
  // they describe it: 现场推进会, 书面材料, 初步成效, see ADJECTIVE_ADVERBS)
  '现场', '书面', '初步', '实地',
  // free of charge, before a verb (20多名骑手免费提供体检; before a noun it describes it: 免费午餐)
  '免费', '无偿',
  // at people's doors, before a verb (12名党员上门服务; before a noun it describes it: 上门服务12次)
  '上门',
  // with success, before a verb (4户企业成功挂牌; before a noun it describes it: 成功案例, 成功经验)
  '成功',
  // the manner of developing (推动5个村可持续发展, 12家企业高质量发展; before a noun the pair is
  // a noun: 可持续发展项目, see NOUNS_WITH_VERBS)
  '可持续', '高质量',
];

/** Prepositions: the noun after them is not what a verb acts on (`为13名学子…`, `向企业拨付…`). */
export const PREPOSITIONS = ['如', '为', '向', '对', '给', '与', '和', '或', '同', '跟', '到', '从', '由', '被', '把', '将', '以', '在', '按', '替', '帮', '经', '于', '就', '作为', '对于', '关于', '通过', '依托', '围绕', '面向', '针对', '随着',
  // (going to a place: `120名干部赴浙江学习`)
  '赴'];

/**
 * Endings that turn a verb into part of a noun: 指导+员, 服务+中心, 开发+区,
 * 监管+部门, 研发+团队, 活动+中心. A verb followed by one is not a verb there.
 */
export const NOUN_ENDINGS = [
  '员', '人', '组', '站', '班', '中心', '区', '部门', '部', '局', '委', '室', '所', '点', '岗', '队', '团', '团队', '分队', '支队', '大队', '中队', '会', '大会', '机制', '平台', '体系', '基地',
  '阵地', '人数', '人员', '对象', '单位', '机构', '专班', '小组', '篇目', '书目', '清单', '书记', '联盟', '协会', '总额', '金额', '示范', '园',
  '率', '办', '处', '科', '厅', '所', '馆', '院', '网', '群', '台账', '主体', '载体', '阵营', '工作站', '服务站', '窗口',
  '量', '总量', '额', '总额', '余额',
  // (matters of a service: 946项服务事项, 办理事项)
  '事项',
  // (stages named by what goes on in them: 3个发展阶段, 建设阶段)
  '阶段',
  // (an award named by what it honours: 突出贡献奖, 服务奖)
  '奖',
  // (one who does it: 获得者, 建设者)
  '者',
  // (a verb before 性 makes a quality: 生产性服务业, 服务性)
  '性',
  // (and before 生 a student: 研究生18名, 培训生; not 生产, 生活…: 研究生产难题)
  '生',
  // (and before 类, 型 a kind: 科技服务类企业, 服务型党组织, 创新型企业)
  '类', '型',
  // (a service's harbour: 亦企服务港, 9个服务港)
  '港',
];

/**
 * Words that begin with a noun ending but are nouns of their own: after a verb
 * they are its object (接待+群众, 培训+员工, 召开+会议), not a suffix making the verb a noun.
 */
export const NOT_NOUN_ENDINGS = ['班组', '班长', '班次', '群众', '人民', '人才', '员工', '会议', '会员', '区域', '网格', '队伍', '组织', '组建', '组成', '站位', '点位', '院校', '团组织', '团员', '团委', '园区', '奖金', '奖励', '奖项', '奖牌', '奖章', '奖杯', '奖状', '奖补',
  // (words a one-character ending opens: 成立科技创新先锋队, 实现所有企业…, 协调处理, 建立院士工作站)
  '科技', '科学', '科研', '科创', '科普', '所有', '所在', '所属', '处理', '处置', '院士', '办公', '办理', '办事', '会同', '部署',
  '局面', '委托', '团结', '网络', '网上', '量化', '额度', '性质', '率先', '委员', '类似', '类型', '办实事', '办好事',
  // (jobs are no kind of post: 提供岗位3200个 is 提供 of 岗位, unlike 设立服务岗; nor a crowd a
  // person: 覆盖人群超万人 is 覆盖 of 人群, unlike 负责人)
  '岗位', '人群',
  // (a secretary's own projects and studios are no secretary: 实施书记项目 is 实施 of 书记项目)
  '书记项目', '书记工作室',
  '生产', '生活', '生态', '生命', '生动', '生成', '生效', '生日', '生长', '生意', '生物', '生源', '生存', '生鲜'];

/** Nouns with a verb inside them (党+组织, 组织+部): the verb is not a verb there. */
export const NOUNS_WITH_VERBS = [
  // (goods named by what they are for: 慰问品200件, 宣传品, 纪念品)
  '慰问品', '宣传品', '纪念品',
  // (patents granted, counted as such: 获得专利授权超百项; a power of attorney: 授权委托书)
  '专利授权', '授权委托书',
  // (committees named by what they do: 174家人民调解委员会; 委员 is no noun ending, and a verb
  // before 委员会 is mostly one of setting it up: 成立委员会)
  '调解委员会', '管理委员会', '监督委员会', '评审委员会', '仲裁委员会',
  // (what investors mean to put in, a noun: 投资意向金额349亿元)
  '投资意向',
  // (money and events for helping students, nouns: 筹集扶贫助学款100万元; 助学 alone is a verb)
  '助学款', '助学金', '助学资金', '助学贷款', '助学活动',
  // (promoting a place to investors, and events matching firms with partners, kinds of event:
  // 组织招商推介活动6次, 开展政企对接活动12场)
  '招商推介', '对接活动',
  // (money named by what it is paid as: 分红款一共4万元, 慰问金 and the like are no verbs' objects)
  '分红款', '分红金',
  // (`“两新”组织`: a quoted kind of organization)
  '”组织',
  // (firms listed on an exchange: 上市企业12家)
  '上市企业', '上市公司', '拟上市企业', '上市后备企业',
  // (coverage by the party's bodies, a rate's name: 组织覆盖率达81%, at a clause's start too)
  '组织覆盖',
  // (where firms are hatched: 孵化器党支部1个, 孵化基地)
  '孵化器',
  // (firms and works named by what they make: 家具生产企业超7300家, 生产基地, 生产车间)
  '生产企业', '生产厂家', '生产基地', '生产车间', '生产线',
  // (cooperatives a party body leads, a kind of its own: 党组织领办合作社, 党支部领办专业合作社)
  '领办合作社', '领办专业合作社', '领办的合作社',
  // (how wide a coverage or a benefit reaches, a measure's name: 党组织覆盖面95%以上, 受益面)
  '覆盖面', '受益面',
  // (what people raised, a noun with no 的: 解决企业反映问题36个 is 解决 of them)
  '企业反映', '群众反映', '职工反映', '居民反映', '会员反映', '商户反映',
  '党组织', '组织部', '组织关系', '组织生活', '组织体系', '组织架构', '组织保障', '组织建设', '社会组织', '群团组织', '经济组织', '基层组织', '自治组织', '村级组织',
  // (a history of growth: 1套园区发展史图片, 企业发展史展厅)
  '发展史', '发展历程',
  // (an exchange of experience as an event: 组织经验分享交流12场)
  '经验分享',
  '建设银行', '工商银行', '农业银行', '交通银行', '发展银行', '招商银行', '开发银行', '联合党支部', '联合党委', '联合党总支', '联合支部', '生产总值', '总产值', '产值', '增加值', '经开区', '两新组织', '新经济组织', '新社会组织', '团组织', '妇联组织', '工会组织', '团委组织', '群众组织', '商会组织', '协会组织', '行业组织', '合作组织', '中介组织', '公益组织', '慈善组织', '志愿组织', '青年组织', '挂钩企业', '联系企业', '包联企业', '结对企业', '牵头单位', '牵头部门', '牵头人', '牵头领导', '服务业', '服务型', '服务费', '服务驿站', '服务港湾', '服务之家', '服务专区', '服务小屋', '培训费', '建设费', '宣传费', '维修费', '改造费', '服务项目', '帮扶项目', '建设项目', '发展观', '投资额', '投资者', '总投资', '固定资产投资', '工业投资', '项目投资', '民间投资', '有效投资', '外商投资', '台商投资', '台胞投资', '同胞投资', '港澳投资', '侨商投资', '华侨投资', '研发费', '管理费', '建设者', '开发区', '发展区', '学习强国',
  '就业形态', '参赛队伍', '参赛选手', '志愿服务',
  // (pilots as a noun: 省级标准化试点4家; 试点推出… stays a verb)
  '化试点', '级试点', '改革试点', '示范试点', '办实事项目', '发展带', '招商引资', '入党积极分子', '积极分子', '党群服务',
  // (fields of official bodies' names: 县发展和改革委员会, 市住房和城乡建设局, 投资促进局)
  '发展和改革', '城乡建设', '社会保障', '投资促进', '现代服务', '监督管理', '宣传单', '宣传页', '宣传册', '宣传品', '宣传栏', '宣传资料', '宣传手册', '宣传海报',
  // (indicators named by a verb: 年销售收入2.6亿元, 工业开票销售超百亿元)
  '销售收入', '销售额', '开票销售', '营业收入', '主营业务收入', '经营收入', '税收收入',
  // (a scale named by what it measures: 投资规模1528亿元; not 扩大规模, 走访规模较大的…)
  '投资规模', '建设规模', '服务规模',
  // (papers named by what they ask or pledge: 4份入党申请书, 签订承诺书; housing named by its use: 820套安置房)
  '申请书', '承诺书', '倡议书', '责任书', '安置房', '安置小区',
  // (a police station and its like: 派出所民警12名; who hosts or builds: 承办方, 承建商)
  '派出所', '派出机构', '承办方', '承建方', '承建商', '中标人',
  // (professions named by their registration: 市注册税务师协会; see PROTECTED_WORDS in segment.ts)
  '注册会计师', '注册税务师', '注册建筑师', '注册评估师', '注册造价师',
  // (development as a quality of things before a noun, 可持续发展项目5个, 高质量发展示范区; closing a
  // clause it is the predicate, see nounsWithVerbsIn; the front line of production: 生产一线党员18名)
  '可持续发展', '高质量发展', '生产一线',
  // (what one has been through, a noun: 3年以上工作经历; 经历了3个阶段 stays a verb)
  '工作经历', '从业经历', '任职经历', '基层经历', '人生经历',
  // (the poor on the register, a term: 30个建档立卡贫困村, 建档立卡户; 建档 alone stays a verb; and a field of
  // work, 产业发展: 引进产业发展项目56个, 推动产业发展)
  '建档立卡', '产业发展',
  // (the quota of members to be recruited, a noun: 投放发展党员计划104个)
  '发展党员计划',
  // (housing where villagers were moved together: 建成107套农民集中居住公寓, 集中居住区)
  '集中居住',
  // (the campaign of building a better place together, and its bodies: 30个共同缔造理事会, 共同缔造活动)
  '共同缔造',
  // (people at their posts: 在岗职工党员9.69万名, 在岗职工; 在岗 alone after people stays a verb, 持证在岗)
  '在岗职工', '在岗党员', '在岗人员', '在岗员工',
  // (and people in office, not retired: 7500余名机关企事业单位在职党员, 在职干部)
  '在职党员', '在职干部', '在职人员', '在职职工', '在职员工',
  // (people stationed in villages or firms: 驻村工作队员84名, 驻企指导员; 驻村 alone stays a verb)
  '驻村工作队员', '驻村工作队', '驻村干部', '驻村书记', '驻村第一书记', '驻企指导员', '驻企干部',
  // (what granting land brings in: 土地出让金3亿元)
  '出让金', '出让收入',
  // (lines of production: 4条生产线, 装配线)
  '生产线', '装配线', '组装线', '包装线',
  // (the time a procedure takes: 办理时限压缩60%, 审批周期缩短一半; not 压缩时限, where the verb acts on it)
  '办理时限', '审批时限', '办结时限', '整改时限', '办理时间', '审批时间', '办理周期', '审批周期', '建设周期', '办理环节', '审批环节',
];

/** Adverbs after a word that make it the topic, not the verb: `当年投资已完成…` (投资 is the topic). */
export const TOPIC_MARKERS = ['已经', '已', '均', '都', '正在', '将', '也', '还', '又', '共', '累计', '全部'];

/** Nouns that measure rather than name (`参与人数千余人次`): the subject keeps the verb before them. */
export const MEASURE_NOUNS = ['人数', '人次', '次数', '频次', '频率', '户数', '数量', '总数', '总量', '规模', '金额', '总额'];

/** Heads that name people: only people classifiers (名 人 位) count them directly. */
export const PERSON_HEADS = ['员', '员工', '工人', '青年', '人', '者', '农户', '骑手', '小哥', '司机', '干部', '党员', '书记', '代表', '群众', '职工', '学生', '学子', '考生', '毕业生', '研究生', '人才', '专家', '博士', '劳模', '工匠', '志愿者', '居民', '村民', '老人', '儿童', '师', '家',
  // (heads of a household, a grid, a building, a unit: 微家长, 网格长, 楼栋长, 单元长; not 长 alone, 增长)
  '家长', '网格长', '楼栋长', '楼长', '单元长', '组长', '队长',
  // (people of the new trades and of the towns: 白领, 主播, 达人, 店主, 业主, 游客, 乡贤, 新农人)
  '白领', '蓝领', '主播', '达人', '网红', '店主', '业主', '游客', '乡贤', '新农人', '创客'];

/** Heads that classifiers of bodies (家 个 所 户) count: where a phrase goes on to a person, it is cut after these. */
export const BODY_HEADS = ['部门', '单位', '机关', '企业', '公司', '机构', '党委', '党工委', '开发区', '高新区', '组织', '党组织', '支部', '商户', '门店', '工厂', '医院', '学校', '银行', '社区', '村', '园区', '协会', '商会', '合作社', '小区', '楼宇', '研究所', '研究院', '院所', '事务所', '高校'];

/**
 * Fixed phrases whose numerals count nothing. Masked before counts are read.
 * (The lone numeral 一 is handled by the numeral reader: it is an article.)
 */
export const IDIOMS = [
  '千家万户', '千方百计', '千辛万苦', '千言万语', '千头万绪', '千千万万', '万无一失', '万众一心', '四面八方', '五湖四海', '三番五次',
  '三令五申', '七上八下', '乱七八糟', '十全十美', '百花齐放', '百家争鸣', '一对一', '一站式', '一线', '两张皮', '一票否决', '一把手',
  '一盘棋', '一体化', '一揽子', '一条龙', '一岗双责', '一张网', '一次性', '一系列', '四套班子', '两套班子', '五套班子', '三会一课',
  '两学一做', '三严三实', '四个意识', '四个自信', '两个维护', '两个确立', '两新', '两委', '三资', '三农', '四风', '五个一', '百年大计',
  '十指连心', '九牛一毛', '三五成群', '三三两两', '两手抓', '两手都要硬', '两个覆盖', '两个全覆盖', '两个健康', '三重压力', '十四五', '十三五', '十五五', '二十大', '十九大',
  '两会', '一带一路', '一国两制', '四个全面', '三位一体', '四位一体', '五位一体', '六位一体', '多位一体', '八项规定', '两个一百年', '第一时间', '第一书记', '第一责任人', '第一',
];
