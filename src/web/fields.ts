import { genders, groups, ranks, routes, staffTypes } from '../schema/enums.js';
import { msg, type WebMessageKey } from '../locales/web.js';
import { rosterFields } from '../io/roster/index.js';

/**
 * The form's fields: the contract's field paths (docs/contract.md), grouped as an officer's file groups them.
 * The Vietnamese label of a field is the first heading of the roster reader's alias table (src/io/roster/
 * fields.ts), so a list exported with the page's labels reads back; the English one, and a Vietnamese one for a
 * field the table lacks, are in src/locales/{vi,en}/web.ts (`web.field.<path>`). The choices of a select are
 * the schema's own enums (src/schema/enums.ts), labelled `web.<field>.<value>`.
 */
export type FieldKind = 'text' | 'date' | 'partial-date' | 'months' | 'decimal' | 'vnd' | 'select' | 'yes-no';

export interface FieldSpec {
  readonly path: string;
  readonly kind: FieldKind;
  readonly choices?: readonly string[];
  /** The label key of each choice: `web.<choiceKey>.<value>`. */
  readonly choiceKey?: string;
  readonly required?: boolean;
}

export interface FieldGroup {
  readonly legend: WebMessageKey;
  readonly fields: readonly FieldSpec[];
}

const salary = (name: string, kind: FieldKind = 'decimal'): FieldSpec => ({ path: `salary.${name}`, kind });
/** A yes/no field: a select of Có / Không, read as a boolean (form-case.ts). */
const yesNo = (path: string): FieldSpec => ({ path, kind: 'yes-no', choices: ['true', 'false'], choiceKey: 'yesNo' });

export const formGroups: readonly FieldGroup[] = [
  {
    legend: 'web.group.person',
    fields: [
      { path: 'id', kind: 'text', required: true },
      { path: 'gender', kind: 'select', choices: genders, choiceKey: 'gender', required: true },
      { path: 'birthDate', kind: 'partial-date', required: true },
      { path: 'staffType', kind: 'select', choices: staffTypes, choiceKey: 'staffType', required: true },
      { path: 'group', kind: 'select', choices: groups, choiceKey: 'group' },
      { path: 'rank', kind: 'select', choices: ranks, choiceKey: 'rank' },
    ],
  },
  {
    legend: 'web.group.salary',
    fields: [
      { path: 'monthlySalary', kind: 'vnd' },
      salary('coefficient'),
      salary('leadershipCoefficient'),
      salary('overFrameSeniorityPercent'),
      salary('professionalSeniorityPercent'),
      salary('preferentialPercent'),
      salary('professionalResponsibilityPercent'),
      salary('publicServicePercent'),
      salary('partyWorkPercent'),
      salary('armedForcesPercent'),
      salary('reservedDifferenceCoefficient'),
      salary('baseSalary', 'vnd'),
    ],
  },
  {
    legend: 'web.group.insurance',
    fields: [
      { path: 'insuredMonths', kind: 'months', required: true },
      { path: 'publicSectorInsuredMonths', kind: 'months' },
      { path: 'hazardousMonths', kind: 'months' },
      { path: 'hardshipAreaMonths', kind: 'months' },
    ],
  },
  {
    legend: 'web.group.leaving',
    fields: [
      { path: 'restructuringDate', kind: 'date' },
      { path: 'leaveDate', kind: 'date', required: true },
      { path: 'route', kind: 'select', choices: routes, choiceKey: 'route' },
    ],
  },
  {
    // Decree 154/2025 on staff streamlining (docs/decree-154.md): every field optional.
    legend: 'web.group.nd154',
    fields: [
      yesNo('decree154Streamlining'),
      yesNo('tookDecree178'),
      { path: 'communePartTimeAllowance', kind: 'vnd' },
      { path: 'communePartTimeMonths', kind: 'months' },
      { path: 'otherUncompensatedInsuredMonths', kind: 'months' },
      { path: 'unpaidLeaveStartDate', kind: 'date' },
      { path: 'priorPostMonthlySalary', kind: 'vnd' },
      { path: 'vocationalTraining.months', kind: 'months' },
      { path: 'reemploymentDate', kind: 'date' },
    ],
  },
];

export const allFields: readonly FieldSpec[] = formGroups.flatMap((g) => g.fields);

export const fieldLabelKey = (path: string): WebMessageKey => `web.field.${path}` as WebMessageKey;
export const choiceLabelKey = (f: FieldSpec, value: string): WebMessageKey => `web.${f.choiceKey}.${value}` as WebMessageKey;

const primaryHeading = new Map(rosterFields.map((f) => [f.path.join('.'), f.headings[0]]));

/** A field's label: Vietnamese from the roster headings, English from the web locale. */
export function fieldLabel(path: string, lang: 'vi' | 'en'): string {
  if (lang === 'vi') {
    const heading = primaryHeading.get(path);
    if (heading !== undefined) return heading;
  }
  return msg(fieldLabelKey(path))[lang];
}
