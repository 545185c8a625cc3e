import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Avatar } from './Avatar';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('Avatar', () => {
  it('when a name is shown, then its initials are its first and last words', () => {
    const { container } = render(<Avatar name="  Cara  de la Change " />);

    expect(container.textContent).toBe('CC');
  });

  it('when any name is drawn, then the white initials contrast at least 4.5:1 with the colour', () => {
    // Enough names to land on every colour of the palette.
    const names = Array.from({ length: 200 }, (_, i) => `Person ${i}`).concat('Cara Change');
    for (const name of names) {
      const { container, unmount } = render(<Avatar name={name} />);
      const colour = (container.firstElementChild as HTMLElement).style.getPropertyValue(
        '--avatar-bg',
      );
      expect({ name, ratio: contrastWithWhite(colour) >= 4.5 }).toEqual({ name, ratio: true });
      unmount();
    }
  });
});
