// People in bylines and editorial roles. Data, read by the metadata rules.

/**
 * What an outlet may write before a reporter's role: its short name and the
 * posting (`苏报驻昆山首席记者`, `苏报通讯员`, `大众网记者`, `川观新闻记者`), or the outlet and its
 * channel with a middle dot between (`大众网·海报新闻记者`), or a brand and the paper
 * (`新甘肃·甘肃经济日报记者`), or a brand right before 全媒体/融媒体 (`海都全媒体记者`), or a county's
 * media centre (`县融媒体中心记者`, `凤城区融媒体中心记者`); any of them may follow
 * another outlet and a slash (`扬子晚报/紫牛新闻记者`, `凤城日报/凤城网通讯员`). A pattern source.
 */
export const ROLE_OUTLET_PREFIX = String.raw`(?:(?:[\u4e00-\u9fff]{1,5}(?:报|网|台)[/／])?(?:《[\u4e00-\u9fff]{2,12}》|(?:[\u4e00-\u9fff]{2,4}[·•])?[\u4e00-\u9fff]{1,5}(?:报|网|台)(?:[·•][\u4e00-\u9fff]{2,4}(?:新闻|融媒))?|[\u4e00-\u9fff]{2,4}(?:新闻|融媒)|[\u4e00-\u9fff]{0,6}?(?:融媒体|融媒|传媒)中心|[\u4e00-\u9fff]{2,4}(?=全媒体|融媒体)))?(?:驻[\u4e00-\u9fff]{1,4})?(?:首席)?`;

/** A reporter's or correspondent's role word, of the paper or special, of its media, a trainee's (`本报记者`, `特约通讯员`, `全媒体见习记者`). A pattern source. */
export const REPORTER_ROLE_WORD = '(?:本报|特约)?(?:全媒体|融媒体)?(?:见习|实习)?(?:记者|通讯员)';

/** Marks some papers set before a byline (`□本报记者 …`). A character class source. */
export const BYLINE_MARKS = '□■◆◇●';

/** Roles of reporters and writers; the names after them are authors. */
export const AUTHOR_ROLES = ['特约全媒体记者', '特约融媒体记者', '本报全媒体记者', '本报融媒体记者', '全媒体见习记者', '融媒体见习记者', '特约记者', '本报记者', '全媒体记者', '融媒体记者', '见习记者', '实习记者', '记者', '通讯员', '本报通讯员', '特约通讯员', '实习生', '作者姓名', '作者', '撰稿人', '撰稿', '供稿', '文字', '文/图', '图/文', '图文', '文', '图', '摄影', '摄',
  // (who took the pictures, who shot the video: `图片:王芳`, `视频:刘洋`)
  '图片', '视频'];

/** Editorial roles; the names after them are editors. */
export const EDITOR_ROLES = [
  '责任编辑', '责编', '值班编辑', '网络编辑', '编辑', '美编', '校对', '审校', '审核', '初审', '复审', '复核', '终审', '审签', '监制', '总监制', '出品人', '统筹',
  // (who signs the page off: `签发/张蕾`; who made the page, credited beside its editors: `制作: 万轶| 编辑:方丹`)
  '签发', '制作',
  // (the rounds of review, named with the editor's role: `初审编辑:刘蕊`)
  '初审编辑', '复审编辑', '终审编辑', '一审编辑', '二审编辑', '三审编辑',
  // (and the rounds alone, as county media print them: `一审:张强`, `三审:陈刚`)
  '一审', '二审', '三审',
  // (the chief editor and the new-media desk's: `主编:李晓`, `新媒体编辑:刘西正`)
  '主编', '副主编', '执行主编', '新媒体编辑', '执行编辑',
];

/** Bylines that are not people. */
export const NOT_A_PERSON = ['佚名', '本报', '本站', '网友', '综合', '编辑部', '新华社', '通讯员', '记者'];

/**
 * A content system's generic accounts, printed where an editor's name goes (`(编辑:manager)`):
 * no person. A login of a person's own (`hnmd003`, `zhangsan`) stays an editor.
 */
export const GENERIC_ACCOUNTS = ['admin', 'administrator', 'manager', 'editor', 'webmaster', 'root', 'system', 'sysadmin', 'superadmin', 'guest', 'user', 'test'];

/**
 * Common Chinese surnames, simplified. A byline token counts as a person's name
 * only when it starts with one of these: this keeps `湛江市工商联`, `综合` and
 * user names out of `authors` without a list of every organization.
 */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '申屠', '澹台', '公冶', '宗政', '濮阳', '太史', '闻人', '司徒', '司空'];

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由畅眭訾隗萧阎钮逄綦郗郦鄂代';
