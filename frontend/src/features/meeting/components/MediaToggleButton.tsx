import { Mic, MicOff, Video, VideoOff } from 'lucide-react';
import { IconButton } from '../../../components/ui/IconButton';
import type { MediaKind } from '../utils/media';

export interface MediaToggleButtonProps {
  kind: MediaKind;
  on: boolean;
  disabled?: boolean;
  onToggle: () => void;
}

const LOOK = {
  audio: { label: 'Microphone', device: 'microphone', On: Mic, Off: MicOff },
  video: { label: 'Camera', device: 'camera', On: Video, Off: VideoOff },
} as const;

/** The microphone or camera switch, red while off so a muted user notices. */
export function MediaToggleButton({
  kind,
  on,
  disabled = false,
  onToggle,
}: MediaToggleButtonProps) {
  const { label, device, On, Off } = LOOK[kind];
  return (
    <IconButton
      label={label}
      title={on ? `Turn off ${device}` : `Turn on ${device}`}
      pressed={on}
      icon={on ? <On /> : <Off />}
      variant={on || disabled ? 'secondary' : 'danger'}
      size="lg"
      disabled={disabled}
      onClick={onToggle}
    />
  );
}
