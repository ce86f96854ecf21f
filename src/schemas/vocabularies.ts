import { z } from 'astro/zod';
import type { VocabularyColumn, VocabularyId } from '../lib/vocab/defaults.ts';
import { checkVocabularySetting } from '../lib/vocab/vocabulary.ts';

/** Invisible characters a setting must not hold (as in site.ts): controls, bidi marks, zero-width spaces. */
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufffe\uffff]/;
const text = () =>
  z
    .string()
    .min(1)
    .refine((s) => !INVISIBLE.test(s), '不能包含不可见的控制字符或换行');

/**
 * One vocabulary of a district: values added to the national defaults and synonyms. The checks that need the
 * defaults (a synonym must point to a value, no value both added and a synonym, no repeats) run here, with the
 * path of the offending entry, so site.json problems are reported at their line.
 */
const vocabulary = (id: VocabularyId) =>
  z
    .strictObject(
      {
        /** Values this district uses besides the national defaults, shown after them in this order. */
        add: z.array(text()).default([]),
        /** Another spelling (key) → the value it is counted as: a default value or one in `add`. */
        synonyms: z.record(text(), text()).default({}),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `这里只能写 add（添加的值）和 synonyms（同义词），没有${issue.keys.map((k) => `“${k}”`).join('')}`
            : undefined,
      },
    )
    .superRefine((setting, ctx) => {
      for (const { path, message } of checkVocabularySetting(id, setting))
        ctx.addIssue({ code: 'custom', path, message });
    });

const COLUMNS = '人员类别、项目类型、行业领域、发放方式、检查阶段、项目状态、建设性质、实施方式';

/**
 * site.json `vocabularies`: a district's own values and synonyms for the ledgers' closed lists. Keys are the
 * Chinese column names the clerk sees in the ledgers (not English ids); every key may be left out. Example:
 * `{ "人员类别": { "add": ["因灾需救助人口"], "synonyms": { "三类人员": "防止返贫监测对象" } } }`.
 */
export const vocabulariesSchema = z
  .strictObject(
    {
      /** 人员类别 of a worker (workers.csv). */
      人员类别: vocabulary('workerCategories').optional(),
      /** 项目类型 of a project (projects.csv). */
      项目类型: vocabulary('projectTypes').optional(),
      /** 行业领域 of a project (projects.csv). */
      行业领域: vocabulary('sectors').optional(),
      /** 发放方式 of labour pay (payouts and pay batches). */
      发放方式: vocabulary('payMethods').optional(),
      /** 检查阶段 of an inspection. */
      检查阶段: vocabulary('inspectionStages').optional(),
      /** 项目状态 of a project. */
      项目状态: vocabulary('projectStatuses').optional(),
      /** 建设性质 of a project. */
      建设性质: vocabulary('constructionKinds').optional(),
      /** 实施方式 of a project. */
      实施方式: vocabulary('implementationMethods').optional(),
    } satisfies Record<VocabularyColumn, unknown>,
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `vocabularies 中没有${issue.keys.map((k) => `“${k}”`).join('')}这一项，只能是：${COLUMNS}`
          : undefined,
    },
  )
  .default({});

export type VocabulariesSettingInput = z.input<typeof vocabulariesSchema>;
export type VocabulariesSettingOutput = z.output<typeof vocabulariesSchema>;
