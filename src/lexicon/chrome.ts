// Page chrome: what news sites print around an article. Data, read by
// src/text/chrome.ts. Strings are simplified (the text is normalized first).

/** A line that is only one of these (ignoring spaces and brackets) heads a block of links or widgets. */
export const BLOCK_HEADINGS = [
  '相关阅读', '相关新闻', '相关推荐', '相关文章', '相关链接', '相关报道', '推荐阅读', '延伸阅读', '精彩推送',
  '精彩推荐', '热点推荐', '热门推荐', '热门文章', '热门新闻', '新闻推荐', '视觉焦点', '独家策划', '猜你喜欢', '为你推荐',
  '更多新闻', '更多阅读', '加载更多', '查看更多', '今日推荐', '编辑推荐', '热点新闻', '最新新闻', '图片新闻',
  '新闻排行', '点击排行', '网友评论', '发表评论', '我要评论', '评论', '分享', '分享到', '打印', '关闭窗口',
  '返回顶部', '上一篇', '下一篇', '扫一扫', '微信扫一扫', '手机看新闻', '您此时的心情', '新闻表情排行',
  '全文如下', '朋友圈', '微博', '微信', 'QQ空间',
  // a WeChat article's dialog buttons, left alone on their lines (知道了, 取消 允许)
  '知道了', '取消允许',
  // a WeChat article's end mark and its lists of earlier posts
  'END', 'THE END', '往期推荐', '往期回顾', '往期精彩', '精彩回顾',
];

/** What a page's buttons do, printed in brackets side by side (`【打印本页】【关闭窗口】`, `[收藏] [打印] [关闭]`). */
export const PAGE_ACTIONS = [
  '打印', '打印本页', '打印此页', '打印文章', '关闭', '关闭窗口', '关闭本页', '收藏', '加入收藏', '收藏本页', '返回', '返回顶部',
  '返回首页', '返回列表', '分享', '纠错', '我要纠错', '推荐', '推荐给朋友', '保存', '保存本页',
];

/** A block heading that ends the article: everything after it is chrome (except metadata lines). */
export const TAIL_HEADINGS = [
  '相关阅读', '相关新闻', '相关推荐', '相关文章', '相关链接', '相关报道', '推荐阅读', '延伸阅读', '精彩推送',
  '精彩推荐', '热点推荐', '热门推荐', '热门文章', '新闻推荐', '猜你喜欢', '为你推荐', '更多新闻', '网友评论', '发表评论',
  '我要评论', '您此时的心情', '新闻表情排行', '视觉焦点', '独家策划', '上一篇', '下一篇', '今日推荐',
  // (a WeChat article's lists of earlier posts)
  '往期推荐', '往期回顾', '往期精彩', '精彩回顾',
];

/** Phrases that make a line chrome wherever they stand in it: notices no article sentence holds. */
export const CHROME_PHRASES = [
  '请使用浏览器分享功能', '阅读剩余全文', '拍照上传举报', '发现城市管理问题', '版权声明', '特别声明', '免责声明',
  '版权所有', '未经授权', '未经许可', '转载请注明', '本平台仅提供信息存储服务', 'Notice:', 'Copyright', '©',
  'All Rights Reserved', '违法和不良信息举报', 'ICP备', '网安备',
];

/**
 * Phrases of widgets and links that make a short line chrome (`扫描二维码关注我们`,
 * `字号:大中小`); an article's paragraph may say them too (`开发了微信小程序`).
 */
export const WIDGET_PHRASES = [
  '点击右上角', '分享到微信', '分享到微博', '扫描二维码', '长按识别二维码', '长按二维码', '展开全文', '下载客户端',
  '下载APP', '打开APP', '一键直达', '小程序', '本网站', '本站', '举报电话', '网站地图', '联系我们', '关于我们',
  '点击查看', '点击进入', '点击阅读', '点击关注', '关注我们', '欢迎关注', '原标题', '字号', '大中小',
  // (the font-size switch with its sizes spaced: 【字体:大 中 小】)
  '字体:', '大 中 小',
  // (or its label in brackets, the sizes in cells of a table after it: | 【字体】 | 大 | | 默认 | | 小 |)
  '【字体】', '【字号】',
  // a read-aloud widget (点击播报本文,约…), a site's motto (…唯一官方网站)
  '点击播报', '唯一官方', '门户网站欢迎您',
  // a code to open the page on a phone (扫一扫在手机打开当前页, 手机扫一扫)
  // (or to share it: 使用手机、微信扫一扫)
  '在手机打开', '在手机上打开', '手机扫一扫', '用手机扫描', '微信扫一扫',
  // an app's download prompt over a journal or news page
  'APP下载', 'App下载', '下载APP', '下载App', '下载客户端',
  // a WeChat article's tail: its preview note, the follow prompt, the swipe and read-more hints
  '标签不可点', '关注该公众号', '滑动看下一个', '阅读原文',
  // an e-paper's switch to the whole page (通版阅读请点击, 展开通版, 收缩通版)
  '通版',
  // a site's login box left under the article (账号+密码登录, 还没有账号?立即注册)
  '密码登录', '验证码登录', '还没有账号', '立即注册', '忘记密码',
  // a portal's mail link in its top bar (免费邮箱 注册)
  '免费邮箱',
];

/** `第03版:开发区新闻`, `第2b版:本地`, `当前版:07版`: the page and section of a newspaper's e-paper edition. */
export const PAPER_SECTION = /^(?:第[\dA-Za-z一二三四五六七八九十]+版[:：\s]|当前版[:：]\s*第?[\dA-Za-z]+版)/;

/** `![]()`, `![图片](a.jpg) |`: an image a page converted to text left as markup. */
export const IMAGE_MARKUP = /^!\[[^\]]*\]\([^)]*\)[\s|]*$/;

/** `上一篇山西省直机关…`, `下一篇:…`: links to the articles before and after this one. */
export const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)(?:[:：\s]|[\u4e00-\u9fff“《])/;

/** `湖北化工园鸟瞰图 冯建 摄`: a photo caption, closed by its photographer's credit. */
export const PHOTO_CAPTION = /[\s—-][\u4e00-\u9fff]{2,4}[ \t]*摄$/;

/** Comment counters and poll widgets. */
export const COUNTER_PATTERNS = [
  /^已有\d+人(?:发表了|参与)?评论/,
  /^\d+\s*(?:条评论|人参与|人评论|人已赞)/,
  /^(?:评论|点赞|收藏|分享|阅读|浏览|在看)\s*[:(]?\s*\d*\)?$/,
  /^(?:开心|难过|点赞|飘过|感动|愤怒|搞笑|无聊|同情|震惊|路过|鸡蛋|鲜花|握手|雷人|高兴|新奇|流泪|支持|反对)\s*\d*$/,
  /^[\d\s/|·•.:-]+$/, // bare numbers, dates and separators: poll tallies, timestamps of listed items
  /^本(?:篇|文)(?:文章)?共?\d+字/, // reading time: 本篇文章568字,读完约1分钟
  /^[\u4e00-\u9fff]{0,6}正文\s*\d+(?:\s+\d+)*$/, // a section, 正文, its views and comments: 要闻正文 86 0
];

/** A markdown image, an empty image tag left by a scraper, a caption placeholder, or a picture’s label alone (`(资料图)`, `示意图`). */
export const IMAGE_PLACEHOLDER = /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^\[(?:图片|图|视频|image)\]$|^(?:图片来源|图片由)[::]?|^[(（【\[]?(?:资料图片?|资料照片|示意图|视频截图|效果图|配图)[)）】\]]?$/i;

/** A breadcrumb: 首页 > 宏观 > 正文; or steps parted by a doubled mark, two of them enough (`人民网>>上海频道`). */
export const BREADCRUMB = /^(?:首页|主页|当前位置|您的位置|位置)[::]?\s*[>»›/]|^(?:当前位置|您的位置|您现在的位置是?|位置)[::]\s*\S+(?:\s*[>»›/]\s*\S+)+\s*$|(?:\S+\s*[>»›]\s*){2,}\S*(?:正文|详情|内容)?$|^(?:[^\s>]{2,12}\s*>>\s*)+[^\s>]{2,12}$/;

/** List items of related-article lists: a bullet line, usually ending with a date. */
export const LIST_ITEM = /^\s*[-•·*▪►]\s+\S/;
export const TRAILING_DATE = /(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\)?$/;

/**
 * A run of five or more short phrases parted by commas, underscores or bars, with no sentence's end:
 * the keyword stuffing some copied pages carry above the article (a line of search terms), never prose.
 */
export const STUFFED_KEYWORDS_LINE = /^(?:[\u4e00-\u9fffA-Za-z0-9]{2,16}[,，_|]\s*){4,}[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:\s*[?？])?$/;

/**
 * Words of the spam a hacked page carries (adult films, gambling), two of them on a line with no
 * sentence's end: `天天av影院免费看,99久久精品无码一,…`. One alone may be an article's word.
 */
export const SPAM_WORDS = /无码|[Aa][Vv](?:影院|综合|在线)|久久精品|色综合|娱乐城|博彩|百家乐|真人视讯|赌场|彩票网/g;

/** `关键词:园区党建 非公企业`, `标签:党建`: a page's keywords or tags, no sentence of the article. */
// (a journal may put the label in brackets, with no colon: `[关键词]党建引领;…`, `〔关键词〕…`)
export const KEYWORDS_LINE = /^(?:(?:关键词|关键字|标签|Tags?|Keywords?)\s*[:：]|[\[【〔]\s*(?:关\s*键\s*词|关键字)\s*[\]】〕])/i;

/**
 * `[中图分类号] D262 [文献标识码] A [文章编号] 1009-928X(2024)03-0096-07`, `中图分类号:D26`: a
 * journal article's library codes, labelled, in brackets or with a colon: no article text; nor
 * its notes on the paper (`[收稿日期]`, `[基金项目]`) and on its author (`[作者简介]李某(1988— ),
 * 男,江西赣州人,…`: the author's birthplace and school are not what the article is about).
 */
export const CATALOG_LINE = /^[\[【〔]?\s*(?:中图分类号|文献标识码|文献标志码|文章编号|DOI|收稿日期|基金项目|作者简介|通讯作者)\s*(?:[\]】〕]|[:：])/i;

/**
 * `(凤鸣大学 公共管理学院,浙江 杭州 310058)`: a journal article's authors' school or institute, in
 * brackets under their names, with its postcode or its province and city: where the authors work,
 * not what the article is about (its places and bodies were read as the article's).
 */
export const AFFILIATION_LINE = /^\(\s*[^()]{0,60}?(?:大学|学院|党校|研究院|研究所|研究中心|科学院|学校)[^()]{0,60}?(?:\d{6}|[,，;；]\s*[\u4e00-\u9fff]{2,4}\s+[\u4e00-\u9fff]{2,4})\s*\)$/;

/** `联系地址:陕西省西安市…`, `电话:0571-…`: the site's own contact details, a label at the head of a short line. */
// (a newsroom's hotline and the mailbox for submissions: `新闻热线:`, `投稿邮箱:`)
export const CONTACT_LINE = /^(?:联系地址|通讯地址|单位地址|地址|联系电话|(?:新闻|投稿|服务|举报)?(?:热线|电话|邮箱|信箱)|传真|邮编|邮政编码|电子邮箱|客服|E-?mail)\s*[:：]/i;

/** `正在阅读:` lines repeat the headline of the page being read. */
export const NOW_READING = /^正在阅读[::]\s*(.+)$/;
