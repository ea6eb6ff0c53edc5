/**
 * Reads numbers the way people write them in a back-of-envelope estimate: "50M", "50 million",
 * "2 a day", "86,400 s", "1.5 KB", "3k QPS", "20%", "10^6", "x 3 for peak". Pure.
 *
 * A quantity keeps two values: `si` in base units (bytes, seconds; bits are 1/8 byte, a day is
 * 86,400 s) and `nominal`, the number as written with its magnitude (k, M, B) and data prefix
 * (K, M, G) but no conversion of time or bits. Comparing both is how a unit slip is told from an
 * arithmetic slip: "100M a day = 100M per second" is equal as written and far apart in seconds.
 */

export type TimeUnit = 's' | 'min' | 'h' | 'day' | 'week' | 'month' | 'year';
export const SECONDS: Record<TimeUnit, number> = { s: 1, min: 60, h: 3600, day: 86_400, week: 604_800, month: 2_592_000, year: 31_536_000 };
export const TIME_WORDS: Record<TimeUnit, string> = { s: 'second', min: 'minute', h: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

export type Quantity = {
  si: number;
  nominal: number;
  /** Exponents of bytes and of seconds: 1.5 KB is {data: 1}, 3k QPS is {time: -1}, 2 GB/day is {data: 1, time: -1}. */
  data: number;
  time: number;
  /** Written in bits (Gbps, Mb) rather than bytes. */
  bits: boolean;
  /** The time unit a rate or duration was written in, e.g. "day" for "2 a day". */
  timeUnit?: TimeUnit;
  /** The number is one of the usual conversion constants (86,400, 3,600, 8, 365…) written bare. */
  conversion: boolean;
};

const MAGNITUDES: [RegExp, number][] = [
  [/^\s*(thousand|k)(?![a-z])/i, 1e3],
  [/^\s*hundred(?![a-z])/i, 100],
  [/^\s*(million|mn|mm|mil)(?![a-z])/i, 1e6],
  [/^\s*M(?![a-zA-Z])/, 1e6],
  [/^m(?![a-zA-Z])/, 1e6],
  [/^\s*(billion|bn)(?![a-z])/i, 1e9],
  // "5B users" is five billion; "100 B" (with a space) is bytes.
  [/^B(?![a-zA-Z])/, 1e9],
  [/^\s*(trillion|tn)(?![a-z])/i, 1e12],
  [/^\s*T(?![a-zA-Z])/, 1e12],
];

const DATA_PREFIX: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15, e: 1e18 };
const BINARY_PREFIX: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

const TIME_PATTERN = '(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|y)';
const timeUnitOf = (word: string): TimeUnit => {
  const w = word.toLowerCase();
  if (/^(s|secs?|seconds?)$/.test(w)) return 's';
  if (/^(mins?|minutes?)$/.test(w)) return 'min';
  if (/^(h|hrs?|hours?)$/.test(w)) return 'h';
  if (/^(d|days?)$/.test(w)) return 'day';
  if (/^(weeks?|wks?)$/.test(w)) return 'week';
  if (/^(months?|mos?)$/.test(w)) return 'month';
  return 'year';
};

/** A rate anywhere in a unit's words: "/s", "per day", "a day", "each month", "QPS", "daily" (not "daily active users"). */
const RATE = new RegExp(`(?:\\/\\s*|\\b(?:per|a|an|each|every)\\s+)${TIME_PATTERN}(?![a-z])`, 'i');
const RATE_WORDS: [RegExp, TimeUnit][] = [
  [/\b(q|r|t)ps\b|\breq\/s\b|\bops\/s\b/i, 's'],
  [/\bdaily\b(?!\s+active)|\bper diem\b/i, 'day'],
  [/\bhourly\b/i, 'h'],
  [/\bmonthly\b(?!\s+active)/i, 'month'],
  [/\b(yearly|annually|per annum)\b/i, 'year'],
];
const DURATION = new RegExp(`^\\s*${TIME_PATTERN}(?![a-z])`, 'i');

/** Bare numbers that convert between units: a fair step may multiply or divide by them. */
const CONVERSIONS = [8, 24, 60, 365, 30, 1000, 1024, 3600, 1440, 86_400, 100_000, 604_800, 2_592_000, 2_628_000, 2_600_000, 2_500_000, 31_536_000, 31_500_000, 30_000_000, 7, 12, 52];

type Tail = { factor: number; dataPrefix: number; data: number; bits: boolean; time: number; timeUnit?: TimeUnit; length: number };

/**
 * Reads what follows a number up to the next number or operator: magnitude, percent, data unit,
 * then a rate ("/day", "per second", "QPS") or a duration ("86,400 s").
 */
export function readTail(text: string): Tail {
  const tail: Tail = { factor: 1, dataPrefix: 1, data: 0, bits: false, time: 0, length: 0 };
  let rest = text;
  const eat = (m: RegExpExecArray) => {
    rest = rest.slice(m[0].length);
  };
  let m: RegExpExecArray | null;
  if ((m = /^\s*%/.exec(rest))) {
    tail.factor = 0.01;
    eat(m);
  }
  // "3x peak", "3× replication": a bare factor.
  // "3x peak", "3× replication": a factor written onto its number. "3 × 4" (spaced, or a number after) is multiplication.
  if ((m = /^[x×](?!\s*\d)(?![a-z])/i.exec(rest))) eat(m);
  for (const [pattern, value] of MAGNITUDES) {
    if ((m = pattern.exec(rest))) {
      tail.factor *= value;
      eat(m);
      break;
    }
  }
  // Bits: "Gbps", "10 Mb", "bits". A capital prefix before a small b is bits (Mb); "mb" typed small means bytes.
  if ((m = /^\s*(kilo|mega|giga|tera)(bits?)(?![a-z])/i.exec(rest))) {
    tail.dataPrefix = DATA_PREFIX[m[1][0].toLowerCase()];
    tail.data = 1;
    tail.bits = true;
    eat(m);
  } else if ((m = /^\s*([kKmMgGtT]?)(bps|bits?\/s)(?![a-z])/i.exec(rest)) || (m = /^\s*([kKmMgGtT]?)(bits?)(?![a-z])/i.exec(rest)) || (m = /^\s*([KMGT])(b)(?![a-zA-Z])/.exec(rest))) {
    tail.dataPrefix = DATA_PREFIX[m[1].toLowerCase()] ?? 1;
    tail.data = 1;
    tail.bits = true;
    if (/ps$|\/s$/i.test(m[0])) {
      tail.time = -1;
      tail.timeUnit = 's';
    }
    eat(m);
  } else if ((m = /^\s*(kilo|mega|giga|tera|peta)(bytes?)(?![a-z])/i.exec(rest))) {
    tail.dataPrefix = DATA_PREFIX[m[1][0].toLowerCase()];
    tail.data = 1;
    eat(m);
  } else if ((m = /^\s*([kKmMgGtTpPeE]?)(i?)B(?:ytes?)?(?![a-zA-Z])/.exec(rest)) || (m = /^\s*([kmgtp])()b(?![a-zA-Z])/.exec(rest)) || (m = /^\s*()()bytes?(?![a-z])/i.exec(rest))) {
    // An attached bare "B" was read as billion above; here it is bytes ("100 B", "1.5 KB", "2 GiB", casual "mb").
    tail.dataPrefix = m[2] ? (BINARY_PREFIX[m[1].toLowerCase()] ?? 1) : (DATA_PREFIX[m[1].toLowerCase()] ?? 1);
    tail.data = 1;
    eat(m);
  }
  if (!tail.time) {
    const words = rest.split(/(?<![a-z])[x×*÷=≈~+→](?![a-z])|(?:\s|^)\/\s|\d/i)[0] ?? '';
    const rate = RATE.exec(words);
    const named = RATE_WORDS.find(([p]) => p.test(words));
    if (rate) {
      tail.time = -1;
      tail.timeUnit = timeUnitOf(rate[1]);
      rest = rest.slice(words.indexOf(rate[0]) + rate[0].length);
    } else if (named) {
      tail.time = -1;
      tail.timeUnit = named[1];
    } else if ((m = DURATION.exec(rest))) {
      tail.time = 1;
      tail.timeUnit = timeUnitOf(m[1]);
      eat(m);
    }
  }
  tail.length = text.length - rest.length;
  return tail;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A number as written: "1,000", "1.5", ".5", "1e6", "10^6", "10⁶", "2.5 × 10^6" is two numbers. */
export const NUMBER = /(?<![\d.,_a-wyzA-WYZ])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+|\s*\^\s*-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?/y;

/** Reads the number at `text[at]`, or undefined. */
export function readNumberAt(text: string, at: number): { value: number; length: number } | undefined {
  const words: Record<string, number> = { once: 1, twice: 2, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10 };
  const word = /^(?:(once|twice)(?=\s+(?:a|an|per|each|every)\b)|(a|an|one|two|three|four|five|ten)(?=\s+(?:thousand|million|billion|hundred)\b))/i.exec(text.slice(at));
  if (word && (at === 0 || /[^\w]/.test(text[at - 1]))) return { value: words[(word[1] ?? word[2]).toLowerCase()], length: word[0].length };
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m || !/\d/.test(m[0])) return undefined;
  let raw = m[0];
  let value: number;
  const power = /\s*\^\s*(-?\d+)$/.exec(raw);
  const superscript = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.exec(raw);
  if (power) {
    value = Number(raw.slice(0, power.index).replace(/,/g, '')) ** Number(power[1]);
  } else if (superscript) {
    const exp = Number([...superscript[0]].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    value = Number(raw.slice(0, superscript.index).replace(/,/g, '')) ** exp;
  } else {
    value = Number(raw.replace(/,/g, ''));
  }
  if (!Number.isFinite(value)) return undefined;
  raw = m[0];
  // "3.5 × 10^4", "2x10⁶": scientific notation is one number.
  const sci = /^\s*[x×*·]\s*10\s*(?:\^\s*(-?\d+)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))/.exec(text.slice(at + raw.length));
  if (sci && !power && !superscript) {
    const exp = sci[1] !== undefined ? Number(sci[1]) : Number([...sci[2]].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    return { value: value * 10 ** exp, length: raw.length + sci[0].length };
  }
  return { value, length: raw.length };
}

/** Builds a quantity from a number and the unit words after it. */
export function quantityOf(number: number, tail: Tail): Quantity {
  const nominal = number * tail.factor * tail.dataPrefix;
  let si = tail.bits ? nominal / 8 : nominal;
  if (tail.timeUnit) si *= SECONDS[tail.timeUnit] ** tail.time;
  const conversion = tail.factor === 1 && tail.dataPrefix === 1 && !tail.data && !tail.time && CONVERSIONS.includes(number);
  return { si, nominal, data: tail.data, time: tail.time, bits: tail.bits, timeUnit: tail.timeUnit, conversion };
}

/** The first quantity in a text ("about 3.5k requests/s" → 3,500 per second), or undefined. */
export function readQuantity(text: string): Quantity | undefined {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\w.]/.test(text[i - 1]) && /\d/.test(text[i])) continue;
    const n = readNumberAt(text, i);
    if (n) return quantityOf(n.value, readTail(text.slice(i + n.length)));
  }
  return undefined;
}

/** 1157 → "1,157"; 3.5e6 → "3.5M"; 1.5e11 → "150B". Two significant digits past a thousand. */
export function formatNumber(value: number): string {
  const n = Number(value.toPrecision(12));
  const abs = Math.abs(n);
  const round = (x: number) => (x >= 100 ? Math.round(x) : x >= 10 ? Math.round(x * 10) / 10 : Math.round(x * 100) / 100);
  if (abs >= 1e12) return `${round(n / 1e12)}T`;
  if (abs >= 1e9) return `${round(n / 1e9)}B`;
  if (abs >= 1e6) return `${round(n / 1e6)}M`;
  if (abs >= 1e4) return `${round(n / 1e3)}k`;
  if (abs >= 1) return Math.round(n * 100) / 100 >= 1000 ? Math.round(n).toLocaleString('en-US') : String(round(n));
  return String(Number(n.toPrecision(2)));
}

/** A quantity in readable units: bytes with KB…PB, rates per its own time unit. */
export function formatQuantity(q: Pick<Quantity, 'si' | 'data' | 'time' | 'bits' | 'timeUnit'>, per: TimeUnit = q.timeUnit ?? 's'): string {
  let value = q.si;
  if (q.time === -1) value *= SECONDS[per];
  let text: string;
  if (q.data === 1) {
    const bytes = q.bits ? value * 8 : value;
    const units = q.bits ? ['b', 'Kb', 'Mb', 'Gb', 'Tb', 'Pb'] : ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
    let i = 0;
    let v = bytes;
    while (Math.abs(v) >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    const r = v >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
    text = `${r} ${units[i]}`;
  } else text = formatNumber(value);
  if (q.time === -1) text += per === 's' ? '/s' : ` a ${TIME_WORDS[per]}`;
  if (q.time === 1) text += ` ${TIME_WORDS[q.timeUnit ?? 's']}s`;
  return text;
}
