import { genders, groups, ranks, routes, staffTypes } from '../schema/enums.js';
import type { WebMessageKey } from '../locales/web.js';

/**
 * The form's fields: the contract's field paths (docs/contract.md), grouped as an officer's file groups them.
 * Labels come from one place, src/locales/{vi,en}/web.ts (`web.field.<path>`); the choices of a select are
 * the schema's own enums (src/schema/enums.ts), labelled `web.<field>.<value>`.
 */
export type FieldKind = 'text' | 'date' | 'partial-date' | 'months' | 'decimal' | 'vnd' | 'select';

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
];

export const allFields: readonly FieldSpec[] = formGroups.flatMap((g) => g.fields);

export const fieldLabelKey = (path: string): WebMessageKey => `web.field.${path}` as WebMessageKey;
export const choiceLabelKey = (f: FieldSpec, value: string): WebMessageKey => `web.${f.choiceKey}.${value}` as WebMessageKey;
