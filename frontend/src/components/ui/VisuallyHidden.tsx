import type { CSSProperties, HTMLAttributes } from 'react';

export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Text for assistive technology only. */
export function VisuallyHidden({ style, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...rest} style={{ ...visuallyHiddenStyle, ...style }} />;
}
