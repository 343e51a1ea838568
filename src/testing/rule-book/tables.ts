import { formatCitation, type Citation } from '../../core/citation.js';
import { formatNumber } from '../../core/money.js';
import type { ParameterSet } from '../../parameters/parameter-set.js';
import { knownThroughOf } from '../../parameters/dated.js';
import { formatDate } from '../../core/calendar.js';
import type { TableName } from '../../model/declaration.js';
import { code, table } from './markdown.js';

const years = (months: number) => `${Math.floor(months / 12)}y${months % 12 ? ` ${months % 12}m` : ''}`;

type Renderer = (params: ParameterSet) => string[];

const renderers: Partial<Record<TableName, Renderer>> = {
  baseSalary: (p) => [
    `${p.baseSalary.description}.`,
    '',
    ...table(['from', 'VND per month', 'source'], p.baseSalary.rows.map((r) => [r.from, formatNumber(r.value), formatCitation(r.citation)])),
    '',
    `Known through ${formatDate(knownThroughOf(p.baseSalary))}: the day before the first 1 July after the last row (a later month is refused as unknown).`,
  ],
  retirementAgeRoadmaps: (p) => [
    'The age rises each calendar year from the first year until the final age (Decree 135/2020 Annex I: normal conditions; Annex II: the lowest age).',
    '',
    ...table(
      ['annex', 'gender', 'first year', 'age that year', 'added each year', 'final age', 'source'],
      Object.entries(p.retirementAgeRoadmaps).flatMap(([annex, byGender]) => Object.entries(byGender).map(([gender, r]) => [
        annex, gender, String(r.firstYear), years(r.firstMonths), `${r.stepMonths} months`, years(r.finalMonths), formatCitation(r.citation),
      ])),
    ),
  ],
  officerServiceCeilings: (p) => [
    `${p.officerServiceCeilings.description} (men / women when they differ).`,
    '',
    ...table(['from', 'ceilings', 'source'], p.officerServiceCeilings.rows.map((r) => [
      r.from,
      Object.entries(r.value).map(([rank, g]) => `${rank} ${g.male === g.female ? g.male : `${g.male}/${g.female}`}`).join(', '),
      formatCitation(r.citation),
    ])),
    '',
    `Known through ${formatDate(knownThroughOf(p.officerServiceCeilings))}.`,
  ],
  annexIIQualifyingMonths: (p) => {
    const v = p.annexIIQualifyingMonths as { value: number; citation?: Citation };
    return [
      'Months of heavy, toxic or dangerous work, or in especially difficult areas, that give the Annex II age.',
      '',
      ...table(['months', 'source'], [[String(v.value), v.citation ? formatCitation(v.citation) : '']]),
    ];
  },
};

/** A parameter table as the rule book shows it, read from the same `ParameterSet` the code reads. */
export function renderTable(name: TableName, params: ParameterSet): string[] {
  const render = renderers[name];
  const body = render ? render(params) : ['```json', JSON.stringify(params[name], null, 2), '```'];
  return [`### ${code(name)}`, '', ...body, ''];
}
