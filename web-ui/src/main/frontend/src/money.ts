/**
 * Money in Korean units (SPEC §2): amounts are exact integers of won, shown as 조 (10^12), 억 (10^8),
 * 만 (10^4) and 원. All arithmetic is on BigInt so that no amount ever passes through a float.
 */

/** An amount of won as it arrives from the API: a JSON integer (number, or bigint when beyond 2^53), or digits. */
export type Won = number | bigint | string;

const JO = 10n ** 12n;
const EOK = 10n ** 8n;
const MAN = 10n ** 4n;

const UNITS: ReadonlyArray<readonly [bigint, string]> = [
  [JO, '조'],
  [EOK, '억'],
  [MAN, '만'],
];

/** Converts an API amount to BigInt, refusing anything that is not an exact integer. */
export function toWon(amount: Won): bigint {
  if (typeof amount === 'bigint') {
    return amount;
  }
  if (typeof amount === 'number') {
    if (!Number.isSafeInteger(amount)) {
      throw new RangeError(`not an exact integer amount of won: ${amount}`);
    }
    return BigInt(amount);
  }
  if (!/^-?\d+$/.test(amount.trim())) {
    throw new RangeError(`not an integer amount of won: ${amount}`);
  }
  return BigInt(amount.trim());
}

/** Digits with thousands separators: 2200 → "2,200". */
export function groupDigits(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return negative ? `-${grouped}` : grouped;
}

/**
 * The exact amount in units, largest first, zero units left out:
 * 60조, 2,200억, 1조 3,000억, 5,000만, 1억 2,345만 6,789원, 0원.
 */
export function formatWon(amount: Won): string {
  const value = toWon(amount);
  if (value === 0n) {
    return '0원';
  }
  const negative = value < 0n;
  let rest = negative ? -value : value;
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    const count = rest / size;
    rest %= size;
    if (count > 0n) {
      parts.push(groupDigits(count) + unit);
    }
  }
  if (rest > 0n) {
    parts.push(`${groupDigits(rest)}원`);
  }
  return (negative ? '-' : '') + parts.join(' ');
}

/**
 * A short label for chart axes and tight spaces: the largest unit with at most one decimal, rounded half up
 * (1조 3,000억 → "1.3조", 2,250억 → "2,250억", 123만 → "123만"). The exact figure is shown alongside.
 */
export function formatWonShort(amount: Won): string {
  const value = toWon(amount);
  const magnitude = value < 0n ? -value : value;
  const sign = value < 0n ? '-' : '';
  const index = UNITS.findIndex(([size]) => magnitude >= size);
  if (index < 0) {
    return `${sign}${groupDigits(magnitude)}원`;
  }
  let [size, unit] = UNITS[index];
  let tenths = roundedQuotient(magnitude * 10n, size);
  // 9,999.96억 rounds to 10,000억: say 1조 instead.
  if (index > 0 && tenths >= 100_000n) {
    [size, unit] = UNITS[index - 1];
    tenths = roundedQuotient(magnitude * 10n, size);
  }
  const decimal = tenths % 10n;
  return sign + groupDigits(tenths / 10n) + (decimal === 0n ? '' : `.${decimal}`) + unit;
}

/** n / d rounded half up, for non-negative integers. */
function roundedQuotient(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (d * 2n);
}

/** The full number of won with separators, for tooltips and CSV-minded readers: "1,300,000,000,000원". */
export function formatWonDigits(amount: Won): string {
  return `${groupDigits(toWon(amount))}원`;
}

/** amount / whole as a percentage with one decimal, rounded half up, from integers: "41.7%". */
export function percentOf(amount: Won, whole: Won): string {
  const part = toWon(amount);
  const total = toWon(whole);
  if (total === 0n) {
    return '–';
  }
  const negative = part !== 0n && part < 0n !== total < 0n;
  const a = part < 0n ? -part : part;
  const b = total < 0n ? -total : total;
  const tenths = roundedQuotient(a * 1000n, b);
  return `${negative ? '-' : ''}${tenths / 10n}.${tenths % 10n}%`;
}

/** A percentage the server computed (any JSON number), shown with one decimal: 41.66 → "41.7%". */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) {
    return '–';
  }
  return `${value.toFixed(1)}%`;
}
