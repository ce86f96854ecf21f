/**
 * Closed lists that are the same in every district. Lists a district may extend (人员类别, 项目类型, 行业领域,
 * 发放方式, 检查阶段, 项目状态 …) are vocabularies with national defaults: src/lib/vocab/defaults.ts.
 */
export const GENDERS = ['男', '女'] as const;
export const YES_NO = ['是', '否'] as const;
export const RECTIFICATION_STATES = ['无需整改', '整改中', '已整改'] as const;
