// Examples for the metadata rules: headers, datelines, bylines and closing
// lines as news sites print them, and look-alikes that are not metadata.
import type { MetaCorpus } from '../corpus.js';

const body = '县委组织部选派32名党员干部深入企业开展走访服务,帮助企业解决实际困难,推动非公企业党建工作提质增效。';

export const corpus: MetaCorpus = {
  field: 'metadata',
  cases: [
    {
      text: `首页 > 地方 > 正文\n\n东台经开区:党建引领企业发展\n\n2023-05-12 10:21:09来源:盐城晚报\n\n${body}\n责任编辑:李明`,
      expect: { title: '东台经开区:党建引领企业发展', source: '盐城晚报', publishedAt: '2023-05-12', editors: ['李明'] },
    },
    {
      note: 'a column’s label in brackets before the headline, and a site’s name after it as a page title carries it, are no part of the headline',
      text: `【党建引领】园区党建结硕果 | 滨江新闻网\n2024-03-05\n${body}`,
      expect: { title: '园区党建结硕果', publishedAt: '2024-03-05' },
    },
    {
      note: 'look-alike: a headline with a spaced dash and a subtitle after it keeps both',
      text: `红色引擎 - 园区党建的实践与思考\n${body}`,
      expect: { title: '红色引擎 - 园区党建的实践与思考' },
    },
    {
      note: 'labels each in brackets on one line: source, author and date',
      text: `园区党建结硕果\n【来源:滨江日报】【作者:王立新】【时间:2024-03-05】\n${body}`,
      expect: { title: '园区党建结硕果', source: '滨江日报', publishedAt: '2024-03-05', authors: ['王立新'] },
    },
    {
      note: 'an e-paper page: widget labels too short to be a headline above the date (内容详情), the headline under it',
      text: `数字报平台\n\n已经是最新一期\n\n内容详情\n2024年06月18日\n\n三河镇:“村企联建”激活发展新动能\n\n${body}`,
      expect: { title: '三河镇:“村企联建”激活发展新动能', publishedAt: '2024-06-18' },
    },
    {
      note: 'an image’s label alone on the first line (logo) is no headline: the first line of Chinese under it is',
      text: `logo\n\n    凤鸣:基层党建精准“下单” 外卖小哥有了“娘家人”\n\n${body}`,
      expect: { title: '凤鸣:基层党建精准“下单” 外卖小哥有了“娘家人”' },
    },
    {
      note: 'look-alike: a short headline of five characters above the date is the headline',
      text: `党建促发展\n2024年06月18日\n\n${body}`,
      expect: { title: '党建促发展', publishedAt: '2024-06-18' },
    },
    {
      note: 'a 新闻来源 label, the update time and the editor above the headline',
      text: `新闻来源:眉山网\n更新时间:2020-06-03 09:33:13\n责任编辑:何海娟\n共建红色“朋友圈” 共享发展新机遇\n${body}`,
      expect: { title: '共建红色“朋友圈” 共享发展新机遇', source: '眉山网', publishedAt: '2020-06-03', editors: ['何海娟'] },
    },
    {
      note: 'editorial roles closing the page with a slash for separator (编辑/李曼文), and who signed it off (签发)',
      text: `${body}\n编辑/李曼文\n审核/马曼茹\n签发/张蕾`,
      expect: { editors: ['李曼文', '马曼茹', '张蕾'], authors: [] },
    },
    {
      note: 'a county outlet’s sign-off: the new-media desk’s editor, the chief editor and the rounds of review, their roles spaced out to one width (主 编, 终 审), a name padded (李 晓)',
      text: `${body}\n记 者:刘维方\n新媒体编辑:刘西正\n审 核:刘荣美\n主 编:李 晓\n终 审:李星月`,
      expect: { authors: ['刘维方'], editors: ['刘西正', '刘荣美', '李晓', '李星月'] },
    },
    {
      note: 'look-alike: a chief editor named inside a sentence is no sign-off',
      text: `${body}\n他主编了一本党建读物,终审通过。`,
      expect: { editors: [] },
    },
    {
      note: 'two editorial roles after a source on one line, parted by bars or spaces: both are read (the second was lost)',
      text: `凤鸣经开区召开会议\n${body}\n来源：凤鸣经开区党工委 | 编辑：王小明 | 审核：李大华`,
      expect: { source: '凤鸣经开区党工委', editors: ['王小明', '李大华'] },
    },
    {
      note: 'a messaging app’s header saying where the account posts from with 发表于: the account is the source, the date the publication’s, the place none of the article’s',
      text: `点击蓝字 关注我们\n凤鸣经开区:链上党建激活发展新动能\n凤鸣组工 2024-05-06 18:30 发表于江苏\n${body}`,
      expect: { title: '凤鸣经开区:链上党建激活发展新动能', source: '凤鸣组工', publishedAt: '2024-05-06' },
    },
    {
      note: 'a page title’s section and web site after the headline with bare hyphens (…-新闻中心-凤鸣网) are no part of it',
      text: `凤鸣经开区召开党建推进会-新闻中心-凤鸣网\n${body}`,
      expect: { title: '凤鸣经开区召开党建推进会' },
    },
    {
      note: 'look-alike: a headline’s second half after a bare hyphen may end in 网 (织密服务网): it stays',
      text: `凤鸣县“党建+网格”-织密服务网\n${body}`,
      expect: { title: '凤鸣县“党建+网格”-织密服务网' },
    },
    {
      note: 'look-alike: a sentence that signs off papers (签发文件) names no editor',
      text: `${body}\n会议要求抓好落实,签发文件3份。`,
      expect: { editors: [] },
    },
    {
      note: 'rounds of review named with the editor’s role; a web outlet’s reporter and a correspondent on one line',
      text: `初审编辑:刘蕊\n责任编辑:纪学敏\n大众网记者 杨倩倩 通讯员 张燕 滨州报道\n${body}`,
      expect: { title: null, editors: ['刘蕊', '纪学敏'], authors: ['杨倩倩', '张燕'] },
    },
    {
      note: 'a labelled byline inside a line of other metadata ends at the next label; a wide gap before another role does not end it; an editor on the same line is an editor',
      text: `凤城经开区:“红链”赋能园区发展\n发布时间:2024-05-16 09:30:12  来源:凤城融媒  作者:李晓东  通讯员:王芳  浏览次数:1203\n${body}\n来源:人民网 记者:张伟 编辑:刘洋`,
      expect: { title: '凤城经开区:“红链”赋能园区发展', source: '凤城融媒', publishedAt: '2024-05-16', authors: ['李晓东', '王芳', '张伟'], editors: ['刘洋'] },
    },
    {
      note: 'a reporter named without a colon after the outlet on a dateline; 记者 opening a clause on a source line names no one',
      text: `园区党建再上新台阶\n2024-03-05 10:20 凤城日报 记者 王明\n${body}\n来源:凤城日报 记者从县委组织部获悉`,
      expect: { title: '园区党建再上新台阶', source: '凤城日报', publishedAt: '2024-03-05', authors: ['王明'] },
    },
    {
      note: 'look-alikes: a writer that is no person (佚名, a body) beside a source; 作者 inside a sentence of the article',
      text: `园区党建再上新台阶\n2023-03-01 08:00 来源:新华网 作者:佚名\n${body}\n来源:县委组织部 作者:县委组织部\n活动中,作者:王刚向大家分享了创业故事,现场气氛热烈,企业职工纷纷表示受益匪浅。`,
      expect: { title: '园区党建再上新台阶', source: '新华网', authors: [] },
    },
    {
      note: 'a subtitle opening with a dash stands under the headline, which is the title; a column label in brackets above is not',
      text: `【奋进新征程】\n“红色引擎”激活园区发展“一池春水”\n——临港经济开发区以高质量党建引领高质量发展纪实\n2023-11-20 来源:海州新闻网\n${body}`,
      expect: { title: '“红色引擎”激活园区发展“一池春水”', source: '海州新闻网', publishedAt: '2023-11-20' },
    },
    {
      note: 'a byline mark before a writing group, and a role glued to a name: bylines, not headlines',
      text: `■市委组织部课题组\n${body}\n记者朱晓芳\n${body}`,
      expect: { title: null, authors: ['朱晓芳'] },
    },
    {
      note: 'a read-aloud widget and a site’s motto are chrome, not the headline',
      text: `人民政府门户网站欢迎您!\n中国报道网——中国外文局唯一官方中文网\n2025年12月01日13:34 来源:组织人事报新闻网\n点击播报本文,约\n${body}`,
      expect: { title: null, source: '组织人事报新闻网', publishedAt: '2025-12-01' },
    },
    {
      note: 'an e-paper section with a letter in its page number and image markup are chrome, not the headline',
      text: `第2b版:本地 上一版 下一版\n![]() |\n晋江经济开发区 园区党委成立\n${body}`,
      expect: { title: '晋江经济开发区 园区党委成立' },
    },
    {
      note: 'a row of links separated by bars (a spam site’s keywords) is chrome: no headline, and its figures no counts',
      text: `亚洲无码中文字幕一区二区|特级毛片在线观看|91人妻免费视频|国产高清无码在线\n${body}`,
      expect: { title: null },
    },
    {
      note: 'source glued to the time, no label',
      text: `高新区党工委召开党建工作会\n2018-02-05 15:09 兴安日报\n${body}`,
      expect: { title: '高新区党工委召开党建工作会', source: '兴安日报', publishedAt: '2018-02-05' },
    },
    {
      note: 'source followed by a timestamp',
      text: `正在阅读:园区党建见实效\n园区党建见实效\n来源:马鞍山日报2022-07-08 10:27\n${body}\n[ 责编:王芳 ]`,
      expect: { title: '园区党建见实效', source: '马鞍山日报', publishedAt: '2022-07-08', editors: ['王芳'] },
    },
    {
      note: 'print citation',
      text: `${body}\n《人民日报》(2024年02月27日 10版)`,
      expect: { source: '人民日报', publishedAt: '2024-02-27' },
    },
    {
      note: 'reporters in parentheses, roles inside',
      text: `${body}(记者 欧阳明 通讯员 黄丽 潘小宇)\n责任编辑:赵刚`,
      expect: { authors: ['欧阳明', '黄丽', '潘小宇'], editors: ['赵刚'], title: null },
    },
    {
      note: 'byline of bare names in parentheses closing the article',
      text: `${body}(张峰 张盛景)`,
      expect: { authors: ['张峰', '张盛景'] },
    },
    {
      note: 'a content system’s generic account where the editor’s name goes is no editor; a login of a person’s own is',
      text: `${body}\n(编辑:manager)\n责任编辑:Admin 王芳 zhangsan`,
      expect: { editors: ['王芳', 'zhangsan'] },
    },
    {
      note: 'names after the last sentence, two-character name padded with a space',
      text: `${body}单晓宁 钟 艺 吴晓倩\n\n责任编辑:hnmd003`,
      expect: { authors: ['单晓宁', '钟艺', '吴晓倩'], editors: ['hnmd003'] },
    },
    {
      note: 'closing block of editorial roles; a three-character name split',
      text: `${body}\n来源 中国组织人事报\n编辑 薛雅平 何晓丽\n审核 张晨\n监制 吴凌 峰 方仁平`,
      expect: { source: '中国组织人事报', editors: ['薛雅平', '何晓丽', '张晨', '吴凌峰', '方仁平'] },
    },
    {
      note: 'traditional script, converted',
      text: `鳳陽縣黨建工作綜述\n縣委組織部選派32名黨員幹部深入企業開展走訪服務,幫助企業解決實際困難。\n責任編輯:趙睿`,
      expect: { title: '凤阳县党建工作综述', editors: ['赵睿'], script: 'traditional' },
    },
    {
      note: 'author line',
      text: `园区党建新观察\n作者:刘洋 陈静\n${body}`,
      expect: { authors: ['刘洋', '陈静'], title: '园区党建新观察' },
    },
    // look-alikes
    {
      note: '来源 inside a copyright notice is not the source',
      text: `${body}\n版权声明:凡注明“来源:中国西藏网”的所有作品,版权归本网所有。`,
      expect: { source: null, publishedAt: null },
    },
    {
      note: 'an organization in the byline slot is not a person',
      text: `${body}(湛江市工商联)`,
      expect: { authors: [] },
    },
    {
      note: '佚名 is not an author',
      text: `${body}\n作者:佚名`,
      expect: { authors: [] },
    },
    {
      note: 'a parenthesis of words at the end is not a byline',
      text: `${body}(试行)`,
      expect: { authors: [] },
    },
    {
      note: 'a section heading under an outline number (一、案例背景) is no headline; a headline opening with a year is one',
      text: `一、案例背景\n${body}\n二、主要做法\n${body.replace('32', '40')}`,
      expect: { title: null },
    },
    {
      note: 'look-alike: a headline that opens with a figure and a dot inside a number stays the title',
      text: `2.5亿元项目落户凤城经开区\n${body}`,
      expect: { title: '2.5亿元项目落户凤城经开区' },
    },
    {
      note: 'a first line that is a paragraph is not a title',
      text: `${body}\n${body.replace('32', '40')}`,
      expect: { title: null },
    },
    {
      note: 'a dateline labelled as published, under the article of a page with none above it, is the page’s; the bars of a table’s cell around a headline are no part of it',
      text: `| 园区评议会促提升 党建工作再上新台阶 | |||\n| |||\n${body} | |||\n|\n发布日期:2025-03-08 浏览次数:`,
      expect: { title: '园区评议会促提升 党建工作再上新台阶', publishedAt: '2025-03-08' },
    },
    {
      note: 'look-alike: with a dateline above the article, one below it is not read; nor a labelled date under a list of related articles',
      text: `园区党建结硕果\n2024-01-02 来源:滨江日报\n${body}\n发布时间:2024-01-05\n\n${body.replace('32', '41')}\n相关新闻\n发布时间:2023-08-21 园区党建观摩活动举行`,
      expect: { title: '园区党建结硕果', publishedAt: '2024-01-02', source: '滨江日报' },
    },
    {
      note: 'look-alike: a labelled date in a list of related articles, on a page with no dateline of its own',
      text: `${body}\n相关新闻\n发布时间:2023-08-21 园区党建观摩活动举行\n发布时间:2023-08-18 企业党建座谈会召开`,
      expect: { publishedAt: null },
    },
    {
      note: 'a page’s buttons in brackets after the article are chrome: the name in parentheses before them closes the article',
      text: `园区党建结硕果\n2024-01-02 来源:滨江日报\n${body}\n(王红)\n【打印本页】【关闭窗口】`,
      expect: { authors: ['王红'] },
    },
    {
      note: 'names alone in parentheses after the dispatch mark are its reporters, and a role there may carry its outlet',
      text: `新华网杭州3月12日电(李明)${body}`,
      expect: { source: '新华网', authors: ['李明'] },
    },
    {
      note: 'two names after the dispatch mark; a reporter with the outlet before the role',
      text: `中新网衢州6月8日电(王涛 刘芳)${body}\n滨江新闻网7月3日讯(滨江日报记者 陈东)${body}`,
      expect: { authors: ['王涛', '刘芳', '陈东'] },
    },
    {
      note: 'look-alike: what is no person in parentheses after the dispatch mark (a photo credit, a zone)',
      text: `滨江日报5月26日电(园区供图)${body}\n本报讯(经开区)${body}`,
      expect: { authors: [] },
    },
    {
      note: 'a dispatch after a photo’s caption and the headline repeated still names its reporters; the page’s buttons run on after the source are no part of it',
      text: `青山区:探索律师党建之路\n\n2020年07月29日 14:32 来源:中国新闻网参与互动参与互动\n青山区:探索律师党建之路\n青岩律师事务所开展主题党课。青山区政法委供图\n中新网青山7月29日电(单明 李华)${body}`,
      expect: { source: '中国新闻网', authors: ['单明', '李华'] },
    },
    {
      note: 'look-alike: names after a dispatch mark deep in the article, quoting another report, are no byline',
      text: `园区党建结硕果\n${body}\n园区党委召开会议。\n各支部书记参加。\n据报道,新华网杭州3月12日电(李明)园区新建党组织12个,选派党建指导员36名。`,
      expect: { authors: [] },
    },
    {
      note: 'a paper’s masthead over an e-paper article (name, date, weekday, page and its section) names the outlet and the day',
      text: `青山日报 2024年5月12日 星期日 第03版:要闻\n园区党建结硕果\n${body}`,
      expect: { title: '园区党建结硕果', source: '青山日报', publishedAt: '2024-05-12' },
    },
    {
      note: 'a paper’s masthead split in two, its name alone on a line over the day and the page, names the outlet (the name was read as body text)',
      text: `青山日报\n2024年5月12日 星期日 第03版:要闻\n园区党建结硕果\n${body}`,
      expect: { title: '园区党建结硕果', source: '青山日报', publishedAt: '2024-05-12' },
    },
    {
      note: 'an e-paper’s breadcrumb (the paper, the day, the page) names the outlet and the day',
      text: `青山日报 > 2024-05-12 > 第A03版:要闻\n园区党建结硕果\n${body}`,
      expect: { title: '园区党建结硕果', source: '青山日报', publishedAt: '2024-05-12' },
    },
    {
      note: 'look-alike: a paper’s name alone on a line below the article’s start names no outlet',
      text: `园区党建结硕果\n${body}\n青山日报\n${body.replace('32', '12')}`,
      expect: { source: null },
    },
    {
      note: 'reporters in parentheses the scraper cut the closing bracket off, closing the article’s last line, are its authors (they were dropped)',
      text: `园区党建结硕果\n${body}(记者 张小明 通讯员 李华`,
      expect: { authors: ['张小明', '李华'] },
    },
    {
      note: 'look-alike: an unclosed bracket opening a sentence of the reporter’s, on a line before the last, names no author',
      text: `园区党建结硕果\n园区召开推进会。(记者从会上获悉,园区党建成效显著\n${body}`,
      expect: { authors: [] },
    },
    {
      note: 'look-alike: a paper and a date inside a sentence of the body are no masthead',
      text: `园区党建结硕果\n${body}\n据青山日报2024年5月12日报道,园区党建成效显著。`,
      expect: { source: null, publishedAt: null },
    },
    {
      note: 'a date labelled as published goes before a page’s clock over the headline (a date and its weekday alone), which says when the page was seen',
      text: `2025年10月22日 星期三\n青山:驿站为骑手暖心充电\n发布日期:2025-10-20 浏览次数:30\n${body}`,
      expect: { title: '青山:驿站为骑手暖心充电', publishedAt: '2025-10-20' },
    },
    {
      note: 'look-alike: a page’s clock with no labelled date is the only date there is',
      text: `2025年10月22日 星期三\n青山:驿站为骑手暖心充电\n${body}`,
      expect: { publishedAt: '2025-10-22' },
    },
    {
      note: 'look-alike: a date labelled as updated after the dateline goes before nothing',
      text: `青山:驿站为骑手暖心充电\n2024-01-02 来源:滨江日报\n更新时间:2024-03-05\n${body}`,
      expect: { publishedAt: '2024-01-02', source: '滨江日报' },
    },
    {
      note: 'an outlet parted from its date and time by a middle dot (新京报·2026-01-10 20:54)',
      text: `青山:驿站为骑手暖心充电\n青河报·2026-01-10 20:54\n${body}`,
      expect: { source: '青河报', publishedAt: '2026-01-10' },
    },
    {
      note: 'the body or place that wrote in, then its writers, in parentheses closing the article: the writers are the authors, the body none',
      text: `园区党建新模式\n${body}(城中区企业工委 高明)`,
      expect: { authors: ['高明'] },
    },
    {
      note: 'a body ending in an office’s or a section’s word (组织室, 宣传科, 党建工作站), and a page’s bar after the bracket',
      text: `园区党建新模式\n${body}(企事业组织室 高明) |`,
      expect: { authors: ['高明'] },
    },
    {
      note: 'a section’s body ending in 科 before its writer',
      text: `园区党建新模式\n${body}(县委组织部组织科 刘洋)`,
      expect: { authors: ['刘洋'] },
    },
    {
      note: 'look-alike: a body and a place in parentheses, or a clause, are no byline',
      text: `园区党建新模式\n${body}(青山区委组织部 青山镇)`,
      expect: { authors: [] },
    },
    {
      note: 'an outlet and its channel with a middle dot between before the reporter’s role (大众网·海报新闻记者)',
      text: `青山高新区:聚焦招商引资\n大众网·海报新闻记者 李小慧 通讯员 张玉山 烟台报道\n${body}`,
      expect: { authors: ['李小慧', '张玉山'] },
    },
    {
      note: 'the reporters in parentheses after 本报讯 or 本网讯 opening the article',
      text: `园区党建结硕果\n本报讯(陈芳)${body}\n本网讯(刘洋 王芳)${body}`,
      expect: { authors: ['陈芳', '刘洋', '王芳'] },
    },
    {
      note: 'the reporters in parentheses after any outlet’s 讯 opening the article, the first with no role, the rest after one glued to them; a unit that sent it in, or a word, is no reporter',
      text: `园区党建结硕果\n中国报道讯(郭远乐 通讯员陈丹 曹丹)${body}\n凤城网讯(高新区 供稿)${body}`,
      expect: { authors: ['郭远乐', '陈丹', '曹丹'] },
    },
    {
      note: 'reporters with their roles, glued to their names, after the last sentence of the article',
      text: `园区党建结硕果\n${body}\n${body} 记者司明远 通讯员张弛\n[编辑:李红]`,
      expect: { authors: ['司明远', '张弛'], editors: ['李红'] },
    },
    {
      note: 'look-alike: a last sentence that opens with 记者 is no byline, nor is a role inside a headline',
      text: `致敬一线记者王刚\n${body}记者走访了园区企业`,
      expect: { authors: [] },
    },
    {
      note: 'a journal page: the date with its author glued after it, and the journal and issue under the headline (the journal is the source; the issue no date)',
      text: `“支部建在楼上”:楼宇党建的空间再构\n\n2023-04-29汪明波\n\n学习论坛 2023年6期\n\n${body}`,
      expect: { source: '学习论坛', publishedAt: '2023-04-29', authors: ['汪明波'] },
    },
    {
      note: 'a journal’s issue with its half-month edition after a middle dot (党建文汇·上) names the source as written; the reporter in brackets closing the article, with a scraper’s mark glued after, is the author',
      text: `为什么园区党建是重要抓手\n\n2017-01-05\n\n党建文汇·上 2016年9期\n关键词:园区\n\n${body}(赵明)endprint\n\n猜你喜欢\n\n凤城拥有现代农业园区167个`,
      expect: { source: '党建文汇·上', publishedAt: '2017-01-05', authors: ['赵明'] },
    },
    {
      note: 'two authors glued after the date are not cut apart (the date still is read); a journal-like line further down names no source',
      text: `楼宇社区党建研究\n2017-07-10肖建中陆文华\n${body}\n党员冬训班 2023年第2期\n${body}`,
      expect: { source: null, publishedAt: '2017-07-10', authors: [] },
    },
    {
      note: 'a reporter with the outlet before the role, opening the article up to 报道; an editor of a rarer surname (畅)',
      text: `江城日报记者王晓峰报道:${body}\n责任编辑:畅小云`,
      expect: { authors: ['王晓峰'], editors: ['畅小云'] },
    },
    {
      note: 'look-alike: a sentence opening with 记者 and holding 报道 names no reporter',
      text: `记者走访报道了园区的新变化。${body}`,
      expect: { authors: [] },
    },
    {
      note: 'a breadcrumb that lost its separators, a section with its counters and a column’s label in parentheses before the headline are chrome; the dispatch names the reporters',
      text: `首页 资讯 正文\n\n(乡村行·看变化)村企结对结硕果 松阳绘就振兴新画卷\n\n要闻正文 86 0\n\n中新网衢州6月8日电(王涛 刘芳)${body}`,
      expect: { title: '村企结对结硕果 松阳绘就振兴新画卷', source: '中新网', authors: ['王涛', '刘芳'] },
    },
    {
      note: 'credits of the text (文字, 撰稿人) and photos name authors; who supplied the text (供稿) may be a body, no author, with an editor after it',
      text: `园区召开党建推进会\n2023-05-12 来源:滨江日报\n${body}\n文字：陈静 摄影：刘洋\n撰稿人：赵六\n(供稿：县委组织部 审核：王强)`,
      expect: { authors: ['陈静', '刘洋', '赵六'], editors: ['王强'] },
    },
    {
      note: 'labels each in brackets with the date first (【发布时间：…】【来源：…】); an outlet and its date with a bar between',
      text: `园区召开党建推进会\n【发布时间：2023-05-12】【来源：滨江日报】\n${body}`,
      expect: { title: '园区召开党建推进会', source: '滨江日报', publishedAt: '2023-05-12' },
    },
    {
      note: 'an outlet, a bar and the date and time alone on a line under the headline',
      text: `园区召开党建推进会\n江城晚报 | 2023-06-02 08:00\n${body}`,
      expect: { title: '园区召开党建推进会', source: '江城晚报', publishedAt: '2023-06-02' },
    },
    {
      note: 'look-alike: a sentence with a bracketed date and a bar is no dateline',
      text: `园区召开党建推进会\n${body}\n【党建动态】园区新建党组织12个 | 详见附件`,
      expect: { publishedAt: null },
    },
    {
      note: 'a name in parentheses closing the article, a space before it, and a widget to open the page on a phone under it (扫一扫在手机打开当前页)',
      text: `园区党建结硕果\n${body} (孙瑞林)\n扫一扫在手机打开当前页`,
      expect: { authors: ['孙瑞林'] },
    },
    {
      note: 'look-alike: an article that tells of opening a service on a phone keeps that line as its own',
      text: `园区党建结硕果\n${body}\n企业职工扫码即可在手机打开党建服务平台,共有1200名党员注册。(孙瑞林)`,
      expect: { authors: ['孙瑞林'] },
    },
    {
      note: 'a name in parentheses closing the article, a print pipeline’s end mark glued after it (endprint), is its byline',
      text: `园区党建结硕果\n2024-01-02 来源:滨江日报\n${body}(王红)endprint\n\n猜你喜欢\n\n园区党建新探索`,
      expect: { authors: ['王红'] },
    },
    {
      note: 'dates of related articles are not the publication date',
      text: `${body}\n责任编辑:王强\n- 马尾区召开党建工作推进会2023-08-21\n- 园区企业党建观摩活动举行2023-08-18`,
      expect: { publishedAt: null, editors: ['王强'] },
    },
    {
      note: 'a byline run on at the end of the headline’s line; the page number of a print citation as 第 07 版',
      text: `培育“链上红”品牌 助力园区企业发展通讯员 王芳 李强 本报记者 张伟\n《 凤城日报 》 ( 2024年11月02日   第 07 版)\n${body}`,
      expect: { title: '培育“链上红”品牌 助力园区企业发展', source: '凤城日报', publishedAt: '2024-11-02', authors: ['王芳', '李强', '张伟'] },
    },
    {
      note: 'a headline about a reporter is no byline (no space after the role)',
      text: `记者节:致敬一线记者王刚\n${body}`,
      expect: { title: '记者节:致敬一线记者王刚', authors: [] },
    },
    {
      note: 'a dateline printed day first, alone on its line',
      text: `凤城经开区“三链”融合集聚新动能\n\n12.12.2022  08:26\n\n${body}`,
      expect: { title: '凤城经开区“三链”融合集聚新动能', publishedAt: '2022-12-12' },
    },
    {
      note: 'a dateline after the poster and how long ago it was, with the section and its counter after it',
      text: `当前位置:首页 > 新闻中心 > 正文内容\n\n党建联盟赋能产业发展\n\nadmin2年前 (2023-02-27)新闻中心873\n\n${body}`,
      expect: { title: '党建联盟赋能产业发展', publishedAt: '2023-02-27' },
    },
    {
      note: 'an outlet glued to its date and time, then the section in brackets and a counter; an account’s name, the date in Chinese, the time and where it posts from',
      text: `凤城区:党建聚力 服务暖“新”\n凤城传媒2026-01-29 03:02:46【时政】7人已围观\n${body}`,
      expect: { title: '凤城区:党建聚力 服务暖“新”', source: '凤城传媒', publishedAt: '2026-01-29' },
    },
    {
      note: 'an account’s dateline as a messaging app prints it is no headline',
      text: `凤城社会工作2025年12月18日17:12江苏\n${body}`,
      expect: { title: null, source: '凤城社会工作', publishedAt: '2025-12-18' },
    },
    {
      note: 'a messaging app’s header glued to the first sentence (the copy lost its lines and its spaces): the account is the source, its date the publication’s',
      text: `凤城社会工作2025年12月18日17:12江苏在凤鸣区东山街道,活跃着一群外卖骑手。\n${body}`,
      expect: { title: null, source: '凤城社会工作', publishedAt: '2025-12-18' },
    },
    {
      note: 'look-alike: a sentence telling when and where a meeting was held names no account',
      text: `会议于2025年12月18日17:12江苏省凤城市召开。\n${body}`,
      expect: { source: null, publishedAt: null },
    },
    {
      note: 'a messaging app’s account alone on the line above its date, time and province (the copy kept the lines, lost the spaces) is the source, not the headline; the headline above it stays one',
      text: `凤鸣经开区:快递小哥成了流动网格员\n凤城社会工作\n2025年12月18日17:12江苏\n${body}`,
      expect: { title: '凤鸣经开区:快递小哥成了流动网格员', source: '凤城社会工作', publishedAt: '2025-12-18' },
    },
    {
      note: 'look-alike: a short line over a dateline that names no province is the headline, no account',
      text: `凤城社会工作\n2025年12月18日 17:12\n${body}`,
      expect: { title: '凤城社会工作', source: null, publishedAt: '2025-12-18' },
    },
    {
      note: 'a byline mark, the paper and its section, a space, then the reporter’s role and name: the name is an author (the space before the role hid it)',
      text: `■凤城财经日报/首页新闻 记者 辛小丽\n通讯员 苟欣\n${body}`,
      expect: { authors: ['辛小丽', '苟欣'] },
    },
    {
      note: 'a print citation with the day first, the paper, then the page, on its own line over the headline, names the source and the day; it is no headline (原文如下: is none either)',
      text: `2022年9月1日《凤城日报》A10版\n原文如下:\n凤城产业园党建引领产业发展\n${body}`,
      expect: { title: '凤城产业园党建引领产业发展', source: '凤城日报', publishedAt: '2022-09-01' },
    },
    {
      note: 'a line of keyword stuffing above a journal page is no first paragraph: the headline, the date with the authors glued after it and the journal’s issue below it are still read (all were lost)',
      text: `园区党建,非公党建,党建引领,两新组织,党员教育,党建品牌 ?\n\n园区党建的实践路径\n\n2020-06-19 07:41:40凤鸣张晓\n凤城学刊 2020年4期\n\n${body}`,
      expect: { title: '园区党建的实践路径', source: '凤城学刊', publishedAt: '2020-06-19' },
    },
    {
      note: 'labels parted from their text by the bar a messaging app sets (来源丨, 编辑丨, 作者丨 with the radical 丨, 来源|): the source is no paper’s name alone on its line',
      text: `园区党建新模式\n来源丨新华日报\n作者丨李明\n${body}\n编辑丨王芳`,
      expect: { source: '新华日报', authors: ['李明'], editors: ['王芳'] },
    },
    {
      note: 'a source after 来源| at the article’s end names each outlet as written',
      text: `园区党建新模式\n${body}\n来源|新华日报、组织三科`,
      expect: { source: '新华日报、组织三科' },
    },
    {
      note: 'look-alike: Latin letters run into digits after 来源 are a feed’s code, no outlet; Latin letters alone may be one',
      text: `园区党建新模式\n发布时间:2024-11-25 03:37:59 来源: sp20241125\n${body}`,
      expect: { source: null, publishedAt: '2024-11-25' },
    },
    {
      note: 'an outlet in Latin capitals after 来源',
      text: `园区党建新模式\n发布时间:2024-11-25 03:37:59 来源: CCTV\n${body}`,
      expect: { source: 'CCTV' },
    },
    {
      note: 'an editor on a line with the date and a counter after the name (the space before the date goes in normalizing): the name, and the date is the publication’s; a counter’s label is no name (查看数: 查 is a surname)',
      text: `靖江:爱心驿站温暖户外劳动者\n编辑:曹佳蓉 2025-01-12 19:39:41 查看数:0\n${body}`,
      expect: { editors: ['曹佳蓉'], publishedAt: '2025-01-12' },
    },
    {
      note: 'an editor inside a source line, the source left empty or named, before the date',
      text: `靖江:爱心驿站温暖户外劳动者\n来源: 编辑:曹佳蓉 2025-01-12 19:39:41 查看数:0\n${body}\n\n青山:驿站为骑手暖心充电\n来源:滨江日报 编辑:王芳 2025-01-13 08:00\n${body}`,
      expect: { source: '滨江日报', editors: ['曹佳蓉', '王芳'], publishedAt: '2025-01-12' },
    },
    {
      note: 'an outlet, the place it reports from, then 讯 opening the article (黄河新闻网运城讯): the outlet is the source; a word that names no place there (快讯) makes no dispatch of it',
      text: `园区党建新模式\n黄河新闻网运城讯 2月2日,${body}\n\n青山:驿站为骑手暖心充电\n凤城网快讯 ${body}`,
      expect: { source: '黄河新闻网' },
    },
    {
      note: 'a credit’s 文 and a bar before a reporter’s role, the outlet a periodical in 《》 (文|《海峡通讯》记者): the names after are the authors',
      text: `党建引领“物业红”\n文|《海峡通讯》记者 李烁铃 俞怡琦\n${body}`,
      expect: { authors: ['李烁铃', '俞怡琦'] },
    },
    {
      note: 'a headline with a cry inside it (少跑路!), no comma nor 。, is the headline, repeated below as captions; a short first line of two clauses parted by ! and a comma is a paragraph',
      text: `让居民少跑路!党群服务阵地提升计划启动\n${body}\n让居民少跑路!党群服务阵地提升计划启动`,
      expect: { title: '让居民少跑路!党群服务阵地提升计划启动' },
    },
    {
      note: 'a headline closing with a cry (…党总支成立!), no comma in it, above the dateline is the headline; a spam line of a hacked page above it is chrome',
      text: `天天av影院免费看,99久久精品无码一,AV综合色无码不卡\n人民网>>上海频道\n企业党员有了归属感→这个园区党总支成立!\n2023年03月08日15:24 |\n${body}`,
      expect: { title: '企业党员有了归属感→这个园区党总支成立!', publishedAt: '2023-03-08' },
    },
    {
      note: 'look-alike: a short line of two clauses, a ! and a comma between, is a paragraph, no headline',
      text: `好消息!园区新建党群服务中心,企业点赞\n${body}`,
      expect: { title: null },
    },
    {
      note: 'a labelled publication time with the year last and slashes (发表时间:06/18/2022) is month first, beside the source too; day first where the first figure cannot be a month',
      text: `园区党建结硕果\n来源 东方网    发表时间:06/18/2022     浏览 40 次\n${body}`,
      expect: { title: '园区党建结硕果', source: '东方网', publishedAt: '2022-06-18' },
    },
    {
      note: 'a labelled time with the year last, the first figure no month, alone on its line',
      text: `园区党建结硕果\n发布时间:25/06/2022\n${body}`,
      expect: { title: '园区党建结硕果', publishedAt: '2022-06-25' },
    },
    {
      note: 'look-alike: a figure with slashes in the body (占楼内通勤白领总人数1/8) is no date',
      text: `园区党建结硕果\n${body}楼内党员占通勤白领总人数1/8。`,
      expect: { title: '园区党建结硕果', publishedAt: null },
    },
    {
      note: 'a breadcrumb whose last step is as long as a headline ends in the article’s headline: the line repeating it is the headline, not a section’s label above it (新闻资讯园区动态)',
      text: `首页 > 新闻资讯 > 凤城经开区党工委到园区调研党群服务中心建设\n新闻资讯园区动态\n新闻资讯园区动态\n\n凤城经开区党工委到园区调研党群服务中心建设\n\n发布时间:2018-04-19\n\n${body}`,
      expect: { title: '凤城经开区党工委到园区调研党群服务中心建设', publishedAt: '2018-04-19' },
    },
    {
      note: 'look-alike: a short last step is the section, and a line repeating it no headline',
      text: `首页 > 新闻资讯 > 园区动态\n园区动态\n\n凤城经开区党工委到园区调研\n\n发布时间:2018-04-19\n\n${body}`,
      expect: { title: '凤城经开区党工委到园区调研', publishedAt: '2018-04-19' },
    },
    {
      note: 'a repost’s credit (本文转自:…) names the outlet it came from, and is no headline',
      text: `本文转自:人民网-安徽频道\n${body}`,
      expect: { title: null, source: '人民网-安徽频道' },
    },
    {
      note: 'a headline over a repost’s credit (转载自 …) stays the headline',
      text: `凤城经开区党建引领园区发展\n转载自 凤城日报\n${body}`,
      expect: { title: '凤城经开区党建引领园区发展', source: '凤城日报' },
    },
    {
      note: 'a person’s name alone between the source and the date of a metadata line, set apart by wide spacing, is the writer’s',
      text: `园区党建联盟成立\n来源 东方网    顾一琼     发表时间:2023-05-12\n${body}`,
      expect: { title: '园区党建联盟成立', source: '东方网', publishedAt: '2023-05-12', authors: ['顾一琼'] },
    },
    {
      note: 'look-alike: a place or a body’s word there (凤城区, 新闻中心) is no writer',
      text: `园区党建联盟成立\n来源 凤城日报    凤城区     发布时间:2023-05-12\n来源 凤城日报    新闻中心     发布时间:2023-05-12\n${body}`,
      expect: { source: '凤城日报', publishedAt: '2023-05-12', authors: [] },
    },
    {
      note: 'labels alone on their lines with their values on the next (发布日期: over the date, 信息来源: over the outlet) and a counter whose figure the page left out (浏览次数:次) are metadata and chrome, not the headline',
      text: `凤城党员队伍结构持续优化\n发布日期:\n2024-07-02\n08:59\n浏览次数:次\n信息来源:\n区日报社\n${body}`,
      expect: { title: '凤城党员队伍结构持续优化', source: '区日报社', publishedAt: '2024-07-02' },
    },
    {
      note: 'look-alike: a source’s label alone over a sentence gives no source',
      text: `凤城党员队伍结构持续优化\n信息来源:\n据统计,全区共有党员7万余名。\n${body}`,
      expect: { title: '凤城党员队伍结构持续优化', source: null },
    },
    {
      note: 'a headline of more than forty characters with a colon after its place and a subtitle after a dash, and no other mark of a clause, is a headline, no paragraph: the date under it is the page’s',
      text: `凤城经济开发区:系列暖“新”活动为新就业群体送上新春祝福 ——传递“新”关怀 凝聚“新”力量\n2026-02-13\n\n${body}`,
      expect: { title: '凤城经济开发区:系列暖“新”活动为新就业群体送上新春祝福 ——传递“新”关怀 凝聚“新”力量', publishedAt: '2026-02-13' },
    },
    {
      note: 'look-alike: a paragraph with a comma after its colon is a paragraph, and a date under it is a listed item’s',
      text: `会议强调:要提高政治站位,强化责任担当,推动园区党建工作取得实效并在全县走在前列\n2026-02-13\n${body}`,
      expect: { title: null, publishedAt: null },
    },
    {
      note: 'a body’s name with 供稿 after it, alone on a line (乐山市委党史和地志研究室供稿), is the source, no headline; a sentence ending so is body text',
      text: `园区党建结硕果\n乐山市委党史和地志研究室供稿\n${body}\n各支部党员踊跃供稿。`,
      expect: { title: '园区党建结硕果', source: '乐山市委党史和地志研究室' },
    },
    {
      note: 'in brackets too, under the article, with the headline first',
      text: `园区党建结硕果\n${body}\n(县委组织部供稿)`,
      expect: { title: '园区党建结硕果', source: '县委组织部' },
    },
    {
      note: 'the site’s name alone on a line above its breadcrumb (人民网 over 人民网>>湖南频道) is no headline; under it, the headline above a reporting team’s credit is',
      text: `人民网\n人民网>>湖南频道>> 本网专稿\n\n行进中国|红色驿站,传递城市温暖\n\n人民网“行进中国”湖南调研采访团\n2025年07月02日10:05 | 来源:人民网-湖南频道\n${body}`,
      expect: { title: '行进中国|红色驿站,传递城市温暖', source: '人民网-湖南频道', publishedAt: '2025-07-02' },
    },
    {
      note: 'a paper’s name alone before a byline on the article’s first line is the source, no headline (渭南日报 was the title)',
      text: `凤城日报 记者 王珂 通讯员 甘泉\n${body}`,
      expect: { title: null, source: '凤城日报', authors: ['王珂', '甘泉'] },
    },
    {
      note: 'look-alike: a headline before a byline stays the headline; the outlet in it is no source',
      text: `凤城日报社党支部结硕果 记者 王珂\n${body}`,
      expect: { title: '凤城日报社党支部结硕果', source: null, authors: ['王珂'] },
    },
    {
      note: 'an outlet, its date and time and a bare counter after them (封面新闻 2022-12-30 15:27 137065) is the dateline: the outlet the source (it gave neither); a writer’s name before a reporter’s byline is an author too (代梦迪 封面新闻记者 刘恪生 gave none)',
      text: `凤城商圈实现“三圈融合”\n凤城新闻 2022-12-30 15:27 137065\n代梦迪 凤城新闻记者 刘恪生\n${body}`,
      expect: { title: '凤城商圈实现“三圈融合”', source: '凤城新闻', publishedAt: '2022-12-30', authors: ['代梦迪', '刘恪生'] },
    },
    {
      note: 'the outlet of a reporter’s byline is the source where no other line names one (大众网记者 李新颖 gave none)',
      text: `凤城区举办学子家乡行活动\n凤城网记者 李新颖 杨晓彤 青岛报道\n${body}`,
      expect: { title: '凤城区举办学子家乡行活动', source: '凤城网', authors: ['李新颖', '杨晓彤'] },
    },
    {
      note: 'look-alike: a source named by its label, under the article too, goes before the outlet of a reporter’s byline',
      text: `凤城区举办学子家乡行活动\n凤城网记者 李新颖\n${body}\n来源:凤城日报`,
      expect: { source: '凤城日报', authors: ['李新颖'] },
    },
    {
      note: 'a messaging app’s label of an original post and its writer before the account’s dateline (原创 东山组工 东山组工 2025年04月21日 16:08 福建)',
      text: `“红色引擎”赋能园区发展\n\n原创 东山组工 东山组工 2025年04月21日 16:08 福建\n\n${body}`,
      expect: { title: '“红色引擎”赋能园区发展', source: '东山组工', publishedAt: '2025-04-21' },
    },
    {
      note: 'a person’s name before the account in a messaging app’s header is the writer’s (it was read as nothing)',
      text: `凤鸣经开区:党建引领园区高质量发展\n原创 张小明 凤鸣组工 2024年05月06日 18:30 江苏\n${body}`,
      expect: { title: '凤鸣经开区:党建引领园区高质量发展', source: '凤鸣组工', publishedAt: '2024-05-06', authors: ['张小明'] },
    },
    {
      note: 'look-alike: a name before the account that is no person’s (another account, 凤鸣发布) is no writer',
      text: `凤鸣经开区:党建引领园区高质量发展\n原创 凤鸣发布 凤鸣组工 2024-05-06 18:30 发表于江苏\n${body}`,
      expect: { source: '凤鸣组工', publishedAt: '2024-05-06', authors: [] },
    },
    {
      note: 'the body that supplied the material (素材来源) under the article is its source, as 供稿单位 is',
      text: `园区党建结硕果\n${body}\n素材来源:凤鸣经开区党工委\n编辑:李明`,
      expect: { title: '园区党建结硕果', source: '凤鸣经开区党工委', editors: ['李明'] },
    },
    {
      note: 'who posted it (发布者, an office or a person: no outlet) before the labelled publication time and a hit counter',
      text: `园区举办主题党日活动\n发布者:园区党群办  发布时间:2025年6月18日  点击数:532\n${body}`,
      expect: { title: '园区举办主题党日活动', source: null, publishedAt: '2025-06-18' },
    },
    {
      note: 'labels ended by a slash, the author’s empty (来源/ … 作者/ 时间/…): the next label is no name; the byline under it opens with a brand and its paper (新陇原·陇原经济日报记者)',
      text: `凤城:党建赋能园区发展\n\n来源/ 新陇原·陇原经济日报 作者/ 时间/2025-11-12 10:21:37\n\n新陇原·陇原经济日报记者 何晓云 通讯员 马俊峰\n\n${body}`,
      expect: { title: '凤城:党建赋能园区发展', source: '新陇原·陇原经济日报', publishedAt: '2025-11-12', authors: ['何晓云', '马俊峰'] },
    },
    {
      note: 'a name after a slash label, its surname the character of 时间 (时雨), before the next label',
      text: `凤城:党建赋能园区发展\n\n来源/ 凤城日报 作者/ 时雨 时间/2025-11-12 10:21:37\n\n${body}`,
      expect: { title: '凤城:党建赋能园区发展', source: '凤城日报', publishedAt: '2025-11-12', authors: ['时雨'] },
    },
    {
      note: 'a journal page under an app’s download prompt, its keywords line between the journal and the article: the journal is the source',
      text: `APP下载\n\n园区党建引领非公企业发展的实践\n\n2024-03-12 08:28\n党建研究 2024年3期\n关键词:园区党组织非公企业\n\n${body}`,
      expect: { title: '园区党建引领非公企业发展的实践', source: '党建研究', publishedAt: '2024-03-12' },
    },
    {
      note: 'a journal page’s authors alone on the first line under its issue and keywords, two-character names padded with a space',
      text: `园区党建引领非公企业发展的实践\n\n2024-03-12 08:28\n党建研究 2024年3期\n关键词:园区党组织\n\n童 辉 于君博\n\n${body}`,
      expect: { source: '党建研究', publishedAt: '2024-03-12', authors: ['童辉', '于君博'] },
    },
    {
      note: 'a short heading under a journal’s issue, a word jieba knows whole, is no author',
      text: `园区党建引领非公企业发展的实践\n\n2024-03-12 08:28\n党建研究 2024年3期\n关键词:园区党组织\n\n时代\n\n${body}`,
      expect: { source: '党建研究', publishedAt: '2024-03-12', authors: [] },
    },
    {
      note: 'a journal page under a line of keywords joined by underscores and a line broken bytes left: the journal with its edition in brackets is the source, the names after a byline mark the authors',
      text: `党建引领_园区党建_非公企业_两新组织\n\n?\n\n凤城:打造环湖“最美党建带”\n\n2018-11-22 18:02\n党的生活(江苏) 2018年7期\n关键词:凤城 党建\n\n■贺伟平 王长峰\n\n${body}`,
      expect: { title: '凤城:打造环湖“最美党建带”', source: '党的生活(江苏)', publishedAt: '2018-11-22', authors: ['贺伟平', '王长峰'] },
    },
    {
      note: 'a byline mark before a writer that is no person names no author',
      text: `凤城:打造环湖“最美党建带”\n\n■凤城区委组织部课题组\n\n${body}`,
      expect: { title: '凤城:打造环湖“最美党建带”', authors: [] },
    },
    {
      note: 'the channels a page files the article under before its date, time and a counter: the date is the publication’s, no channel is the source',
      text: `湄洲工商联:“三抓手”汇聚民企力量\n\nB站影视 内地电影 2025-09-19 23:34 2\n\n${body}`,
      expect: { title: '湄洲工商联:“三抓手”汇聚民企力量', source: null, publishedAt: '2025-09-19' },
    },
    {
      note: 'a trainee reporter of a paper’s media centre (海都全媒体见习记者), names spaced: both are authors',
      text: `凤城园区党建新观察\n\n海都全媒体见习记者 王灵婧 吴诗榕\n\n${body}`,
      expect: { title: '凤城园区党建新观察', authors: ['王灵婧', '吴诗榕'] },
    },
    {
      note: 'an abstract page: a site menu opening with its home page above the headline, the author labelled 作者姓名 (the affiliation under it no author)',
      text: `首页 | 本学科首页   官方微博 | 高级检索\n\n加强产业园区党的建设\n作者姓名:周国雄\n作者单位:中共凤城市委党校\n${body}`,
      expect: { title: '加强产业园区党的建设', authors: ['周国雄'] },
    },
    {
      note: 'who posted it and the date with a bar between: the date is the publication’s, the poster (an office) no source',
      text: `凤城区扎实开展新兴领域“两个覆盖”集中攻坚\n\n发布者:凤城市委组织部   |   日期:2025-08-06\n\n${body}`,
      expect: { title: '凤城区扎实开展新兴领域“两个覆盖”集中攻坚', source: null, publishedAt: '2025-08-06' },
    },
    {
      note: 'a messaging app’s header with the writer before the account and no 原创 label: the account is the source, its date the publication’s (a 来源 line under the article names the body the text came from, later)',
      text: `点击蓝字 关注我们\n\n凤城经开区:党建引领园区发展\n\n凤城组工 凤城组工 2025年03月12日 18:20 安徽\n\n${body}\n\n来源:凤城经开区党工委\n编辑:李明`,
      expect: { title: '凤城经开区:党建引领园区发展', source: '凤城组工', publishedAt: '2025-03-12', editors: ['李明'] },
    },
    {
      note: 'the body that supplied a government site’s text (供稿单位) is its source; the publication date beside it',
      text: `凤城园区党建再上新台阶\n\n供稿单位:凤城经开区党工委  发布日期:2024-05-12\n\n${body}`,
      expect: { title: '凤城园区党建再上新台阶', source: '凤城经开区党工委', publishedAt: '2024-05-12' },
    },
    {
      note: 'a credit for pictures and text (图文:) closing the article, with the editor on its line, in brackets or not; a sentence opening with 图文并茂 is text',
      text: `凤城经开区召开党建工作会议\n\n${body}\n图文并茂地展示了园区党建成果。\n(图文:刘洋 责任编辑:陈静)`,
      expect: { title: '凤城经开区召开党建工作会议', authors: ['刘洋'], editors: ['陈静'] },
    },
    {
      note: 'a credit for pictures and text without brackets',
      text: `凤城经开区召开党建工作会议\n\n${body}\n图文:刘洋 审核:陈静`,
      expect: { authors: ['刘洋'], editors: ['陈静'] },
    },
    {
      note: 'the outlet beside a dateline whose date is written with 年月日, the author and editor after it; a clause after the time names no outlet',
      text: `凤城经开区召开党建工作会议\n2024年05月12日 09:30  凤城新闻网  作者:王强  编辑:李明\n${body}`,
      expect: { source: '凤城新闻网', publishedAt: '2024-05-12', authors: ['王强'], editors: ['李明'] },
    },
    {
      note: 'look-alike: a date and time before what happened, no outlet',
      text: `凤城经开区召开党建工作会议\n2024年05月12日 09:30  召开党建工作会议\n${body}`,
      expect: { source: null },
    },
    {
      note: 'a journal page’s authors alone on the line above their affiliation, a name spaced out (许 翾) or several',
      text: `园区党组织工作的创新发展\n2018-01-13 13:56:02\n许 翾\n(凤鸣大学 公共管理学院,浙江 杭州 310058)\n${body}`,
      expect: { authors: ['许翾'], publishedAt: '2018-01-13' },
    },
    {
      note: 'several authors above their affiliations',
      text: `园区党组织工作的创新发展\n陈松林,刘 婷,余 雨\n(凤鸣建筑大学 公共管理学院,安徽 合肥 230601)\n${body}`,
      expect: { authors: ['陈松林', '刘婷', '余雨'] },
    },
    {
      note: 'a paper’s authors alone on the line above its abstract’s label, bracketed with a broken byte in it (张敬芬 was the headline)',
      text: `张敬芬\n[摘? 要]新时代以来,凤鸣区创新“融合型党建”,为新城党建开拓了新的空间。\n${body}`,
      expect: { title: null, authors: ['张敬芬'] },
    },
    {
      note: 'several authors above an abstract under its colon, a headline above them',
      text: `园区党组织工作的创新发展\n陈松林 刘婷\n摘要:新时代以来,凤鸣区创新“融合型党建”。\n${body}`,
      expect: { title: '园区党组织工作的创新发展', authors: ['陈松林', '刘婷'] },
    },
    {
      note: 'look-alike: a heading above a paragraph that sums up is no byline',
      text: `园区党组织工作的创新发展\n工作成效\n摘得“全省先进”称号以来,凤鸣区党建工作要点如下。\n${body}`,
      expect: { authors: [] },
    },
    {
      note: 'look-alike: a heading above a bracketed aside is no byline',
      text: `园区党组织工作的创新发展\n工作成效\n(凤鸣大学今年招收新生3000人,其中党员120名)\n${body}`,
      expect: { authors: [] },
    },
    {
      note: 'a subtitle opening with a dash under the headline is no article text before the journal’s issue: the journal is the source; authors listed above two affiliations',
      text: `园区企业社区管理变迁\n——以凤鸣园区为例\n2018-03-29 12:22\n凤鸣师范学院学报 2018年5期\n关键词:职工单位社区\n陈凤青,张 勇\n(1.凤鸣大学 社会学院,江苏南京 210023;2.凤岭外国语大学 社会学系,重庆 400031)\n${body}`,
      expect: { title: '园区企业社区管理变迁', source: '凤鸣师范学院学报', publishedAt: '2018-03-29', authors: ['陈凤青', '张勇'] },
    },
    {
      note: 'who took the pictures (图片) and shot the video (视频) are authors, each on a line; the rounds of review a county outlet prints (一审, 二审, 三审) are editors; a picture’s source that is no person (图片:来源网络) names none',
      text: `凤城县召开非公企业党建工作推进会\n发布时间:2025-06-12 来源:凤城县融媒体中心\n${body}\n文字:李晓明\n图片:王芳\n视频:刘洋\n图片:来源网络\n编辑:赵丽\n一审:张强\n二审:刘伟\n三审:陈刚`,
      expect: { authors: ['李晓明', '王芳', '刘洋'], editors: ['赵丽', '张强', '刘伟', '陈刚'] },
    },
    {
      note: 'an e-paper system’s properties left under the article (date, pages, paper, file, headline) name the paper and the day',
      text: `2021年09月16日\n第A03版:要 闻\n\n凤鸣区与国企结对共建聚发展合力\n${body}\n\n2021-09-16 2 2 凤城日报 content_18826.html 1 3 凤鸣区与国企结对共建聚发展合力 /enpproperty-->`,
      expect: { title: '凤鸣区与国企结对共建聚发展合力', source: '凤城日报', publishedAt: '2021-09-16' },
    },
    {
      note: 'look-alike: a date and a paper’s name in a sentence, or a line with no article file, name no source',
      text: `凤鸣区与国企结对共建聚发展合力\n${body}\n2021-09-16 2 2 凤城日报刊发了园区的做法。\n2021-09-16 12 3 凤城日报 content 1 3`,
      expect: { title: '凤鸣区与国企结对共建聚发展合力', source: null, publishedAt: null },
    },
    {
      note: 'a headline given by its label under the article (标题:“…”), where no line above is one, is the title without its quotes; an address line under it is none',
      text: `本篇文章186字,读完约1分钟\n\n${body}\n\n标题:“凤城县成立产业集聚区党建联盟”\n\n地址:http://www.example.com/news/3311.html`,
      expect: { title: '凤城县成立产业集聚区党建联盟' },
    },
    {
      note: 'look-alike: the original’s headline a copying site names under the article (原标题:《…》) is not the title where the page has its own above',
      text: `凤城园区党建结硕果\n2024-03-05 来源:凤城日报\n${body}\n原标题:《凤城园区:党建引领促发展》`,
      expect: { title: '凤城园区党建结硕果', source: '凤城日报', publishedAt: '2024-03-05' },
    },
    {
      note: 'the original’s headline in title marks is the title where the page has none above',
      text: `${body}\n原标题:《凤城园区:党建引领促发展》`,
      expect: { title: '凤城园区:党建引领促发展' },
    },
    {
      note: 'the body that wrote in before its writers’ names in parentheses after the dispatch mark is no author; the names are',
      text: `【党建】点亮微心愿\n本网讯(行政二党支部 刘芳)9月1日,${body}`,
      expect: { title: '点亮微心愿', authors: ['刘芳'] },
    },
    {
      note: 'look-alike: a body alone in parentheses after the dispatch mark names no author',
      text: `【党建】点亮微心愿\n本报讯(凤城区委组织部)9月1日,${body}`,
      expect: { authors: [] },
    },
    {
      note: 'a broken icon’s question mark before a dateline’s label leaves it a dateline; before a counter’s, a counter',
      text: `凤城县直工委到凤鸣高速三工区交流党建工作\n?发布时间:2018-07-11\n?浏览:\n${body}`,
      expect: { title: '凤城县直工委到凤鸣高速三工区交流党建工作', publishedAt: '2018-07-11' },
    },
    {
      note: 'a county media centre’s credits under the article: a source label spaced out (来 源), its correspondent, a producer beside the editors, the centre that produced it; the contact lines under them are chrome',
      text: `凤鸣街道“国企联村”结硕果\n${body}\n来 源:凤城融媒 通讯员 杨远\n制作: 万轶| 编辑:方丹 熊霞 | 责编:方军\n出品:凤城区融媒体中心\n新闻热线:027-84000000\n投稿邮箱:1234567@qq.com`,
      expect: { title: '凤鸣街道“国企联村”结硕果', source: '凤城融媒', authors: ['杨远'], editors: ['万轶', '方丹', '熊霞', '方军'] },
    },
    {
      note: 'the media centre that produced the page is its source where no other is named',
      text: `凤鸣街道“国企联村”结硕果\n${body}\n编辑:方丹\n出品:凤城区融媒体中心`,
      expect: { source: '凤城区融媒体中心', editors: ['方丹'] },
    },
    {
      note: 'the outlet opening a dispatch with no date names the source (凤城网讯), the first of several listed, a site’s address after one',
      text: `凤鸣村:村企联建结硕果\n市场星报、凤城财经网(m.example.cn)、掌中凤城讯(记者 徐越) 8月28日,${body}`,
      expect: { title: '凤鸣村:村企联建结硕果', source: '市场星报', authors: ['徐越'] },
    },
    {
      note: 'an undated dispatch of one outlet, reporters or a space after it',
      text: `凤鸣村:村企联建结硕果\n凤城新闻网讯 ${body}`,
      expect: { source: '凤城新闻网' },
    },
    {
      note: 'a paper known by its kind alone (晨报, 晚报) opening a dispatch, dated or not, is the outlet, though other outlets are read with three characters or more',
      text: `凤鸣村:村企联建结硕果\n晨报讯(记者 王明)${body}`,
      expect: { source: '晨报', authors: ['王明'] },
    },
    {
      note: 'a paper known by its kind alone before a dispatch’s date',
      text: `凤鸣村:村企联建结硕果\n晚报5月3日讯(记者 王明)${body}`,
      expect: { source: '晚报', authors: ['王明'] },
    },
    {
      note: 'look-alike: two characters of no paper’s kind before 讯 (简报, 快讯, 周报 of a digest) name none',
      text: `凤鸣村:村企联建结硕果\n简报讯 ${body}\n快讯(记者 王明)${body}`,
      expect: { source: null },
    },
    {
      note: 'a dateline after the page’s address, its source with a correspondent’s role glued after it (新闻晚报通讯员 白雪): the outlet, the day and the author',
      text: `凤城商会回馈社会捐资1200万元\nhttp://news.example.com 2012-07-03 13:19 来源: 新闻晚报通讯员 白雪\n${body}`,
      expect: { source: '新闻晚报', publishedAt: '2012-07-03', authors: ['白雪'] },
    },
    {
      note: 'an undated dispatch whose figure follows 讯 with the space gone',
      text: `凤城商会回馈社会捐资1200万元\n晚报讯 600余名在凤城打拼的企业家近日捐资1200万元。`,
      expect: { source: '晚报' },
    },
    {
      note: 'look-alike: 讯 after no outlet, or a dispatch deeper in the article, names no source',
      text: `凤鸣村:村企联建结硕果\n园区通讯(记者 王明)${body}\n凤城网讯(记者 王明)据报道,${body}`,
      expect: { source: null },
    },
    {
      note: 'a counter’s label run on after the source, a page’s spans joined with no space between (来源:…党工委浏览次数:), is no part of it; an outlet with 阅读 in its name keeps it',
      text: `凤城经开区:党建引领激活园区发展新动能\n发布时间:2024-06-18 09:30来源:凤城经开区党工委浏览次数:123\n${body}`,
      expect: { source: '凤城经开区党工委', publishedAt: '2024-06-18' },
    },
    {
      note: 'look-alike: 阅读 inside an outlet’s name',
      text: `凤城经开区:党建引领激活园区发展新动能\n来源:凤城阅读网 2024-06-18\n${body}`,
      expect: { source: '凤城阅读网' },
    },
    {
      note: 'the writer before a print citation opening the page (a name spaced out, the page as 第19版) is its author; the line is no headline',
      text: `朱 明 《 人民日报 》( 2023年01月17日 第 19 版)\n${body}`,
      expect: { title: null, source: '人民日报', publishedAt: '2023-01-17', authors: ['朱明'] },
    },
    {
      note: 'look-alike: words before a citation that are no names make no author',
      text: `凤城园区党建结硕果\n党建专版 《凤城日报》(2023年01月17日 第3版)\n${body}`,
      expect: { source: '凤城日报', authors: [] },
    },
    {
      note: 'an e-paper’s whole-page switch, its current page and a publication label left empty stand above the headline: none of them is it',
      text: `通版阅读请点击:\n展开通版\n收缩通版\n当前版:07版\n发布日期:\n“三训”开启非公党建“智慧之门”\n——我市非公和社会组织党组织教育培训工作纪实\n  本报记者 高乐\n${body}`,
      expect: { title: '“三训”开启非公党建“智慧之门”', authors: ['高乐'] },
    },
    {
      note: 'a source label naming only the page itself or nothing (本站, 网络, 原创) gives no source; a label run on after it (编辑:) is no part of it',
      text: `市社会主义学院党外干部培训班开班\n发布时间:2022-06-21 16:35:43信息来源:本站编辑:\n${body}`,
      expect: { source: null, publishedAt: '2022-06-21', editors: [] },
    },
    {
      note: 'look-alike: an outlet whose name opens with such a word is one',
      text: `市社会主义学院党外干部培训班开班\n来源:网络安全报 2022-06-21\n${body}`,
      expect: { source: '网络安全报' },
    },
    {
      note: 'a print citation padded with spaces',
      text: `${body}\n《 人民日报 》( 2024年02月27日 10 版)`,
      expect: { source: '人民日报', publishedAt: '2024-02-27' },
    },
    {
      note: 'a dispatch line with the reporter in parentheses',
      text: `清徐县:专职指导员助力非公企业党建\n本报太原2月26日电 (记者马睿姗)${body}`,
      expect: { title: '清徐县:专职指导员助力非公企业党建', authors: ['马睿姗'] },
    },
    {
      note: 'closing lines: correspondent and reporter with outlets, a proofreader, the source',
      text: `${body}\n通讯员 陈雨 扬子晚报/紫牛新闻记者 周晓青\n校对 苏云\n来源:紫牛新闻\n相关新闻`,
      expect: { authors: ['陈雨', '周晓青'], editors: ['苏云'], source: '紫牛新闻' },
    },
    {
      note: 'a dateline run into the source label, with an editor in brackets',
      text: `园区:四项机制激活非公党建新动能\n发布日期:2024-06-18信息来源:城西分站 字体:【 大 中 小 】【责任编辑:周明远】\n${body}`,
      expect: { publishedAt: '2024-06-18', source: '城西分站', editors: ['周明远'] },
    },
    {
      note: 'a body sentence opening with a date is no dateline',
      text: `园区召开会议\n2022年10月24日,园区召开党建工作会议,部署下半年工作,要求各党支部抓好落实。`,
      expect: { publishedAt: null, editors: [] },
    },
    {
      note: 'a long menu line without punctuation is no paragraph; a font-size widget may lead the dateline',
      text: `某某都市网 热门快讯便民频道资讯中心房产频道生活频道汽车频道家居频道商业婚庆频道旅游母婴频道\n首页 > 资讯中心 > 本地资讯 正文\n\n园区党建引领楼宇治理\n\n字号: 2022-11-19 11:42 来源:苏州日报\n${body}`,
      expect: { title: '园区党建引领楼宇治理', source: '苏州日报', publishedAt: '2022-11-19' },
    },
    {
      note: 'a byline behind a mark, with the paper’s short name and posting before each role',
      text: `园区党建引领楼宇治理\n\n□江报驻海安首席记者 周立新 江报通讯员 吴晓\n\n${body}`,
      expect: { title: '园区党建引领楼宇治理', authors: ['周立新', '吴晓'] },
    },
    {
      note: 'a paragraph that opens with a paper’s reporter is no byline',
      text: `园区党建引领楼宇治理\n\n市报记者走进园区企业,了解非公企业党建工作开展情况。\n${body}`,
      expect: { authors: [] },
    },
    {
      note: 'a separator left after the headline',
      text: `经开区工商业联合会成立 |\n时间:2021-12-17 10:59:48 来源:武进新闻 作者:阳湖网 |\n${body}`,
      expect: { title: '经开区工商业联合会成立', source: '武进新闻', publishedAt: '2021-12-17', authors: [] },
    },
    {
      note: 'a writer and an editor on one line',
      text: `园区召开会议\n撰稿:李华 审核:张强\n${body}`,
      expect: { authors: ['李华'], editors: ['张强'] },
    },
    {
      note: 'text-and-photo credits, reporters of the paper with their correspondents',
      text: `园区召开会议\n文/图 王晓明\n${body}\n本报记者 孙伟 通讯员 周杰 钱多多`,
      expect: { authors: ['王晓明', '孙伟', '周杰', '钱多多'] },
    },
    {
      note: 'credits a slash or a bar joins to the name (文/王晓明, 图|刘洋), a role after the slash (文/通讯员 陈静)',
      text: `园区召开会议\n文/通讯员 陈静 图|刘洋\n${body}`,
      expect: { authors: ['陈静', '刘洋'] },
    },
    {
      note: 'a credit and a name with nothing else on the line; a body line opening with 文/ is none (文/体/旅融合)',
      text: `园区召开会议\n文/王晓明\n文/体/旅融合发展成效明显。\n${body}`,
      expect: { authors: ['王晓明'] },
    },
    {
      note: 'a widget for the type size before the dateline, source and byline',
      text: `园区召开会议\n【字体:大 中 小】 2023-05-12 来源:区融媒体中心 通讯员:钱多多\n${body}`,
      expect: { source: '区融媒体中心', publishedAt: '2023-05-12', authors: ['钱多多'] },
    },
    {
      note: 'a view counter before the source label, the next label glued to the source',
      text: `浏览次数:863 信息来源: 双河经济开发区发布时间:2019-11-04 |\n${body}`,
      expect: { source: '双河经济开发区', publishedAt: '2019-11-04' },
    },
    {
      note: 'published-at labels (发表于) with slashes, a hit counter after',
      text: `园区选派干部驻企服务\n发表于:2016/9/7 [ 阅 512 次 ]\n${body}`,
      expect: { title: '园区选派干部驻企服务', publishedAt: '2016-09-07' },
    },
    {
      note: 'the outlet opening a dispatch, reporters with compound roles in parentheses',
      text: `清江网3月9日讯(特约全媒体记者 周文斌 通讯员 李晓梅)${body}`,
      expect: { source: '清江网', authors: ['周文斌', '李晓梅'] },
    },
    {
      note: 'a paper and its app named together, joined by a middle dot, open the dispatch: the outlet is both as written (it gave none)',
      text: `江城日报·新江城客户端11月22日讯(通讯员 何丹 余思慧)${body}`,
      expect: { source: '江城日报·新江城客户端', authors: ['何丹', '余思慧'] },
    },
    {
      note: 'a page\'s header line opening with a font widget that lost its buttons (字体【 】), its date labelled 编辑日期: the date and the source are read (the line was article text)',
      text: `凤城经开区推进党建联建\n字体【 】 【编辑日期:2025-09-10 09:53】 【来源:凤城县委宣传部】 【作者:】 【 关 闭 】\n${body}`,
      expect: { title: '凤城经开区推进党建联建', source: '凤城县委宣传部', publishedAt: '2025-09-10' },
    },
    {
      note: 'an e-paper\'s masthead with the day first, then the paper and the page (日期:[…] -- 报 -- 版次:[J2]): the day and the paper (it was read as the headline)',
      text: `日期:[2018年09月13日] -- 凤城晚报 -- 版次:[J2]\n\n凤城县级融媒体建设现场会召开\n\n${body}`,
      expect: { title: '凤城县级融媒体建设现场会召开', source: '凤城晚报', publishedAt: '2018-09-13' },
    },
    {
      note: 'a county media centre before the reporter\'s role (县融媒体中心记者:) names its outlet, as a paper does (the line was article text); a sentence about one is no byline',
      text: `${body}\n县融媒体中心记者:陈庆彬\n编 辑:苏 伟`,
      expect: { authors: ['陈庆彬'], editors: ['苏伟'] },
    },
    {
      note: 'a later reporter\'s role after the dispatch mark may carry the outlet (农民日报·中国农网记者): the names were lost',
      text: `凤城县党建工作会召开\n本报讯(邓爽 农民日报·中国农网记者 吕兵兵)近日,凤城县召开党建工作会。\n${body}`,
      expect: { title: '凤城县党建工作会召开', authors: ['邓爽', '吕兵兵'] },
    },
    {
      note: 'a news site\'s counters around the date beside its name (衡水新闻网 阅读:2 2025-08-13 11:37:17 评论:0) leave a dateline (it was article text); an outlet and a reading count alone are not one',
      text: `凤城县党建工作会召开\n\n衡水新闻网 阅读:2 2025-08-13 11:37:17 评论:0\n\n${body}\n凤城晚报 阅读:35`,
      expect: { title: '凤城县党建工作会召开', source: '衡水新闻网', publishedAt: '2025-08-13' },
    },
    {
      note: 'the body that wrote in, then a writer and reviewers by their roles, in parentheses closing the article (凤鸣街道 撰稿:… 初审:… 复核:…): the writer an author, the reviewers editors (none was read; 复核 was no role)',
      text: `${body}(凤鸣街道 撰稿:张明 初审:李华 复核:王强 终审:赵刚)`,
      expect: { authors: ['张明'], editors: ['李华', '王强', '赵刚'] },
    },
    {
      note: 'a byline with the paper before each role, names glued to the roles and to each other (□本报记者刘臻本报通讯员陈众贾鹏魏伯阳): each name (none was read); three names glued split where only one way makes three names',
      text: `凤城县党建工作会召开\n□本报记者刘臻本报通讯员陈众贾鹏魏伯阳\n\n${body}`,
      expect: { title: '凤城县党建工作会召开', authors: ['刘臻', '陈众', '贾鹏', '魏伯阳'] },
    },
    {
      note: 'the paper before a reporter\'s role, the name glued after it, alone on a line (本报记者刘臻): a byline (it was article text)',
      text: `凤城县党建工作会召开\n本报记者刘臻\n\n${body}`,
      expect: { title: '凤城县党建工作会召开', authors: ['刘臻'] },
    },
    {
      note: 'a row of labelled fields under the headline, the poster first (发布:管理员 来源:… 日期:… 人气:): the source and the date (the row was article text, its date and counter a count of 3 to 12 people)',
      text: `凤城县党建工作会召开\n\n发布:管理员 来源:党委办公室 日期:2021-03-12 人气:\n\n${body}`,
      expect: { title: '凤城县党建工作会召开', source: '党委办公室', publishedAt: '2021-03-12' },
    },
    {
      note: 'correspondents listed with 、 after the dispatch mark, up to 报道 (本报讯通讯员王能朗、夏恢友报道): each (none was read)',
      text: `凤城县党建工作会召开\n本报讯通讯员王能朗、夏恢友报道:近日,凤城县召开党建工作会。\n${body}`,
      expect: { title: '凤城县党建工作会召开', authors: ['王能朗', '夏恢友'] },
    },
    {
      note: 'a paper named by its kind before 讯 and a reporter\'s role with no name (晨报讯记者昨天从…获悉): the paper (none was read); 本报 names no paper',
      text: `凤城县党建工作会召开\n晨报讯记者昨天从市委组织部获悉,凤城县召开党建工作会。\n${body}`,
      expect: { title: '凤城县党建工作会召开', source: '晨报' },
    },
    {
      note: '本报 before 讯 and a role is no outlet\'s name',
      text: `凤城县党建工作会召开\n本报讯记者从市委组织部获悉,凤城县召开党建工作会。\n${body}`,
      expect: { title: '凤城县党建工作会召开', source: null },
    },
    {
      note: 'reporters of the common surnames 萧 and 阎 (萧海山 was no name; 蕭 in traditional text is 萧 once converted)',
      text: `本报讯(记者 史子杨 通讯员 萧海山 阎静)${body}`,
      expect: { source: null, authors: ['史子杨', '萧海山', '阎静'] },
    },
    {
      note: 'a government page’s disclosure header: the publishing body is the source, the date of issue the publication date, 名称 labels the headline (the header’s row was chrome and its date line the headline)',
      text: `索引号:fcjkq/2022-00059 | 主题分类:综合政务 | 发布机构:凤城经济开发区 |\n发文日期:2022-07-29 | ||\n名称:经开区:发挥党建引领作用 助力企业高质量发展 |\n${body}`,
      expect: { title: '经开区:发挥党建引领作用 助力企业高质量发展', source: '凤城经济开发区', publishedAt: '2022-07-29' },
    },
    {
      note: 'the disclosure header in one row with spaces, the body named 发文机关, the date 生成日期',
      text: `凤鸣镇党建工作再上新台阶\n信息索引号:11340000/2023-00012 信息分类:党建工作 发文机关:凤鸣县委组织部 生成日期:2023-05-12\n${body}`,
      expect: { title: '凤鸣镇党建工作再上新台阶', source: '凤鸣县委组织部', publishedAt: '2023-05-12' },
    },
    {
      note: 'the disclosure header as a table flattened into bars, a bar between each label and its value',
      text: `索引号: | 001008004/2025-137767 | 发布机构: | 凤城经济开发区 |\n公开方式: | 主动公开 | 发文日期: | 2025-04-02 |\n组配分类: | 计划总结 | 文件编号: |\n凤城经济开发区2024年工作总结\n${body}`,
      expect: { title: '凤城经济开发区2024年工作总结', source: '凤城经济开发区', publishedAt: '2025-04-02' },
    },
    {
      note: 'look-alike: one label alone on a line, or in a sentence, is no disclosure header',
      text: `凤鸣镇党建工作再上新台阶\n主题词:党建引领\n发布单位:凤鸣镇党委对本次活动进行了总结。\n${body}`,
      expect: { title: '凤鸣镇党建工作再上新台阶', source: null },
    },
    {
      note: 'editors’ labels glued to the value before them (来源:…编辑:…责编:…) are read each',
      text: `凤城党建联盟成立\n2023-03-01 13:34:46来源:凤城日报编辑:李明责编:王芳\n${body}`,
      expect: { source: '凤城日报', publishedAt: '2023-03-01', editors: ['李明', '王芳'] },
    },
    {
      note: 'two names glued after the role are split where the second surname starts, a credit glued after them aside; a name that is one stays whole',
      text: `凤城园区党建联盟成立\n(凤城日报/凤城网通讯员董乃德刘加雷摄影)\n${body}`,
      expect: { authors: ['董乃德', '刘加雷'] },
    },
    {
      note: 'look-alike: a compound surname’s name of four characters is one name',
      text: `凤城园区党建联盟成立\n通讯员 欧阳明华\n${body}`,
      expect: { authors: ['欧阳明华'] },
    },
    {
      note: 'names glued after a role on a line of their own',
      text: `凤城园区党建联盟成立\n通讯员王明刘强\n${body}`,
      expect: { authors: ['王明', '刘强'] },
    },
    {
      note: 'a reporter of an outlet named after another outlet and a slash, where the second is a news brand (扬子晚报/紫牛新闻记者)',
      text: `凤城园区党建联盟成立\n凤城晚报/紫牛新闻记者 黄玉琴\n${body}`,
      expect: { authors: ['黄玉琴'] },
    },
    {
      note: '本报讯 names no outlet; reporters after it up to 报道',
      text: `本报讯 记者孙立 钱多报道 ${body}`,
      expect: { source: null, authors: ['孙立', '钱多'] },
    },
    {
      note: 'a dispatch mark inside the body is no dateline of this article',
      text: `园区召开会议\n${body}\n江城日报5月8日讯,兄弟园区也召开了同类会议。`,
      expect: { source: null },
    },
    {
      note: 'a byline in parentheses with an empty editor label after it; links to the articles before and after',
      text: `${body} (吴晓东 郑雨) 责任编辑:\n上一篇园区举办党务知识竞赛\n下一篇经开区召开安全生产会议`,
      expect: { authors: ['吴晓东', '郑雨'], editors: [] },
    },
    {
      note: 'labels with a slash (来源/ 作者/ 时间/); a submission link above the headline is no headline',
      text: `投稿\n\n园区党建赋能高质量发展\n\n来源/ 新甘肃·甘肃经济日报 作者/ 时间/2025-12-15 15:34:51\n\n${body}`,
      expect: { title: '园区党建赋能高质量发展', source: '新甘肃·甘肃经济日报', publishedAt: '2025-12-15' },
    },
    {
      note: 'an outlet’s short name before the date and time is the source, the line a dateline',
      text: `园区产业红盟正式成立\n\n扬眼 2024-07-02 16:41:10\n\n${body}`,
      expect: { title: '园区产业红盟正式成立', source: '扬眼', publishedAt: '2024-07-02' },
    },
    {
      note: 'a label before the date and time is no outlet',
      text: `园区产业红盟正式成立\n\n发布时间 2024-07-02 16:41:10\n\n${body}`,
      expect: { source: null, publishedAt: '2024-07-02' },
    },
    {
      note: 'a body line with a word before a date is no dateline (the date has no time of day)',
      text: `园区产业红盟正式成立\n\n${body}\n会议时间 2024-07-02\n`,
      expect: { source: null, publishedAt: null },
    },
    {
      note: 'a reading-time line above the article is page furniture, not its headline',
      text: `本篇文章568字,读完约1分钟\n\n园区党群服务站集中授牌\n\n${body}`,
      expect: { title: '园区党群服务站集中授牌' },
    },
    {
      note: 'a kicker ending in a dash runs on into the headline on the next line',
      text: `双凤经济开发区——\n以高水平党建引领园区高质量发展\n${body}`,
      expect: { title: '双凤经济开发区——以高水平党建引领园区高质量发展' },
    },
    {
      note: 'a headline alone above a short line without a dash is the headline alone',
      text: `双凤经济开发区召开党建工作会议\n王强 摄\n${body}`,
      expect: { title: '双凤经济开发区召开党建工作会议' },
    },
    {
      note: 'a headline opening with a dash; photo captions before the body are no headline',
      text: `——走进园区看“党建密码”\n园区党群服务中心外景 王强 摄\n${body}`,
      expect: { title: '走进园区看“党建密码”' },
    },
    {
      note: 'a byline in parentheses with a separator the page left after it',
      text: `${body} (刘思远 张蕾) |\n`,
      expect: { authors: ['刘思远', '张蕾'] },
    },
    {
      note: 'list marks before the headline and the dateline, the source glued to the date; an e-paper section line is no headline',
      text: `第02版:园区新闻\n- 高新区召开党建工作推进会\n- 2023年03月15日来源:新闻中心\n${body}`,
      expect: { title: '高新区召开党建工作推进会', publishedAt: '2023-03-15', source: '新闻中心' },
    },
    {
      note: 'a line repeating the page’s section before its breadcrumb is no headline',
      text: `工作动态\n当前位置:首页 > 工作动态\n园区召开党建联席会议\n时间:2024-05-20 09:30:00\n${body}`,
      expect: { title: '园区召开党建联席会议', publishedAt: '2024-05-20' },
    },
    {
      note: 'a menu and a search label above the headline; the headline stands right above its source line',
      text: `搜索热词:\n  • 首页\n  • 资讯中心\n  • 园区动态\n收藏\n城东经开区推进党建联建\n来源:城东经开区 发布时间:2024年06月03日 09:12 点击量:88\n${body}`,
      expect: { title: '城东经开区推进党建联建', source: '城东经开区', publishedAt: '2024-06-03' },
    },
    {
      note: 'a source cut where a broken byte lost a character',
      text: `园区设立楼长服务点\n来源:江城网-江城日\uFFFD\n${body}`,
      expect: { source: '江城网-江城日' },
    },
    {
      note: 'a 稿源 label beside the time; reporters named alone on the article’s last line',
      text: `园区流动党员有了“家”\n稿源: 江城晚报  | 2019-05-06 10:20:33\n${body}\n  周立 何晓东 孙倩\n【编辑:钱程】`,
      expect: { title: '园区流动党员有了“家”', source: '江城晚报', publishedAt: '2019-05-06', authors: ['周立', '何晓东', '孙倩'], editors: ['钱程'] },
    },
    {
      note: 'an editor after a space inside the dateline’s line of other metadata (was missed: only editor lines and editors in brackets were read)',
      text: `青岗经开区:育特色亮品牌\n2024年05月12日 10:32  来源:青岗日报  编辑:李明\n${body}`,
      expect: { title: '青岗经开区:育特色亮品牌', source: '青岗日报', publishedAt: '2024-05-12', editors: ['李明'], authors: [] },
    },
    {
      note: 'look-alike: 编辑 inside the body’s words (编辑出版, 编印) names no editor',
      text: `园区党建结硕果\n2024-03-05 来源:青岗日报\n${body}党工委编辑出版学习手册,组织党员 编辑:学习心得。`,
      expect: { editors: [] },
    },
    {
      note: 'a label printed before the headline (标题:) is no part of it',
      text: `标题:青岗经开区党建工作纪实\n时间:2021年3月8日 作者:王强 刘洋 来源:青岗县融媒体中心\n${body}`,
      expect: { title: '青岗经开区党建工作纪实', source: '青岗县融媒体中心', publishedAt: '2021-03-08', authors: ['王强', '刘洋'] },
    },
    {
      note: 'an outlet named as news (…新闻, …融媒) before a reporter’s role on a line of its own',
      text: `园区党建结硕果\n川观新闻记者 樊明平\n${body}`,
      expect: { title: '园区党建结硕果', authors: ['樊明平'] },
    },
    {
      note: 'bodies abbreviated to two characters among a byline’s names are no people (江组: a district’s organization department; 邵委: a town’s party committee)',
      text: `中国江苏网讯(通讯员 江组 邵委 王婧文)${body}`,
      expect: { authors: ['王婧文'] },
    },
    {
      note: 'people named with no role before 报道, opening the article or after the dispatch mark, are its authors',
      text: `园区党建结硕果\n2024-03-05 来源:青岗日报\n吴晓青报道 ${body}`,
      expect: { title: '园区党建结硕果', authors: ['吴晓青'] },
    },
    {
      note: 'the same after 本报讯, two names',
      text: `园区党建结硕果\n本报讯 王明 李华报道:${body}`,
      expect: { authors: ['王明', '李华'] },
    },
    {
      note: 'look-alikes: an agency, a place, 据报道 or media before 报道 name no author; nor names before 报道 later in the text',
      text: `园区党建结硕果\n张家港报道 ${body}新华社报道,据报道,吴晓青报道 后来的句子。`,
      expect: { authors: [] },
    },
    {
      note: 'a photographer’s mark after the closing names (王明 摄) is no character of the name (it read 王明摄); a name split by a space is still joined (钟 艺)',
      text: `园区党建结硕果\n${body}\n(王明 摄)`,
      expect: { authors: ['王明'] },
    },
    {
      note: 'a short last line that names no person is no byline',
      text: `${body}\n  砥砺前行`,
      expect: { authors: [] },
    },
    {
      note: 'simplified input',
      text: body,
      expect: { script: 'simplified', authors: [], editors: [] },
    },
  ],
};
