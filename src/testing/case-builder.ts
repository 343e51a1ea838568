import type { Exclusion, Gender, Group, Rank, Route, StaffType } from '../schema/enums.js';
import type { SalaryComponentsInput, StaffCaseInput } from '../schema/staff-case.js';

/**
 * The case every builder starts from: the MoHA Official Letter 1814 example (O1), a male civil servant born
 * 15 Jan 1966, coefficient 4.65, leadership 0.6, public-service allowance 25%, 264 insured months,
 * restructured on 1 Mar 2025, leaving on 1 May 2025 (early retirement, band A, 744,778,125 đồng).
 * A test states what it varies; the rest is a valid case.
 */
export const defaultCase: StaffCaseInput = {
  id: 'case-1',
  gender: 'male',
  birthDate: '1966-01-15',
  staffType: 'civil-servant',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264,
  restructuringDate: '2025-03-01',
  leaveDate: '2025-05-01',
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A fluent, typed builder of one `StaffCase` input: `aCase().female().born('1970-03').publicEmployee().build()`. */
export class CaseBuilder {
  private readonly fields: Mutable<StaffCaseInput>;

  constructor(start: StaffCaseInput = defaultCase) {
    this.fields = structuredClone(start) as Mutable<StaffCaseInput>;
  }

  /** Sets any contract field (the escape hatch for fields without a method). */
  with<K extends keyof StaffCaseInput>(field: K, value: StaffCaseInput[K]): this {
    this.fields[field] = value;
    return this;
  }

  /** Removes a field, e.g. to test that it is required. */
  without(field: keyof StaffCaseInput): this {
    delete this.fields[field];
    return this;
  }

  id(id: string): this { return this.with('id', id); }
  gender(gender: Gender): this { return this.with('gender', gender); }
  male(): this { return this.gender('male'); }
  female(): this { return this.gender('female'); }
  /** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the HR file has no day or month. */
  born(date: string): this { return this.with('birthDate', date); }

  staffType(type: StaffType): this { return this.with('staffType', type); }
  cadre(): this { return this.staffType('cadre'); }
  civilServant(): this { return this.staffType('civil-servant'); }
  communeCadre(): this { return this.staffType('commune-cadre'); }
  communeCivilServant(): this { return this.staffType('commune-civil-servant'); }
  publicEmployee(): this { return this.staffType('public-employee'); }
  contractWorker(): this { return this.staffType('contract-worker'); }
  /** An army officer of the given rank (the rank decides the service ceiling). */
  officer(rank: Rank): this { return this.staffType('officer').with('rank', rank); }
  professionalSoldier(): this { return this.staffType('professional-soldier'); }
  defenceWorker(): this { return this.staffType('defence-worker'); }
  defenceOfficial(): this { return this.staffType('defence-official'); }
  police(): this { return this.staffType('police'); }
  cipher(): this { return this.staffType('cipher'); }

  /** The salary by its components (replaces `monthlySalary`). */
  salary(components: SalaryComponentsInput): this { return this.without('monthlySalary').with('salary', components); }
  /** The monthly salary as the HR system has it, VND (replaces `salary`). */
  monthlySalary(amount: number | string): this { return this.without('salary').with('monthlySalary', amount); }

  insuredMonths(months: number): this { return this.with('insuredMonths', months); }
  /** Insured time as years and months: `insured(22)` = 264 months. */
  insured(years: number, months = 0): this { return this.insuredMonths(years * 12 + months); }
  publicSectorInsuredMonths(months: number): this { return this.with('publicSectorInsuredMonths', months); }
  hazardousMonths(months: number): this { return this.with('hazardousMonths', months); }
  hardshipAreaMonths(months: number): this { return this.with('hardshipAreaMonths', months); }
  /** An explicit statutory age or service ceiling, when the tables do not decide it. */
  retirementAge(years: number, months = 0): this { return this.with('retirementAge', { years, months }); }
  pensionEligible(eligible = true): this { return this.with('pensionEligible', eligible); }

  /** The date the restructuring decision took effect. */
  restructured(date: string): this { return this.with('restructuringDate', date); }
  /** The leave date (first day of retirement or of leaving). */
  leaving(date: string): this { return this.with('leaveDate', date); }

  route(route: Route): this { return this.with('route', route); }
  earlyRetirement(): this { return this.route('early-retirement'); }
  resignation(): this { return this.route('resignation'); }
  group(group: Group): this { return this.with('group', group); }
  /** A person the guidance keeps out; `volunteered` for pregnancy, maternity and a young child. */
  excluded(exclusion: Exclusion, volunteered?: boolean): this {
    this.with('exclusion', exclusion);
    return volunteered === undefined ? this : this.with('volunteered', volunteered);
  }

  /** A fresh copy of the case: building twice gives two independent objects. */
  build(): StaffCaseInput {
    return structuredClone(this.fields);
  }
}

/** Starts from `defaultCase` (the MoHA 1814 example), or from `start`. */
export function aCase(start?: StaffCaseInput): CaseBuilder {
  return new CaseBuilder(start);
}
