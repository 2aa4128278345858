import { describe, expect, it } from 'vitest';
import { bangkokDate, currentFiscalYear, firstHalf, fiscalYearOf, fyWindow, quarterOf, quarterWindow, secondHalf } from '../../checker/core/dates';

describe('fiscal arithmetic (§6)', () => {
  it.each([
    [2021, 9, 2564],
    [2021, 10, 2565],
    [2022, 9, 2565],
    [2022, 10, 2566],
    [2023, 1, 2566],
  ])('fiscalYearOf(%i, %i) = %i', (y, m, fy) => expect(fiscalYearOf(y, m)).toBe(fy));

  it('gives CE windows', () => {
    expect(fyWindow(2565)).toEqual({ start: '2021-10-01', end: '2022-09-30' });
    expect(firstHalf(2565)).toEqual({ start: '2021-10-01', end: '2022-03-31' });
    expect(secondHalf(2565)).toEqual({ start: '2022-04-01', end: '2022-09-30' });
  });

  it('maps months to fiscal quarters and back', () => {
    expect([10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(quarterOf)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(quarterWindow(2566, 1)).toEqual({ from: { y: 2565, m: 10 }, to: { y: 2565, m: 12 } });
    expect(quarterWindow(2566, 2)).toEqual({ from: { y: 2566, m: 1 }, to: { y: 2566, m: 3 } });
    expect(quarterWindow(2566, 4)).toEqual({ from: { y: 2566, m: 7 }, to: { y: 2566, m: 9 } });
  });

  it('computes "today" in Bangkok, whatever the machine time zone', () => {
    expect(bangkokDate(new Date('2022-09-30T18:30:00Z'))).toEqual({ y: 2022, m: 10, d: 1 });
    expect(currentFiscalYear(new Date('2022-09-30T18:30:00Z'))).toBe(2566);
    expect(currentFiscalYear(new Date('2022-09-30T16:59:59Z'))).toBe(2565);
    expect(currentFiscalYear(new Date('2022-09-30T17:00:00Z'))).toBe(2566);
    expect(bangkokDate(new Date('2023-12-31T17:00:00Z'))).toEqual({ y: 2024, m: 1, d: 1 });
  });
});
