/**
 * How an HR system calls the engine. In an application, import from the package:
 *
 *   import { assess, safeAssess, assessMany, isAssessError, InvalidInputError } from 'vn-staff-entitlements';
 *
 * Here the import points at the sources so that the example type-checks inside the repository.
 */
import { assess, assessMany, InvalidInputError, isAssessError, safeAssess, type StaffCaseInput } from '../src/index.js';

/** One record as the HR system keeps it. */
const employee: StaffCaseInput = {
  id: 'HN-001',
  gender: 'male',
  birthDate: '1966-01-15',
  staffType: 'civil-servant',
  salary: { coefficient: '4.65', leadershipCoefficient: '0.6', publicServicePercent: 25 },
  insuredMonths: 264,
  restructuringDate: '2025-03-01',
  leaveDate: '2025-05-01',
};

// 1. assess: throws InvalidInputError (with .issues naming each field) when the record is invalid.
try {
  const result = assess(employee);
  const paid = result.outcomes.find((o) => o.policy === result.best);
  console.log(`${result.id}: ${paid?.title.vi ?? 'không có chế độ'} — ${paid?.total ?? '0'} đồng`);
  for (const item of paid?.items ?? []) console.log(`  ${item.label.vi}: ${item.amount} (${item.formula})`);
} catch (e) {
  if (e instanceof InvalidInputError) console.error(e.issues.map((i) => i.message).join('\n'));
  else throw e;
}

// 2. safeAssess: no exception; the form of an HR screen shows the issues beside the fields.
const draft = { ...employee, id: 'HN-002', birthDate: '1970-02-31' };
const checked = safeAssess(draft, { windowAnniversary: 'inside' });
if (!checked.ok) {
  for (const issue of checked.error.issues) console.log(`field ${issue.path}: ${issue.messages.vi}`);
}

// 3. assessMany: a lazy iterable, one entry per input in order, for a whole roster (or a million rows).
const roster: unknown[] = [employee, draft, { ...employee, id: 'HN-003', leaveDate: '2026-03-01' }];
for (const entry of assessMany(roster)) {
  if (isAssessError(entry)) console.log(`${entry.id}: invalid (${entry.error.issues.length} issue(s))`);
  else console.log(`${entry.id}: best ${entry.best ?? 'none'}`);
}
