/** What both vault generators draw from: a seeded random source, the day arithmetic, the shared word lists. */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date `days` from 2026-03-12 (the bench's "now"), as YYYY-MM-DD. */
export function dateFrom(days: number): string {
  const d = new Date(Date.UTC(2026, 2, 12 + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const COMPANIES = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Hooli",
  "Stark Industries",
  "Wayne Enterprises",
  "Soylent",
  "Vandelay",
  "Pied Piper",
  "Massive Dynamic",
  "Tyrell",
  "Cyberdyne",
  "Wonka",
  "Oscorp",
  "Aperture",
];
export const ROLES = [
  "Backend Engineer",
  "Product Manager",
  "Data Engineer",
  "Platform Engineer",
  "Site Reliability Engineer",
  "Frontend Engineer",
  "ML Engineer",
  "Engineering Manager",
];
export const FIRST = [
  "Jane",
  "Tom",
  "Priya",
  "Lena",
  "Sam",
  "Ada",
  "Bo",
  "Chen",
  "Maria",
  "Dave",
  "Nina",
  "Omar",
  "Ravi",
  "Yuki",
  "Zoe",
  "Luis",
];
export const LAST = [
  "Doe",
  "Becker",
  "Raman",
  "Fischer",
  "Ortiz",
  "Park",
  "Chen",
  "Lopez",
  "Kim",
  "Sharp",
  "Haddad",
  "Patel",
  "Sato",
  "Novak",
  "García",
];
