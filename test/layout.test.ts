// Which lines are bylines, datelines and other metadata: those leave the article's text,
// so a sentence taken for one is lost to every rule. Look-alikes stand beside each kind.
import { describe, expect, test } from 'vitest';
import { chromeKind, metaKind } from '../src/text/layout.js';

/** Lines and the kind `read` gives each (null: article text). */
function kindsOfLines(title: string, read: (line: string) => string | null, cases: Array<[string, string | null]>): void {
  describe(title, () => {
    test.each(cases)('%s → %s', (line, kind) => {
      expect(read(line)).toBe(kind);
    });
  });
}

kindsOfLines('metaKind: credits joined to the name by a slash, a bar or a colon', metaKind, [
  ['文/王晓明', 'author'],
  ['文|王晓明', 'author'],
  ['文:王晓明', 'author'],
  ['文/通讯员 陈静 图/刘洋', 'author'],
  ['图/刘洋 文/陈静', 'author'],
  ['文/图 王晓明', 'author'],
  ['摄影/张强', 'author'],
  // a sentence that opens with a slash after 文 is article text
  ['文/体/旅融合发展项目12个。', null],
  ['文/旅/商融合发展成效明显,带动就业300人。', null],
  ['图:园区党群服务中心外景', null],
]);

kindsOfLines('metaKind: a widget for the type size before a metadata line', metaKind, [
  ['【字体:大 中 小】 2023-05-12 来源:区融媒体中心 通讯员:钱多多', 'dateline'],
  ['[字号：大 中 小] 发布时间:2023-05-12', 'dateline'],
  ['【字体:大 中 小】', null],
  // the widget alone strips nothing from an article's sentence
  ['【字体:大 中 小】全区发展党员120名。', null],
  // (one that lost its buttons, before a date labelled 编辑日期)
  ['字体【 】 【编辑日期:2025-09-10 09:53】 【来源:凤城县委宣传部】 【作者:】', 'dateline'],
  ['字体【 】全区发展党员120名。', null],
]);

kindsOfLines('metaKind: a county media centre before the reporter\'s role', metaKind, [
  ['县融媒体中心记者:陈庆彬', 'author'],
  ['凤城区融媒体中心记者 张三 通讯员 李四', 'author'],
  ['县融媒体中心记者深入园区采访。', null],
]);

kindsOfLines('metaKind: an e-paper masthead with the day first', metaKind, [
  ['日期:[2018年09月13日] -- 凤城晚报 -- 版次:[J2]', 'dateline'],
  ['2018年09月13日 | 凤城日报 | 版次:A03', 'dateline'],
  // a sentence naming a paper and a date is article text
  ['2018年09月13日,凤城日报刊发了园区党建经验。', null],
]);

kindsOfLines('chromeKind: a page’s buttons in brackets side by side', chromeKind, [
  ['【打印本页】【关闭窗口】', 'page-actions'],
  ['[打印] [关闭]', 'page-actions'],
  ['【收藏】【打印】【关闭】', 'page-actions'],
  // columns' labels in brackets, and one bracketed word before a sentence, are not buttons
  ['【党建引领】【园区动态】', null],
  ['【打印】全区发展党员120名。', null],
]);

kindsOfLines('chromeKind: a breadcrumb that lost its separators, and a section with its counters', chromeKind, [
  ['首页 资讯 正文', 'navigation'],
  ['首页 新闻中心 党建动态 正文', 'navigation'],
  ['要闻正文86 0', 'counter'],
  ['正文 2045', 'counter'],
  // a sentence opening with 首页 and words with spaces, and a sentence on 正文, are no chrome
  ['首页 展示了园区党建工作的成果。', null],
  ['正文共分三个部分,约3000字。', null],
]);

kindsOfLines('metaKind: credits of the text (文字, 撰稿人) and of who supplied it (供稿)', metaKind, [
  ['文字：陈静 摄影：刘洋', 'author'],
  ['撰稿人：赵六', 'author'],
  ['(供稿：县委组织部 审核：王强)', 'author'],
  // sentences that open with those words are article text
  ['文字是思想的载体,园区编印党建读本3000册。', null],
  ['供稿单位众多,园区编印党建读本3000册。', null],
]);

kindsOfLines('metaKind: a dateline in brackets, and an outlet with a bar before its date', metaKind, [
  ['【发布时间:2023-05-12】【来源:滨江日报】', 'dateline'],
  ['江城晚报 | 2023-06-02 08:00', 'dateline'],
  // a bracketed label before a sentence, and words with a bar before a figure, are article text
  ['【党建动态】园区新建党组织12个。', null],
  ['园区党委 | 2023年新建党组织12个。', null],
]);

kindsOfLines('chromeKind: a page’s keywords or tags, and an app’s download prompt', chromeKind, [
  ['关键词:园区党组织非公企业', 'keywords'],
  ['关键字：党建 园区', 'keywords'],
  ['标签:党建引领', 'keywords'],
  ['APP下载', 'notice'],
  ['下载客户端', 'notice'],
  // a sentence about key words, or about an app, is article text
  ['关键词是“服务”,全区党员120名参与。', null],
  ['园区开发了企业服务APP,下载量超过3000次。', null],
]);

kindsOfLines('chromeKind: keywords joined by underscores, and what broken bytes left of a line', chromeKind, [
  ['党建引领_园区党建_非公企业_两新组织', 'link-row'],
  ['?', 'empty'],
  ['？？', 'empty'],
  // a sentence with underscores in a file's name, and a question, are article text
  ['园区下发了党建_2024_工作要点_终稿文件。', null],
  ['如何让党建工作落地见效?', null],
]);

kindsOfLines('metaKind: a byline mark before names spaced apart, and a journal with its edition in brackets', metaKind, [
  ['■贺伟平 王长峰', 'author'],
  ['党的生活(江苏) 2018年7期', 'citation'],
  // a journal's name may not run on into a sentence
  ['全区发展党员(新增) 2018年7期间完成', null],
]);

kindsOfLines('metaKind: the channels a page files the article under, then its date, time and a counter', metaKind, [
  ['B站影视 内地电影 2025-09-19 23:34 2', 'dateline'],
  ['党建频道 要闻2025-09-19 23:34:08 1523', 'dateline'],
  // a sentence with a date and time in it is article text
  ['园区党工委 定于 2025-09-19 14:30 召开会议', null],
]);

kindsOfLines('metaKind: a trainee or media reporter’s byline, the outlet before 全媒体, names spaced or glued', metaKind, [
  ['海都全媒体见习记者 王灵婧 吴诗榕', 'author'],
  ['实习记者 张强', 'author'],
  ['海都全媒体见习记者王灵婧吴诗榕', 'author'],
  // a heading of six characters after a bare 记者 is no byline
  ['记者深入园区调研', null],
]);

kindsOfLines('metaKind: the paper before a reporter\'s role, names glued to it, more roles and names after, a byline\'s mark before', metaKind, [
  ['本报记者刘臻', 'author'],
  ['□本报记者刘臻本报通讯员陈众贾鹏魏伯阳', 'author'],
  ['□本报记者刘臻 通讯员陈众', 'author'],
  ['凤城日报记者王明 通讯员李华张强', 'author'],
  // a sentence with a reporter in it is article text
  ['本报记者来到凤鸣村党群服务中心采访。', null],
  ['□本报记者刘臻走进凤鸣村。', null],
]);

kindsOfLines('metaKind: a row of labelled fields, the poster first, a source or a date among them, values maybe empty', metaKind, [
  ['发布:管理员 来源:党委办公室 日期:2021-03-12 人气:', 'source'],
  ['发布者:管理员 日期:2021-03-12 浏览:35', 'dateline'],
  // (one opening with its author is the author's)
  ['作者:李明 日期:2021-03-12 浏览:35', 'author'],
  // labels of no source or date, or words after a label, are not such a row
  ['时间:上午9点 地点:会议室', null],
  ['发布:全区党员人数达3000名,同比增长12%', null],
]);

kindsOfLines('metaKind: a messaging app’s date, time and province, the spaces lost', metaKind, [
  ['2025年12月18日17:12江苏', 'dateline'],
  ['2025年12月18日 17:12 发表于江苏', 'dateline'],
  // a time then what happens at it, or a sentence after the province, is article text
  ['2025年12月18日17:12开幕', null],
  ['2025年12月18日17:12江苏在园区召开党建推进会。', null],
]);

kindsOfLines('metaKind: a print citation with the day first and the page after the paper', metaKind, [
  ['2022年9月1日《焦作日报》A10版', 'citation'],
  ['2022年9月1日《凤城日报》第3版', 'citation'],
  // a sentence that cites the paper is article text
  ['2022年9月1日《焦作日报》A10版刊发了园区的经验做法。', null],
]);

kindsOfLines('chromeKind: keyword stuffing above the article, five or more short phrases and no sentence', chromeKind, [
  ['园区党建,非公党建,党建引领,两新组织,党员教育,党建品牌 ?', 'keywords'],
  ['园区党建_非公党建_党建引领_两新组织_党员教育', 'keywords'],
  // four phrases, a sentence with its end, or a list with 、 is article text
  ['园区党建,非公党建,党建引领,两新组织', null],
  ['今年以来,园区新建党组织12个,发展党员35名,选派指导员20名,解决问题86个,成效明显。', null],
  ['张三、李四、王五、赵六、孙七', null],
]);

kindsOfLines('chromeKind: a prompt to share the page by phone or WeChat above the article', chromeKind, [
  ['使用手机、微信扫一扫', 'notice'],
  ['微信扫一扫 分享到朋友圈', 'notice'],
  // an article's sentence about scanning a code stays
  ['群众用微信扫一扫就能反映问题,园区已受理诉求1200件,办结率达98%。', null],
]);

kindsOfLines('metaKind: a credit’s 文 before a reporter’s role, the outlet a periodical in 《》', metaKind, [
  ['文|《海峡通讯》记者 李烁铃 俞怡琦', 'author'],
  ['文/凤城日报记者 李明', 'author'],
  // a sentence that cites a periodical's reporter is article text
  ['《海峡通讯》记者在园区走访了12家企业。', null],
]);

kindsOfLines('metaKind: a dateline whose day keeps its separator before a space', metaKind, [
  ['2022/08/10/ 10:13 来源:金昌日报 姚斌', 'dateline'],
  ['2022.08.10. 来源:凤城日报', 'dateline'],
  // a date opening a sentence, or a path, is no dateline
  ['2022/08/10/园区新建党组织12个。', null],
]);

kindsOfLines('metaKind: an e-paper’s day and page (the space between them dropped at the door)', metaKind, [
  ['2021-03-04第06版:六版', 'dateline'],
  ['2021-03-04 第A03版', 'dateline'],
  // a headline holding a page's word after a date is none
  ['2021年报告第06版本发布', null],
]);

kindsOfLines('metaKind: a table’s bar opening a line of the page’s metadata', metaKind, [
  ['| 2023-02-17 来源:长治日报 编辑:路璐 |', 'dateline'],
  ['| 来源:长治日报 |', 'source'],
  // a table's row of text is none
  ['| 园区党建 | 非公企业 |', null],
]);

kindsOfLines('chromeKind: a hacked page’s spam (two words of adult films or gambling), and steps parted by a doubled mark', chromeKind, [
  ['天天av影院免费看,99久久精品无码一,AV综合色无码不卡', 'spam'],
  ['人民网>>上海频道', 'navigation'],
  // one such word alone, or common words near them, are an article's
  ['打造精品党课,开展在线观看直播', null],
  ['园区开展禁毒禁赌宣传,捣毁赌场一处。', null],
]);

kindsOfLines('chromeKind: a widget for the type’s size, its label in brackets and the sizes in cells', chromeKind, [
  ['| 【字体】 | 大 | | 默认 | | 小 |', 'notice'],
  ['【字号】 大 中 小', 'notice'],
  // a sentence about fonts is none
  ['园区党群服务中心的标牌字体统一为红色', null],
]);

kindsOfLines('chromeKind: a site’s menu opening with its home page and a bar', chromeKind, [
  ['首页 | 本学科首页   官方微博 | 高级检索', 'navigation'],
  ['网站首页|新闻中心|党建动态', 'navigation'],
  // a sentence about a home page is article text
  ['首页设置了党建专栏,访问量达3000次。', null],
]);

kindsOfLines('metaKind: an author labelled by name (作者姓名); the author’s affiliation is none', metaKind, [
  ['作者姓名:周国雄', 'author'],
  ['作者单位:中共凤城市委党校', null],
]);

kindsOfLines('metaKind: who posted it, a bar, then the date', metaKind, [
  ['发布者:凤城市委组织部   |   日期:2025-08-06', 'dateline'],
  ['发布者:园区党群办|发布时间:2025年6月18日', 'dateline'],
]);

kindsOfLines('metaKind: a messaging app’s header with the writer before the account, no 原创 label', metaKind, [
  ['凤城组工 凤城组工 2025年03月12日 18:20 安徽', 'dateline'],
  ['李明 凤城发布 2025-03-12 18:20', 'dateline'],
  // a sentence with a date and time, going on after them, is article text
  ['园区党工委 定于2025年03月12日 18:20召开会议', null],
]);

kindsOfLines('metaKind: the body that supplied the text (供稿单位) labels a source line', metaKind, [
  ['供稿单位:凤城经开区党工委  发布日期:2024-05-12', 'source'],
  // a sentence about a supplier is article text
  ['供稿单位的同志介绍了园区党建经验。', null],
]);

kindsOfLines('chromeKind: a journal’s keywords in brackets and its library codes', chromeKind, [
  ['[关键词]党建引领;园区党建;基层治理', 'keywords'],
  ['〔关键词〕城市基层党建;区域化党建', 'keywords'],
  ['[中图分类号]  D262   [文献标识码]  A       [文章编号]  1009-928X(2024)03-0096-07', 'catalog'],
  ['〔中图分类号〕D267 〔文献标识码〕A', 'catalog'],
  ['中图分类号:D26 文献标识码:A', 'catalog'],
  ['文章编号:1003-0751(2018)10-0031-06', 'catalog'],
  ['[收稿日期]2023-08-09', 'catalog'],
  ['[基金项目]本文为国家社会科学基金青年项目的阶段性成果', 'catalog'],
  ['[作者简介]李文华(1988—  ),男,江西赣州人,社会学博士。', 'catalog'],
  ['作者简介:张明,凤城市委党校讲师。', 'catalog'],
  // sentences that name keywords or numbering are article text
  ['关键词是“融合”,全区建立党组织86个。', null],
  ['文章编号规则由编辑部统一制定。', null],
  ['基金项目12个落地,带动就业300人。', null],
]);

kindsOfLines('metaKind: a credit for pictures and text (图文:)', metaKind, [
  ['(图文:刘洋 责任编辑:陈静)', 'author'],
  ['图文:刘洋', 'author'],
  // a sentence about pictures and text, and a caption's label, are no byline
  ['图文并茂地展示了园区党建成果。', null],
  ['图文:园区党建成果展示', null],
]);

kindsOfLines('chromeKind: a journal author’s affiliation in brackets, with its postcode or its province and city', chromeKind, [
  ['(凤鸣大学 公共管理学院, 浙江 杭州 310058)', 'affiliation'],
  ['(中共凤城市委党校,江西 赣州)', 'affiliation'],
  ['(1.凤鸣大学 马克思主义学院,四川 成都 610064;2.凤城市委党校,四川 凤城 615000)', 'affiliation'],
  // asides of the article are text, though they name a school or hold a number
  ['(凤鸣大学今年招收新生3000人,其中党员120名)', null],
  ['(凤城市委党校供稿)', null],
  ['凤鸣大学 公共管理学院,浙江 杭州 310058', null],
]);

kindsOfLines('chromeKind: the font-size switch with its sizes spaced (【字体:大 中 小】), and the pictures and video credits (图片:, 视频:)', chromeKind, [
  ['【字体:大 中 小】', 'notice'],
  ['字体:大 中 小', 'notice'],
  // a sentence about type is article text
  ['新建的党建长廊用红色字体写着入党誓词。', null],
]);

kindsOfLines('metaKind: who took the pictures or shot the video, alone on a line', metaKind, [
  ['图片:王芳', 'author'],
  ['视频:刘洋', 'author'],
  // a sentence about pictures is article text (a credit naming no person is still a credit line:
  // no author is read from it, see the metadata corpus)
  ['图片展示了园区党建成果。', null],
  ['视频记录了党员志愿者服务的场景。', null],
]);

kindsOfLines('chromeKind: a headline given by its label (标题:, 原标题:) is no article text', chromeKind, [
  ['标题:“凤城县成立产业集聚区党建联盟”', 'headline-label'],
  ['原标题:《凤城园区:党建引领促发展》', 'headline-label'],
  // a sentence about headlines, and a label with nothing after it, are not
  ['标题党现象要坚决纠正。', null],
  ['新闻标题要准确,不能夸大。', null],
]);

kindsOfLines('metaKind: an e-paper system’s properties under the article', metaKind, [
  ['2021-09-16 2 2 凤城日报 content_18826.html 1 3 凤鸣区与国企结对共建聚发展合力 /enpproperty-->', 'paper-properties'],
  // a dateline is still one, and a sentence with a paper in it is none
  ['2021-09-16 来源:凤城日报', 'dateline'],
  ['2021年9月16日凤城日报刊发了园区的做法。', null],
]);

kindsOfLines('chromeKind: a site’s login box under the article, and a counter’s label after a broken icon', chromeKind, [
  ['账号+密码登录', 'notice'],
  ['还没有账号?', 'notice'],
  ['立即注册', 'notice'],
  ['?浏览:', 'counter'],
  // sentences about registering and logging in are article text
  ['园区为企业办理注册登记手续120件,企业登录平台即可申报。', null],
  ['?', 'empty'],
]);

kindsOfLines('metaKind: a broken icon’s question mark before a dateline', metaKind, [
  ['?发布时间:2018-07-11', 'dateline'],
  ['？发布日期:2018-07-11 浏览次数:35', 'dateline'],
  // a question opening a sentence is none
  ['?园区如何推进党建工作', null],
]);

kindsOfLines('chromeKind: a newsroom’s hotline and mailbox for submissions', chromeKind, [
  ['新闻热线:027-84000000', 'contact'],
  ['投稿邮箱:1234567@qq.com', 'contact'],
  ['举报电话:12345', 'contact'],
  // a sentence about a hotline is article text
  ['园区开通服务热线,24小时受理企业诉求。', null],
]);

kindsOfLines('metaKind: a producer credited beside the editors, and the media centre that produced the page', metaKind, [
  ['制作: 万轶| 编辑:方丹 熊霞 | 责编:方军', 'editor'],
  ['出品:凤城区融媒体中心', 'source'],
  // producing things, in the article, is none
  ['制作宣传展板12块,发放资料300份。', null],
  ['出品人:王明', 'editor'],
]);

kindsOfLines('chromeKind: a picture’s caption opening with a triangle or 图为, wherever it stands', chromeKind, [
  ['▲3月6日,凤城县考察团在凤鸣商务区党群服务中心参观考察。', 'caption'],
  ['图为昨天,一名外卖骑手在给居民配送的同时派送文明手册。', 'caption'],
  // a sentence that says what a picture shows, in the article, is text
  ['这张图为我们展示了园区的变化。', null],
]);

kindsOfLines('metaKind: a byline mark before a writer, not before a sentence (a caption)', metaKind, [
  ['■市委组织部课题组', 'author'],
  ['■凤城区沿海一线楼宇风光图。', null],
]);

kindsOfLines('chromeKind: a WeChat article’s tail, its preview note, prompts and dialog buttons', chromeKind, [
  ['预览时标签不可点', 'notice'],
  ['关注该公众号', 'notice'],
  ['继续滑动看下一个', 'notice'],
  ['轻触阅读原文', 'notice'],
  ['知道了', 'block-heading'],
  ['取消 允许', 'block-heading'],
  // sentences with the same words are article text
  ['党员们纷纷表示知道了今后努力的方向,将继续滑动式推进各项工作。', null],
  ['园区组织青年党员阅读原文原著,开展读书活动12场。', null],
]);

kindsOfLines('metaKind: a print citation, the writers before it and the page as 第N版', metaKind, [
  ['朱 明 《 人民日报 》( 2023年01月17日 第 19 版)', 'citation'],
  ['《人民日报》(2024年02月27日 第10版)', 'citation'],
  // a sentence that cites a paper is text
  ['园区的做法被《人民日报》(2023年01月17日)报道。', null],
]);

kindsOfLines('chromeKind: an e-paper’s whole-page switch and current page, and a metadata label left empty', chromeKind, [
  ['通版阅读请点击:', 'notice'],
  ['展开通版', 'notice'],
  ['当前版:07版', 'paper-section'],
  ['发布日期:', 'empty-label'],
  ['作者：', 'empty-label'],
  // a label with its value, and a sentence about a page, are not
  ['来源:凤城日报', null],
  ['当前版本的系统已完成升级,服务企业120家。', null],
]);

kindsOfLines('metaKind: a dateline after the page’s own address', metaKind, [
  ['http://news.example.com 2012-07-03 13:19 来源: 新闻晚报通讯员 白雪', 'dateline'],
  ['https://www.example.cn/a/1.html 发布时间:2024-05-16 来源:凤城融媒', 'dateline'],
  // an address alone, or before a sentence, is none
  ['http://news.example.com', null],
  ['http://news.example.com 园区2012年服务企业120家。', null],
]);

kindsOfLines('metaKind: a messaging app’s header saying where the account posts from with 发表于', metaKind, [
  ['凤鸣组工 2024-05-06 18:30 发表于江苏', 'dateline'],
  ['原创 李明 凤鸣组工 2024-05-06 18:30 发表于凤城', 'dateline'],
  // a sentence published somewhere, going on after the place, is article text
  ['凤鸣组工 2024-05-06 18:30 发表于江苏日报的文章', null],
]);

kindsOfLines('chromeKind: a messaging app’s end mark and the heading of its earlier posts', chromeKind, [
  ['END', 'block-heading'],
  ['往期推荐', 'block-heading'],
  ['往期回顾', 'block-heading'],
  // a sentence about past work is article text
  ['往期推荐的3个项目均已落地。', null],
]);

kindsOfLines('metaKind: the body that supplied the material (素材来源, 内容来源) labels a source line', metaKind, [
  ['素材来源:凤鸣经开区党工委', 'source'],
  ['内容来源:凤鸣组工', 'source'],
  // a sentence about where material came from is article text
  ['素材来源于一线党员的真实故事。', null],
]);

kindsOfLines('metaKind: an e-paper’s breadcrumb is a dateline, and a paper’s name alone a masthead', metaKind, [
  ['青山日报 > 2024-05-12 > 第A03版:要闻', 'dateline'],
  ['青山日报 > 2024年5月12日 > 第3版', 'dateline'],
  ['青山日报', 'masthead'],
  ['青山晚报', 'masthead'],
  // a section's breadcrumb names no day; a sentence naming a paper is text; 报 alone ends many words
  ['首页 > 新闻 > 正文', null],
  ['青山日报报道了园区党建。', null],
  ['工作简报', null],
]);

kindsOfLines('metaKind: a journal’s issue with its edition after a middle dot is a citation', metaKind, [
  ['党建文汇·上 2016年9期', 'citation'],
  ['党的生活(凤城) 2018年7期', 'citation'],
  ['学习论坛 2023年6期', 'citation'],
  // a sentence about an issue of a course is article text
  ['党员冬训班·上半年共办了2期', null],
]);

kindsOfLines('chromeKind: a breadcrumb’s label marks it, whatever parts its steps', chromeKind, [
  ['· 您现在的位置: 时政要闻_时政要闻', 'navigation'],
  ['当前位置:首页', 'navigation'],
  ['【您所在的位置:新闻中心 - 党建动态】', 'navigation'],
  // a sentence about where something stands is article text
  ['园区当前位置优越,交通便利。', null],
  ['您的位置决定了您的视野,这是一位老党员的话。', null],
]);

kindsOfLines('metaKind: the rows of a government page’s disclosure header', metaKind, [
  ['索引号:fcjkq/2022-00059 | 主题分类:综合政务 | 发布机构:凤城经济开发区 |', 'disclosure'],
  ['信息索引号:11340000/2023-00012 信息分类:党建工作 发文机关:凤鸣县委组织部 生成日期:2023-05-12', 'disclosure'],
  ['发布机构:凤鸣县委组织部 | 成文日期:2023-05-12', 'disclosure'],
  ['发文日期:2022-07-29', 'dateline'],
  // one label alone, or in a sentence, is no row of one
  ['主题词:党建引领', null],
  ['发布单位:凤鸣镇党委对本次活动进行了总结。', null],
]);

kindsOfLines('chromeKind: a menu’s items padded with runs of spaces between its bars are a row of links', chromeKind, [
  ['要闻        |        凤城远洋       |        直观中国       |         原创        |        视频               融播报              房产        ', 'link-row'],
  // a sentence with bars is article text
  ['园区 | 企业 | 党员 | 群众共同参与了活动,共有120家企业参加。', null],
]);

kindsOfLines('metaKind: a content system’s date, views, source and poster run together is a dateline', metaKind, [
  ['2019年02月22日104未知admin', 'dateline'],
  ['2021-06-01 88 佚名 fcadmin', 'dateline'],
  // a sentence opening with a date and a figure is article text
  ['2019年02月22日104名党员参加活动', null],
]);

kindsOfLines('chromeKind: 新闻推荐 heads recommended news', chromeKind, [
  ['新闻推荐', 'block-heading'],
  ['【新闻推荐】', 'block-heading'],
  ['新闻推荐工作会召开', null],
]);

kindsOfLines('metaKind: a byline in brackets, outlets parted by a slash, names glued to the role and the credit', metaKind, [
  ['(凤城日报/凤城网通讯员董乃德刘加雷摄影)', 'author'],
  ['(凤城日报/凤城网通讯员 董乃德 摄影)', 'author'],
  // a clause in brackets after a reporter is article text
  ['(凤城日报记者走访了党员)', null],
]);

kindsOfLines('chromeKind: a picture’s label alone on its line (资料图, 示意图), in brackets or not', chromeKind, [
  ['(资料图)', 'image'],
  ['（资料图片）', 'image'],
  ['【示意图】', 'image'],
  ['视频截图', 'image'],
  // a sentence about a picture, or a label with more after it, is article text
  ['资料图显示,园区党员120名。', null],
  ['示意图绘制完成后,党员120名参加。', null],
]);

kindsOfLines('metaKind: a body’s name with 供稿 after it, alone on its line, in brackets or not', metaKind, [
  ['乐山市委党史和地志研究室供稿', 'source'],
  ['(县委组织部供稿)', 'source'],
  ['凤城经开区党工委 供稿', 'source'],
  // a sentence ending so, or a word before 供稿 that is no body's ending, is article text
  ['各支部党员踊跃供稿', null],
  ['欢迎广大读者积极供稿', null],
]);

kindsOfLines('metaKind: a reporting team credited alone on its line, no person named', metaKind, [
  ['人民网“行进中国”湖南调研采访团', 'author'],
  ['本报联合报道组', 'author'],
  // a sentence about such a team is article text
  ['调研采访团走进园区,采访党员30名', null],
  ['园区成立党员宣讲团', null],
]);

kindsOfLines('metaKind: a writer’s name, then a reporter’s byline; an outlet, its date, time and a bare counter', metaKind, [
  ['代梦迪 凤城新闻记者 刘恪生', 'author'],
  ['凤城新闻 2022-12-30 15:27 137065', 'dateline'],
  // a dispatch's first sentence after its byline in brackets is article text
  ['本报讯 (记者 何小嫱) 今年以来,凤城县按照工作思路推动党建', null],
  ['凤城新闻 2022-12-30 15:27 会议召开', null],
]);

kindsOfLines('metaKind: an outlet’s dateline with a print button’s bracket after the time, its label lost or kept', metaKind, [
  ['http://www.example.cn  凤城网   2014年01月05日 07:56   【 】 【打印', 'dateline'],
  ['凤城网 2014年01月05日 07:56 【打印】', 'dateline'],
  ['凤城网 2014年01月05日 07:56 打印机捐赠仪式举行', null],
]);

kindsOfLines('chromeKind: a portal’s mail link in its top bar', chromeKind, [
  ['免费邮箱 注册', 'notice'],
  ['园区为企业开通免费邮箱服务,惠及企业120家。', null],
]);
