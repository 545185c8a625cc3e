import { describe, expect, it } from 'vitest';
import { parseMeetingInput } from './meetingCode';

describe('parseMeetingInput', () => {
  it.each([
    ['abc-defg-hij', 'abc-defg-hij'],
    ['  ABC-DEFG-HIJ  ', 'abc-defg-hij'],
    ['abcdefghij', 'abc-defg-hij'],
    ['abc defg hij', 'abc-defg-hij'],
    ['https://huddle.example.com/m/abc-defg-hij', 'abc-defg-hij'],
    ['http://localhost:5173/m/abc-defg-hij/', 'abc-defg-hij'],
    ['https://huddle.example.com/m/abc-defg-hij?utm=mail#top', 'abc-defg-hij'],
    ['huddle.example.com/m/abc-defg-hij', 'abc-defg-hij'],
    ['/m/abc-defg-hij', 'abc-defg-hij'],
  ])('when given %j, then it reads the code %s', (input, code) => {
    expect(parseMeetingInput(input)).toBe(code);
  });

  it.each([
    [''],
    ['   '],
    ['abc-defg'],
    ['abc-defg-hijk'],
    ['abc-de1g-hij'],
    ['https://huddle.example.com/m/abc-defg-hij/extra'],
    ['https://huddle.example.com/x/abc-defg-hij'],
    ['https://huddle.example.com/?code=abc-defg-hij'],
    ['javascript:alert(1)'],
  ])('when given %j, then it is rejected', (input) => {
    expect(parseMeetingInput(input)).toBeNull();
  });
});
