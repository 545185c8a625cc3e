import { describe, expect, it } from 'vitest';
import { safeNextPath } from './useNextPath';

describe('safeNextPath', () => {
  it.each([
    ['/history', '/history'],
    ['/m/abc-defg-hij?x=1', '/m/abc-defg-hij?x=1'],
  ])('when next is the same-site path %j, then it is kept', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['/signin'],
  ])('when next is %j, then it falls back to /home', (next) => {
    expect(safeNextPath(next)).toBe('/home');
  });
});
