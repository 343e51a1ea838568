/**
 * The synthetic Decree 178 cases of the benchmark (scripts/bench.mjs) and of the identity check
 * (scripts/identity.mjs): civil servants, cadres and commune civil servants, directly affected, in Art 7 /
 * Art 9 territory, from a seeded PRNG so every run sees the same cases. docs/benchmarks.md describes them.
 */
/** mulberry32: a small seeded PRNG, so every run assesses the same cases. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const firstOf = (index) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;

export function makeCases(n, seed) {
  const r = prng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const cases = new Array(n);
  for (let i = 0; i < n; i++) {
    const gender = r() < 0.5 ? 'male' : 'female';
    const year = gender === 'male' ? int(1962, 1976) : int(1966, 1981);
    const restructuring = 2025 * 12 + int(0, 17); // 2025-01 .. 2026-06
    const birthMonth = int(1, 12);
    const birthDate = `${year}-${pad(birthMonth)}-${pad(int(1, 28))}`;
    const staffType = pick(['civil-servant', 'civil-servant', 'cadre', 'commune-civil-servant']);
    const drawnMonths = int(60, 420);
    const leave = restructuring + int(0, 23);
    const c = {
      id: `B-${i}`,
      gender,
      birthDate,
      staffType,
      // A possible history (decision D40): no more months than from the month of the 15th birthday to the month
      // before the leave month (leave dates here are 1sts). Clamped, not redrawn, so the other draws stay.
      insuredMonths: Math.min(drawnMonths, leave - ((year + 15) * 12 + birthMonth - 1)),
      restructuringDate: firstOf(restructuring),
      leaveDate: firstOf(leave),
    };
    if (r() < 0.5) {
      c.monthlySalary = int(5_000_000, 40_000_000);
    } else {
      const salary = { coefficient: int(234, 800) / 100 };
      if (r() < 0.6) salary.leadershipCoefficient = int(0, 20) / 20;
      if (r() < 0.8) salary.publicServicePercent = pick([20, 25, 30]);
      if (r() < 0.2) salary.overFrameSeniorityPercent = int(5, 15);
      c.salary = salary;
    }
    cases[i] = c;
  }
  return cases;
}
