// Endings of organization names and the kind each makes. Data, read by
// src/rules/organizations. Longest ending wins.
import type { OrganizationKind } from '../schema.js';

export const ORG_ENDINGS: Array<[string, OrganizationKind]> = [
  ['股份有限公司', 'enterprise'], ['有限责任公司', 'enterprise'], ['有限公司', 'enterprise'], ['集团', 'enterprise'], ['公司', 'enterprise'],
  ['组织部', 'party'], ['宣传部', 'party'], ['统战部', 'party'], ['综合党委', 'party'], ['党工委', 'party'], ['非公工委', 'party'],
  ['党总支', 'party'], ['党支部', 'party'], ['党委', 'party'], ['团工委', 'party'], ['团委', 'party'], ['纪委', 'party'], ['区委', 'party'],
  ['县委', 'party'], ['市委', 'party'], ['工委', 'party'],
  ['发改委', 'government'], ['管委会', 'government'], ['经贸部', 'government'], ['办公室', 'government'], ['局', 'government'],
  ['街道', 'government'], ['政府', 'government'],
  ['妇联', 'association'], ['工商联', 'association'], ['总工会', 'association'], ['联合会', 'association'], ['促进会', 'association'],
  ['商会', 'association'], ['协会', 'association'], ['联盟', 'association'], ['联席会议', 'association'],
];

/** Words that end a name on its left: verbs and function words before an organization. */
export const ORG_LEFT_STOPS = ['供给', '成立', '组建', '推进', '联系', '依托', '通过', '由', '在', '与', '和', '及', '向', '对', '为', '将', '把', '被', '是', '的', '以及', '属地', '积极', '全力', '持续', '其中', '同时', '此外', '接到', '邀请', '推动', '召开', '设置', '设立', '吸纳', '担任', '兼任', '深入', '协同', '会同'];
